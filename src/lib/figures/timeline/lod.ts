/**
 * The timeline's level of detail: up to a cap of events (page-caps.ts `TIMELINE_INLINE_CAP`)
 * a timeline carries its events in the page and draws each one; beyond it the page carries a
 * drawing of counts per lane and period, a summary per year for its list, and the address of
 * the events' data, split by year under /timeline/data/, which the island fetches when the
 * reader zooms, filters or opens a period. So a page's weight stays the same whether the site
 * has 300 events or 30,000. Pure, so the build, the island and the tests share it.
 */
import { TIMELINE_INLINE_CAP } from '../../render/page-caps.ts';
import type { TimelineEvent, TimelineLabels } from './types.ts';

/** The year an event is filed under: the year its date starts in (UTC), as the events' year pages file it. */
export function eventYear(e: Pick<TimelineEvent, 'min'>): number {
  return new Date(e.min).getUTCFullYear();
}

/** The events per year, years ascending, each year's events in the order given. */
export function byYear<T extends Pick<TimelineEvent, 'min'>>(events: T[]): [number, T[]][] {
  const years = new Map<number, T[]>();
  for (const e of events) {
    const y = eventYear(e);
    let list = years.get(y);
    if (!list) years.set(y, (list = []));
    list.push(e);
  }
  return [...years].sort((a, b) => a[0] - b[0]);
}

/** One year of the timeline's data: how many events it has and where they are. */
export interface TimelineYear {
  year: number;
  count: number;
  /** The year's file of records (with the site's base). */
  href: string;
}

/** /timeline/data/index.json: the labels of every code the events use, and the years. */
export interface TimelineIndex {
  labels: TimelineLabels;
  years: TimelineYear[];
}

/** The index of the timeline's data, given the events' records, their labels and each year file's address. */
export function timelineIndex(records: TimelineEvent[], labels: TimelineLabels, href: (year: number) => string): TimelineIndex {
  return { labels, years: byYear(records).map(([year, list]) => ({ year, count: list.length, href: href(year) })) };
}

/** Whether a timeline of this many events carries them in its page. */
export function inline(count: number): boolean {
  return count <= TIMELINE_INLINE_CAP;
}

