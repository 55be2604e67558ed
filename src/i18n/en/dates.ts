/** English: how dates are worded at their precision (src/lib/i18n/date-words.ts). */
export default {
  'date.about': 'about {date}',
  'date.possibly': 'possibly {date}',
  'date.possiblyAbout': 'possibly about {date}',
  'date.between': 'between {from} and {to}',
  'date.someTimeBetween': 'some time between {from} and {to}',
  'date.decade': 'the {decade}s',
  'date.yearRange': '{from}–{to}',
  'date.season.spring': 'spring {year}',
  'date.season.summer': 'summer {year}',
  'date.season.autumn': 'autumn {year}',
  'date.season.winter': 'winter {year}',
  'date.season.southern-spring': 'southern spring {year}',
  'date.season.southern-summer': 'southern summer {year}',
  'date.season.southern-autumn': 'southern autumn {year}',
  'date.season.southern-winter': 'southern winter {year}',
} as const satisfies Record<string, string>;
