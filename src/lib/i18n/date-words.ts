/**
 * Dates in words in the site's language, exactly as precise as they are: a day, a month, a
 * season, a year, a span, "about", "possibly", "between … and …". The calendar is always
 * the Gregorian one that EDTF and the sources use: a month of the sources is not one month
 * of another calendar, and converting it would make it look surer or vaguer than it is.
 */
import type { DateInfo, DatePart } from '../dates.ts';

type Format = (key: string, values: Record<string, string | number>) => string;

export interface DateWords {
  /** The whole date in words. */
  date(info: Pick<DateInfo, 'parts'>): string;
  /** One calendar day (a Date in UTC). */
  day(ms: number): string;
}

export function dateWords(language: string, format: Format): DateWords {
  const options = { timeZone: 'UTC', calendar: 'gregory' } as const;
  const dayFormat = new Intl.DateTimeFormat(language, { ...options, day: 'numeric', month: 'long', year: 'numeric' });
  const monthFormat = new Intl.DateTimeFormat(language, { ...options, month: 'long', year: 'numeric' });
  const yearFormat = new Intl.DateTimeFormat(language, { ...options, year: 'numeric' });
  const yearNumber = new Intl.NumberFormat(language, { useGrouping: false });
  const year = (ms: number) => yearNumber.format(new Date(ms).getUTCFullYear());

  const plain = (part: DatePart): string => {
    switch (part.unit) {
      case 'day': return dayFormat.format(part.min);
      case 'month': return monthFormat.format(part.min);
      case 'year': return yearFormat.format(part.min);
      case 'season': return format(`date.season.${part.season}`, { year: year(part.min) });
      case 'decade': return format('date.decade', { decade: year(part.min) });
      case 'century': return format('date.yearRange', { from: year(part.min), to: year(part.max) });
      case 'span': return format('date.someTimeBetween', { from: dayFormat.format(part.min), to: dayFormat.format(part.max) });
    }
  };
  const qualified = (part: DatePart): string => {
    const date = plain(part);
    if (part.approximate && part.uncertain) return format('date.possiblyAbout', { date });
    if (part.approximate) return format('date.about', { date });
    if (part.uncertain) return format('date.possibly', { date });
    return date;
  };
  return {
    date(info) {
      const [first, second] = info.parts;
      return second ? format('date.between', { from: qualified(first), to: qualified(second) }) : qualified(first);
    },
    day: (ms) => dayFormat.format(ms),
  };
}
