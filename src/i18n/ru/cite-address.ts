/** Russian: what "Cite this page" says when the site was built without its address (site.yaml `url`, SITE_URL). */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/cite-address.ts';

export default {
  'cite.addressMissing': 'Адрес не настроен: эта копия сайта не знает своего адреса, поэтому в ссылках указан только путь страницы на сайте — {path}. Добавьте перед ним адрес, по которому вы её читали.',
} as const satisfies AreaOf<typeof en>;
