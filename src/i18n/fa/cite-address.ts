/** Persian: what "Cite this page" says when the site was built without its address (site.yaml `url`, SITE_URL). */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/cite-address.ts';

export default {
  'cite.addressMissing': 'نشانی پیکربندی نشده است: این نسخه از سایت نشانی خود را نمی‌داند، پس ارجاع‌ها فقط مسیر صفحه در سایت را می‌دهند: {path}. نشانی‌ای را که صفحه را در آن خواندید پیش از آن بیفزایید.',
} as const satisfies AreaOf<typeof en>;
