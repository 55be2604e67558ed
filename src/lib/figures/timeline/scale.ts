/**
 * Time on the page: the extent events cover, the d3 scale that places them, tick dates and
 * their labels. Everything is UTC, so the output does not depend on the machine's time zone.
 * Labels are written by Intl in the site's language, always in the Gregorian calendar the
 * dates are given in (d3-time-format knows English only); the build and the island share
 * this code, so the chart reads the same before and after the island redraws it.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcWeek, utcYear, type CountableTimeInterval } from 'd3-time';
import type { TimelineEvent } from './types.ts';

const DAY = 86_400_000;

/** Where a mark starts and ends in time: a day-precise date is a point in the middle of its day. */
export function markExtent(e: Pick<TimelineEvent, 'min' | 'max' | 'precision'>): { start: number; end: number; point: boolean } {
  if (e.precision === 'day') {
    const mid = e.min + (e.max + 1 - e.min) / 2;
    return { start: mid, end: mid, point: true };
  }
  return { start: e.min, end: e.max + 1, point: false };
}

/**
 * The range that shows all events, with a margin of 4% each side (at least two weeks), so
 * points at the ends are not cut in half. An empty list gives one year from 2000.
 */
export function fullDomain(events: Pick<TimelineEvent, 'min' | 'max' | 'precision'>[]): [number, number] {
  if (events.length === 0) return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    const { start, end } = markExtent(e);
    lo = Math.min(lo, start);
    hi = Math.max(hi, end);
  }
  const pad = Math.max((hi - lo) * 0.04, 14 * DAY);
  return [lo - pad, hi + pad];
}

/** A UTC time scale from the domain to pixel positions. */
export function timeScale(domain: [number, number], range: [number, number]): ScaleTime<number, number> {
  return scaleUtc().domain([new Date(domain[0]), new Date(domain[1])]).range(range);
}

type DateFormat = (d: Date) => string;
export type DateStyle = 'year' | 'month' | 'monthYear' | 'day' | 'dayYear' | 'dayLong' | 'monthLong';

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
  dayYear: { day: 'numeric', month: 'short', year: 'numeric' },
  dayLong: { day: 'numeric', month: 'long', year: 'numeric' },
  monthLong: { month: 'long', year: 'numeric' },
};

// Intl formatters are costly to make and the island redraws on every frame of a zoom: one per language and style.
const formats = new Map<string, DateFormat>();

/** A formatter of UTC dates in `language` and the Gregorian calendar, in one of the timeline's styles. */
export function dateFormat(language: string, style: DateStyle): DateFormat {
  const key = `${language} ${style}`;
  let f = formats.get(key);
  if (!f) {
    const intl = new Intl.DateTimeFormat(language, { ...STYLES[style], timeZone: 'UTC', calendar: 'gregory' });
    f = (d) => intl.format(d);
    formats.set(key, f);
  }
  return f;
}

/**
 * Tick dates and short labels in `language`. The year is written on the first tick and
 * wherever it changes, so every label can be read without the one before it.
 */
export function ticks(scale: ScaleTime<number, number>, count: number, language: string): { at: number; label: string }[] {
  const yearFmt = dateFormat(language, 'year');
  const monthFmt = dateFormat(language, 'month');
  const monthYearFmt = dateFormat(language, 'monthYear');
  const dayFmt = dateFormat(language, 'day');
  const dayYearFmt = dateFormat(language, 'dayYear');
  const dates = scale.ticks(Math.max(2, count));
  if (dates.length < 2) return dates.map((d) => ({ at: d.getTime(), label: yearFmt(d) }));
  const step = dates[1]!.getTime() - dates[0]!.getTime();
  return dates.map((d, i) => {
    const prev = dates[i - 1];
    const newYear = !prev || prev.getUTCFullYear() !== d.getUTCFullYear();
    let label: string;
    if (step >= 360 * DAY) label = yearFmt(d);
    else if (step >= 28 * DAY) label = newYear ? monthYearFmt(d) : monthFmt(d);
    else label = newYear ? dayYearFmt(d) : dayFmt(d);
    return { at: d.getTime(), label };
  });
}

const BIN_INTERVALS: [CountableTimeInterval, DateStyle, boolean][] = [
  [utcDay, 'dayLong', false],
  [utcWeek, 'dayLong', true],
  [utcMonth, 'monthLong', false],
  [utcYear, 'year', false],
];

/**
 * The finest calendar period (day, week, month, year) whose bins are at least `minPixels`
 * wide on this scale, with a formatter naming one bin in `language` (`weekOf` words a week
 * by its first day).
 */
export function binInterval(scale: ScaleTime<number, number>, minPixels: number, language: string, weekOf: (date: string) => string): { interval: CountableTimeInterval; name: (d: Date) => string } {
  const [d0, d1] = scale.domain() as [Date, Date];
  const [r0, r1] = scale.range() as [number, number];
  const pxPerMs = Math.abs(r1 - r0) / Math.max(1, d1.getTime() - d0.getTime());
  const sizes = [DAY, 7 * DAY, 30.4 * DAY, 365.25 * DAY];
  const i = sizes.findIndex((s) => s * pxPerMs >= minPixels);
  const [interval, style, week] = BIN_INTERVALS[i === -1 ? BIN_INTERVALS.length - 1 : i]!;
  const format = dateFormat(language, style);
  return { interval, name: week ? (d) => weekOf(format(d)) : format };
}
