/** فارسی: فهرست تغییرات یک صفحه (از git) و صفحه‌های ماندگار ویرایش‌های پیشین آن. */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/history.ts';

export default {
  'history.heading': 'تغییرات',
  'history.intro': 'همهٔ تغییرات محتوای این صفحه، از تازه‌ترین.',
  'history.unavailable.noGit': 'تاریخچهٔ این صفحه در دسترس نیست: سایت بدون تاریخچهٔ git ساخته شده است.',
  'history.unavailable.shallow': 'تاریخچهٔ این صفحه در دسترس نیست: سایت از یک کپی کم‌عمق (shallow) ساخته شده که تاریخچهٔ کامل را ندارد.',
  'history.unavailable.gitFailed': 'تاریخچهٔ این صفحه در دسترس نیست: git نتوانست آن را بخواند ({error}).',
  'history.unavailable.uncommitted': 'این صفحه هنوز ویرایش ثبت‌شده‌ای ندارد: پیش‌نویس است.',
  // One line of the list: the commit's day, then its message.
  'history.change': '{date}: {subject}',
  'history.noSubject': '(بدون توضیح)',
  'history.diff': 'تفاوت‌ها',
  'history.view': 'صفحه در آن ویرایش',
  'history.noVisibleChange': 'تغییری که خواننده ببیند نیست',
  'history.current': 'کنونی',
  'history.more': '{count, plural, one {# تغییر پیشین‌تر} other {# تغییر پیشین‌تر}} در {link} آمده است.',
  'history.moreLink': 'تاریخچهٔ کامل صفحه',
  'history.moreUnlisted': '{count, plural, one {# تغییر پیشین‌تر} other {# تغییر پیشین‌تر}} اینجا نیامده است.',
  'history.allTitle': 'همهٔ تغییرات: {title}',
  'history.allDescription': 'همهٔ تغییرات صفحهٔ «{title}»، از تازه‌ترین، هر یک با صفحه آن‌گونه که بود.',
  'history.back': 'بازگشت به صفحهٔ کنونی',
  'revision.title': '{title} (ویرایش {date})',
  'revision.description': 'صفحهٔ «{title}» آن‌گونه که در {date} بود.',
  'revision.old': 'این ویرایش پیشین این صفحه است، آن‌گونه که در {date} بود. ممکن است از آن پس اصلاح شده باشد.',
  'revision.current': 'این ویرایش کنونی این صفحه است، در {date}.',
  'revision.uncommittedSince': 'این آخرین ویرایش ثبت‌شدهٔ این صفحه است، در {date}؛ صفحه از آن پس تغییر کرده است.',
  'revision.readCurrent': 'خواندن صفحهٔ کنونی',
  'revision.commit': 'تغییر: {subject}',
  'revision.facts': 'واقعیت‌ها آن‌گونه که آن زمان ثبت شده بود',
  'revision.unparsedFacts': 'این واقعیت‌ها دیگر با آنچه سایت امروز ثبت می‌کند جور نیست، پس دقیقاً همان‌گونه که نوشته شده بود نشان داده می‌شود:',
  'revision.unparsedBody': 'این متن دقیقاً همان‌گونه که نوشته شده بود نشان داده می‌شود: سایت دیگر نشانه‌گذاری آن را نمایش نمی‌دهد.',
  'revision.sources': 'منابع نام‌برده',
  'revision.history': 'همهٔ تغییرات',
} as const satisfies AreaOf<typeof en>;
