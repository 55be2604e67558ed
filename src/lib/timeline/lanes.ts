/** Grouping events into lanes by kind, first-listed actor or country, biggest lanes first. */
import type { LaneDimension, TimelineEvent, TimelineLabels } from './types.ts';

export interface Lane {
  /** The code the lane stands for ('' when lanes are off or the value is missing; '*' for Others). */
  key: string;
  label: string;
  /** Events in the lane (all of them, not only those in view). */
  count: number;
}

/** The lane key of an event: its kind, its first-listed actor, or its country. */
export function laneKey(event: TimelineEvent, dimension: LaneDimension): string {
  if (dimension === 'kind') return event.kind;
  if (dimension === 'actor') return event.actors[0] ?? '';
  if (dimension === 'country') return event.country ?? '';
  return '';
}

const MISSING: Record<LaneDimension, string> = { kind: 'Other', actor: 'No actor named', country: 'Place not given', none: '' };

/**
 * The lanes for these events, largest first (ties by label), at most `maxLanes`: the rest
 * are merged into a last lane, "Others". Returns the lanes and each event's lane index.
 */
export function assignLanes(events: TimelineEvent[], dimension: LaneDimension, labels: TimelineLabels, maxLanes = 8): { lanes: Lane[]; laneOf: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const e of events) {
    const key = laneKey(e, dimension);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const name = (key: string) => (key === '' ? MISSING[dimension] : dimension === 'none' ? '' : labels[dimension][key] ?? key);
  let lanes: Lane[] = [...counts].map(([key, count]) => ({ key, label: name(key), count }));
  lanes.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  if (lanes.length > maxLanes) {
    const kept = lanes.slice(0, Math.max(1, maxLanes - 1));
    const rest = lanes.slice(kept.length);
    lanes = [...kept, { key: '*', label: `Others (${rest.length})`, count: rest.reduce((n, l) => n + l.count, 0) }];
  }
  const index = new Map(lanes.map((l, i) => [l.key, i]));
  const others = index.get('*');
  const laneOf = new Map(events.map((e) => [e.id, index.get(laneKey(e, dimension)) ?? others ?? 0]));
  return { lanes, laneOf };
}
