/** Persian: embeds of the timeline and the map and the pages' "Embed this" and download tools. */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/embed.ts';

export default {
  'embed.frameTitle': '{chart} · {site}',
  'embed.timeline.attribution': 'گاه‌شمار کامل در {site}',
  'embed.map.attribution': 'نقشهٔ کامل در {site}',
  'embed.share.timeline': 'جاسازی این گاه‌شمار',
  'embed.share.map': 'جاسازی این نقشه',
  'embed.share.intro': 'این کد را در صفحه‌ای از وب‌سایت خود بگذارید تا نمودار با همین گزینشی که اکنون می‌بینید نشان داده شود؛ کد با تغییر گزینش به‌روز می‌شود. سطر اسکریپت اختیاری است: بلندی قاب را با محتوای آن هم‌اندازه می‌کند.',
  'embed.share.code': 'کد HTML',
  'embed.share.copy': 'رونوشت از کد',
  'embed.share.copied': 'از کد رونوشت گرفته شد.',
  'embed.share.copyFailed': 'رونوشت‌برداری انجام نشد: کد را برگزینید و خودتان از آن رونوشت بگیرید.',
  'embed.download.label': 'بارگیری نمودار',
  'embed.download.svg': 'بارگیری با قالب SVG',
  'embed.download.png': 'بارگیری با قالب PNG',
  'embed.download.failed': 'ساختن تصویر ممکن نشد.',
} as const satisfies AreaOf<typeof en>;
