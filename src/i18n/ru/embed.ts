/** Russian: embeds of the timeline and the map and the pages' "Embed this" and download tools. */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/embed.ts';

export default {
  'embed.frameTitle': '{chart} · {site}',
  'embed.timeline.attribution': 'Вся хронология на сайте {site}',
  'embed.map.attribution': 'Вся карта на сайте {site}',
  'embed.share.timeline': 'Встроить эту хронологию',
  'embed.share.map': 'Встроить эту карту',
  'embed.share.intro': 'Вставьте этот код на страницу своего сайта, чтобы показать диаграмму с той выборкой, которую вы видите сейчас; код меняется вместе с выборкой. Строка со скриптом необязательна: она подгоняет высоту рамки под содержимое.',
  'embed.share.code': 'HTML-код',
  'embed.share.copy': 'Скопировать код',
  'embed.share.copied': 'Код скопирован.',
  'embed.share.copyFailed': 'Скопировать не удалось: выделите код и скопируйте его сами.',
  'embed.download.label': 'Скачать диаграмму',
  'embed.download.svg': 'Скачать в формате SVG',
  'embed.download.png': 'Скачать в формате PNG',
  'embed.download.failed': 'Не удалось создать изображение.',
} as const satisfies AreaOf<typeof en>;
