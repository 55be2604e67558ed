/** What a timeline component hands to the page and the island: the SVG's options and the data. */
import { fullDomain } from './scale.ts';
import type { LaneDimension, TimelineEvent, TimelineLabels, TimelineOptions } from './types.ts';

/** The JSON the island reads from the page: everything it needs to draw the timeline again. */
export interface TimelinePayload {
  events: TimelineEvent[];
  labels: TimelineLabels;
  options: Pick<TimelineOptions, 'title' | 'description' | 'highlight' | 'idPrefix' | 'maxMarks'> & { lanes: LaneDimension };
}

/** The options of the build-time SVG for a payload: the whole range, native tooltips on. */
export function staticOptions(payload: TimelinePayload, width = 960): TimelineOptions {
  return { ...payload.options, labels: payload.labels, width, domain: fullDomain(payload.events), nativeTooltips: true };
}

/** Filter choices present in the events, by label: [code, label, count]. */
export function choices(payload: TimelinePayload, dimension: 'actor' | 'kind' | 'country'): [string, string, number][] {
  const counts = new Map<string, number>();
  for (const e of payload.events) {
    const keys = dimension === 'actor' ? e.actors : dimension === 'kind' ? [e.kind] : e.country ? [e.country] : [];
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts]
    .map(([k, n]): [string, string, number] => [k, payload.labels[dimension][k] ?? k, n])
    .sort((a, b) => a[1].localeCompare(b[1]));
}
