/** Persian: the fixed words of "Cite this page" and of citations (formats' names, copy buttons). */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/cite.ts';

export default {
  'cite.heading': 'استناد به این صفحه',
  'cite.updated': 'آخرین به‌روزرسانی: {date}',
  'cite.revision': 'ویرایش',
  'cite.unlinked': '(نشانی مخزن تنظیم نشده است، پس ویرایش پیوند ندارد)',
  // Why "last updated" is the build date rather than the file's last commit.
  'cite.buildDate.noGit': 'تاریخ ساخت: سایت بدون تاریخچهٔ git ساخته شده است.',
  'cite.buildDate.shallow': 'تاریخ ساخت: سایت از یک کلون کم‌عمق (shallow) ساخته شده که تاریخچهٔ کامل را ندارد.',
  'cite.buildDate.gitFailed': 'تاریخ ساخت: git نتوانست تاریخچه را بخواند ({error}).',
  'cite.buildDate.uncommitted': 'تاریخ ساخت: این پرونده هنوز هیچ ویرایش ثبت‌شده‌ای ندارد.',
  'cite.retrieved': 'تاریخ دسترسی: {date}',
  'cite.retrievedNote': '(تاریخ ساخت این نسخه؛ روزی را که آن را خواندید بنویسید)',
  'cite.today': '(امروز)',
  'cite.format.apa': 'APA (ویرایش هفتم)',
  'cite.format.mla': 'MLA (ویرایش نهم)',
  'cite.format.chicagoNote': 'شیکاگو (ویرایش هفدهم)، یادداشت کوتاه',
  'cite.format.chicagoBibliography': 'شیکاگو (ویرایش هفدهم)، کتاب‌شناسی',
  'cite.format.bibtex': 'BibTeX',
  'cite.format.ris': 'RIS (EndNote، Zotero، Mendeley)',
  'cite.format.csl': 'CSL-JSON (Zotero، Pandoc)',
  // صفحهٔ همهٔ قالب‌های استناد یک صفحه (<صفحه>/cite/) و پیوند صفحه به آن.
  'cite.otherFormats': 'سبک‌ها و قالب‌های دیگر، در صفحه‌ای جداگانه:',
  'cite.pageTitle': 'استناد به «{title}»',
  'cite.pageDescription': 'همهٔ سبک‌های استناد و قالب‌های نرم‌افزارهای مدیریت منابع برای «{title}».',
  'cite.backTo': 'بازگشت به صفحه: {title}',
  'cite.copy': 'رونوشت {format}',
  'cite.copied': 'ارجاع {format} رونوشت شد.',
  'cite.copyRefused': 'رونوشت‌برداری در اینجا مجاز نیست؛ متن انتخاب شده است، Ctrl+C یا ⌘C را بزنید.',
  'cite.contributors': 'همکاران {site}',
} as const satisfies AreaOf<typeof en>;
