/** Persian: how dates are worded at their precision (src/lib/i18n/date-words.ts); the calendar stays Gregorian. */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/dates.ts';

export default {
  'date.about': 'حدود {date}',
  'date.possibly': 'احتمالاً {date}',
  'date.possiblyAbout': 'احتمالاً حدود {date}',
  'date.fromTo': 'از {from} تا {to}',
  'date.within': 'زمانی بین {from} و {to}',
  'date.endOf': 'پایان {date}',
  'date.inferred.year': '{date} (سال استنباط‌شده)',
  'date.inferred.date': '{date} (تاریخ استنباط‌شده)',
  'date.someTimeBetween': 'زمانی بین {from} و {to}',
  'date.decade': 'دههٔ {decade}',
  'date.yearRange': '{from}–{to}',
  'date.season.spring': 'بهار {year}',
  'date.season.summer': 'تابستان {year}',
  'date.season.autumn': 'پاییز {year}',
  'date.season.winter': 'زمستان {year}',
  'date.season.southern-spring': 'بهار {year} (نیمکرهٔ جنوبی)',
  'date.season.southern-summer': 'تابستان {year} (نیمکرهٔ جنوبی)',
  'date.season.southern-autumn': 'پاییز {year} (نیمکرهٔ جنوبی)',
  'date.season.southern-winter': 'زمستان {year} (نیمکرهٔ جنوبی)',
} as const satisfies AreaOf<typeof en>;
