/**
 * Grouping events into lanes: by kind in the order the site's vocabulary declares the kinds
 * (a site lists them in the order it wants them read), by the first actor the event is
 * attributed to, or by country, biggest lanes first. Only an attributing role (one that says
 * who carried the event out, claimed or announced it) puts an event in an actor's lane: a
 * target, a victim or an actor merely named in it does not, and an event that no source pins
 * on anyone goes in the "no actor" lane rather than under the first name in its file.
 */
import type { LaneDimension, TimelineEvent, TimelineLabels, TimelineWords } from './types.ts';

export interface Lane {
  /** The code the lane stands for ('' when lanes are off or the value is missing; '*' for Others). */
  key: string;
  label: string;
  /** Events in the lane (all of them, not only those in view). */
  count: number;
}

/** The lane key of an event: its kind, the first actor it is attributed to, or its country. */
export function laneKey(event: TimelineEvent, dimension: LaneDimension): string {
  if (dimension === 'kind') return event.kind;
  if (dimension === 'actor') return event.attributed[0] ?? '';
  if (dimension === 'country') return event.country ?? '';
  return '';
}

/**
 * The lanes for these events, at most `maxLanes`: the largest are kept (ties by label) and
 * the rest merged into a last lane, "Others". Kept lanes by kind stand in the vocabulary's
 * order (`labels.kindOrder`), other lanes largest first. Returns the lanes and each event's
 * lane index.
 */
export function assignLanes(events: TimelineEvent[], dimension: LaneDimension, labels: TimelineLabels, words: Pick<TimelineWords, 'noKind' | 'noActor' | 'noPlace' | 'others'>, maxLanes = 8): { lanes: Lane[]; laneOf: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const e of events) {
    const key = laneKey(e, dimension);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const missing = { kind: words.noKind, actor: words.noActor, country: words.noPlace, none: '' }[dimension];
  const name = (key: string) => (key === '' ? missing : dimension === 'none' ? '' : labels[dimension][key] ?? key);
  let lanes: Lane[] = [...counts].map(([key, count]) => ({ key, label: name(key), count }));
  lanes.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  let rest: Lane[] = [];
  if (lanes.length > maxLanes) {
    rest = lanes.slice(Math.max(1, maxLanes - 1));
    lanes = lanes.slice(0, lanes.length - rest.length);
  }
  if (dimension === 'kind' && labels.kindOrder) {
    // Declared order; a code the vocabulary lacks (never after validation) and a missing kind go last.
    const rank = new Map(labels.kindOrder.map((code, i) => [code, i]));
    const at = (key: string) => rank.get(key) ?? labels.kindOrder!.length;
    lanes.sort((a, b) => at(a.key) - at(b.key) || (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0));
  }
  if (rest.length > 0) lanes.push({ key: '*', label: words.others(rest.length), count: rest.reduce((n, l) => n + l.count, 0) });
  const index = new Map(lanes.map((l, i) => [l.key, i]));
  const others = index.get('*');
  const laneOf = new Map(events.map((e) => [e.id, index.get(laneKey(e, dimension)) ?? others ?? 0]));
  return { lanes, laneOf };
}
