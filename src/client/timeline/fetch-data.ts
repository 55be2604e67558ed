/**
 * The events of a timeline whose page does not carry them (beyond page-caps.ts
 * `TIMELINE_INLINE_CAP`): the data index, then every year's file, fetched together, in date
 * order; an actor page's timeline keeps only the actor's events.
 */
import type { TimelineIndex } from '../../lib/figures/timeline/lod.ts';
import type { TimelineEvent, TimelineLabels } from '../../lib/figures/timeline/types.ts';

async function json<T>(href: string): Promise<T> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${href}: ${response.status}`);
  return response.json() as Promise<T>;
}

export async function fetchTimeline(index: string, scope?: string): Promise<{ events: TimelineEvent[]; labels: TimelineLabels }> {
  const { labels, years } = await json<TimelineIndex>(index);
  const parts = await Promise.all(years.map((y) => json<TimelineEvent[]>(y.href)));
  const events = parts.flat();
  return { events: scope ? events.filter((e) => e.actors.includes(scope)) : events, labels };
}
