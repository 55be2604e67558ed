/**
 * Dates in words in the site's language, exactly as precise as they are: a day, a month, a
 * season, a year, a span, "about", "possibly", "from … to …" for what lasted and "at some time
 * between … and the end of …" for what happened once within a range. The calendar is always
 * the Gregorian one that EDTF and the sources use: a month of the sources is not one month
 * of another calendar, and converting it would make it look surer or vaguer than it is.
 */
import type { DateInfo, DatePart } from '../content/dates.ts';

/** What wording a date needs: its parts, whether it lasted or lies within its two ends, what was inferred. */
export type DateWordsInput = Pick<DateInfo, 'parts'> & Partial<Pick<DateInfo, 'kind' | 'inferred'>>;

type Format = (key: string, values: Record<string, string | number>) => string;

export interface DateWords {
  /** The whole date in words, with the part that was inferred said so ("16 July 2022 (year inferred)"). */
  date(info: DateWordsInput): string;
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
  /*
   * The upper end of a "within" range is its last instant: "the end of 2022", never a bare
   * "2022" that a reader could take for its start. A December that ends the range is the end
   * of its year; a day needs no "end of".
   */
  const endOf = (part: DatePart): string => {
    if (part.unit === 'day') return qualified(part);
    const endsYear = part.unit === 'month' && new Date(part.min).getUTCMonth() === 11 && !part.approximate && !part.uncertain;
    return format('date.endOf', { date: qualified(endsYear ? { ...part, unit: 'year' } : part) });
  };
  return {
    date(info) {
      const [first, second] = info.parts;
      const words = !second ? qualified(first)
        : info.kind === 'within' ? format('date.within', { from: qualified(first), to: endOf(second) })
        : format('date.fromTo', { from: qualified(first), to: qualified(second) });
      return info.inferred ? format(`date.inferred.${info.inferred}`, { date: words }) : words;
    },
    day: (ms) => dayFormat.format(ms),
  };
}
