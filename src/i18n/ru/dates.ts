/** Russian: how dates are worded at their precision (src/lib/i18n/date-words.ts). */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/dates.ts';

export default {
  'date.about': 'около {date}',
  'date.possibly': 'возможно, {date}',
  'date.possiblyAbout': 'возможно, около {date}',
  'date.fromTo': '{from} — {to}',
  'date.within': 'в какой-то момент в промежутке: {from} — {to}',
  'date.endOf': '{date} включительно',
  'date.inferred.year': '{date} (год установлен по контексту)',
  'date.inferred.date': '{date} (дата установлена по контексту)',
  'date.someTimeBetween': 'в какой-то момент между {from} и {to}',
  'date.decade': '{decade}-е годы',
  'date.yearRange': '{from}–{to}',
  'date.season.spring': 'весна {year}',
  'date.season.summer': 'лето {year}',
  'date.season.autumn': 'осень {year}',
  'date.season.winter': 'зима {year}',
  'date.season.southern-spring': 'весна {year} (Южное полушарие)',
  'date.season.southern-summer': 'лето {year} (Южное полушарие)',
  'date.season.southern-autumn': 'осень {year} (Южное полушарие)',
  'date.season.southern-winter': 'зима {year} (Южное полушарие)',
} as const satisfies AreaOf<typeof en>;
