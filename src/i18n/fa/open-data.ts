/**
 * Persian: what each column of events.csv holds (see the English catalogue's open-data.ts).
 * Cell values written with dots (51..) are isolated left-to-right (U+2066…U+2069), so
 * right-to-left text shows them as they are in the file.
 */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/open-data.ts';

export default {
  'openData.column.id': 'شناسهٔ رویداد: کران پایین تاریخ آن و یک نام کوتاه. نشانی صفحهٔ آن نیز هست: `/events/<id>/`.',
  'openData.column.title': 'عنوان، به سبک تیتر خبر.',
  'openData.column.date': 'تاریخ به قالب EDTF (قالب گسترش‌یافتهٔ تاریخ و زمان کتابخانهٔ کنگره)، دقیقاً به همان دقتی که منابع می‌دهند.',
  'openData.column.date_min': 'نخستین روزی که تاریخ می‌تواند بر آن دلالت کند (ISO 8601، YYYY-MM-DD).',
  'openData.column.date_max': 'واپسین روزی که تاریخ می‌تواند بر آن دلالت کند (ISO 8601، YYYY-MM-DD).',
  'openData.column.precision': 'دقت تاریخ: `day` (روز)، `month` (ماه)، `season` (فصل)، `year` (سال)، `interval` (بازه) یا `other` (دیگر).',
  'openData.column.date_kind': 'معنای دو کران: `point` (یک روز، ماه، فصل یا سال)، `lasted` (از date_min تا date_max ادامه داشت) یا `within` (یک بار رخ داد، در زمانی که تنها می‌دانیم میان date_min و date_max است؛ این مدت نیست).',
  'openData.column.date_inferred': 'بخشی از تاریخ که ویراستاران استنباط کرده‌اند چون منابع آن را نمی‌گویند: `year` (سال)، `date` (کل تاریخ)، یا خالی وقتی منابع همهٔ تاریخ را می‌دهند.',
  'openData.column.kind': 'نوع رویداد: {kinds}.',
  'openData.column.location_name': 'نام مکان، همان‌گونه که در منابع آمده است؛ اگر مکانی ذکر نشده باشد، خالی است.',
  'openData.column.admin1': 'تقسیمات کشوری سطح نخست (ولایت، استان یا ایالت).',
  'openData.column.admin2': 'تقسیمات کشوری سطح دوم (ولسوالی، شهرستان یا بخش).',
  'openData.column.country': 'کد دوحرفی کشور (طبق ISO 3166-1 یا کدی قدیمی مانند SU)؛ برای جایی در دریا، بیرون از زمین یا وقتی کشوری ذکر نشده باشد، خالی است.',
  'openData.column.body': 'جرم آسمانیِ جایی که روی زمین نیست («ماه»)؛ برای جاهای روی زمین خالی است. اگر ذکر شده باشد، عرض و طول جغرافیایی روی همان جرم است، نه روی زمین.',
  'openData.column.lat': 'عرض جغرافیایی به درجهٔ اعشاری (WGS 84)؛ اگر معلوم نباشد، خالی است.',
  'openData.column.lon': 'طول جغرافیایی به درجهٔ اعشاری (WGS 84)؛ اگر معلوم نباشد، خالی است.',
  'openData.column.geo_precision': 'دقت جغرافیایی به روش ACLED: ۱ خود مکانِ نام‌برده، ۲ نزدیک آن یا جایی در محدودهٔ آن، ۳ تنها محدودهٔ وسیع‌تر.',
  'openData.column.actors': 'بازیگران با نقش‌هایشان، به صورت «شناسهٔ-بازیگر:نقش»، جداشده با نقطه‌ویرگول (بازیگری با دو نقش دو بار می‌آید)؛ نقشی که به گفتهٔ کسی آمده، گویندهٔ آن را هم دارد: «شناسهٔ-بازیگر:نقش:شناسهٔ-بازیگر-یا-منبع». نقش‌ها: {roles}.',
  'openData.column.figure': 'آمارِ «{label}»{hasUnit, select, yes { به {unit}} other {}}: «عدد:منبع آمار» (شناسهٔ بازیگر یا منبع)، جداشده با نقطه‌ویرگول؛ عدد: 3، \u20662..4\u2069، \u206651..\u2069 (دست‌کم) یا \u2066..20\u2069 (حداکثر).',
  'openData.column.figureAgain': 'همانند {first}، برای «{label}»{hasUnit, select, yes { به {unit}} other {}}.',
  'openData.column.source_ids': 'شناسهٔ منابعی که رویداد را گزارش می‌کنند، جداشده با نقطه‌ویرگول (نگاه کنید به `sources.json`).',
  'openData.column.url': 'صفحهٔ رویداد.',
  'openData.title.events': '{site}: رویدادها',
  'openData.title.eventsOfYear': '{site}: رویدادهای {year}',
  'openData.title.actors': '{site}: بازیگران',
  'openData.title.sources': '{site}: منابع',
  'openData.feedRights': 'متن تحت مجوز {license}',
  'openData.feedSummary': '{date}. {summary}',
} as const satisfies AreaOf<typeof en>;
