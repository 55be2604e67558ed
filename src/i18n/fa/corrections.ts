/** Persian: اصلاحیه‌ها زیر عنوان، فهرست اصلاحیه‌های سایت و خوراک آن، «پیوند به این»، «ویرایش این صفحه». */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/corrections.ts';

export default {
  'corrections.heading': '{count, plural, one {اصلاحیه} other {اصلاحیه‌ها}}',
  'corrections.entry': 'اصلاح‌شده در {date}: {note}',
  'corrections.all': 'همهٔ اصلاحیه‌های این سایت',
  'changes.title': 'اصلاحیه‌ها',
  'changes.description': 'همهٔ اصلاحیه‌های صفحه‌های {site}، از تازه‌ترین، با روز اصلاح و آنچه اصلاح شد.',
  'changes.intro': 'هر گاه ویراستاران گفتهٔ صفحه‌ای را اصلاح کنند، آن صفحه زیر عنوانش این را می‌گوید و اصلاحیه در این‌جا، از تازه‌ترین، فهرست می‌شود.',
  'changes.none': 'هنوز هیچ صفحه‌ای اصلاح نشده است.',
  'changes.latest': '{count, plural, one {# اصلاحیهٔ تازه} other {# اصلاحیهٔ تازه}} از {total}؛ اصلاحیه‌های پیشین به تفکیک سال فهرست شده‌اند.',
  'changes.years': 'اصلاحیه‌ها به تفکیک سال',
  'changes.yearTitle': 'اصلاحیه‌های سال {year}',
  'changes.yearDescription': 'اصلاحیه‌های صفحه‌های {site} در سال {year}، از تازه‌ترین.',
  'changes.caption': 'اصلاحیه‌ها، از تازه‌ترین',
  'changes.date': 'تاریخ',
  'changes.page': 'صفحه',
  'changes.note': 'آنچه اصلاح شد',
  'changes.feed': 'خوراک اصلاحیه‌ها (Atom)',
  'changes.feedTitle': '{site}: اصلاحیه‌ها',
  'changes.feedEntryTitle': 'اصلاحیهٔ «{title}»',
  'changes.footer': 'اصلاحیه‌ها',
  'permalink.claim': 'پیوند به این ادعا',
  'permalink.figure': 'پیوند به این رقم',
  'edit.page': 'ویرایش این صفحه',
} as const satisfies AreaOf<typeof en>;
