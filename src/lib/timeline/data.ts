/** From the graph's events to the timeline's plain records, and the labels they need. */
import type { EventNode } from '../graph.ts';
import { countryName } from '../labels.ts';
import type { TimelineEvent, TimelineLabels } from './types.ts';

/**
 * The timeline records of these events. `href` maps an event id to its page URL (with the
 * site's base), so this module needs nothing from Astro.
 */
export function toTimelineEvents(events: EventNode[], href: (id: string) => string): TimelineEvent[] {
  return events.map((e) => ({
    id: e.id,
    title: e.data.title,
    href: href(e.id),
    kind: e.data.kind,
    actors: [...new Set(e.data.actors.map((a) => a.actor))],
    ...(e.data.location?.country ? { country: e.data.location.country } : {}),
    min: e.date.min,
    max: e.date.max,
    precision: e.date.precision,
    approximate: e.date.approximate,
    uncertain: e.date.uncertain,
    words: e.date.words,
  }));
}

/**
 * Only the labels these events use: kinds from `kindLabels`, actors by short name (or name),
 * countries by their English name from `Intl.DisplayNames`.
 */
export function labelsFor(events: TimelineEvent[], kindLabels: Record<string, string>, actorName: (id: string) => string): TimelineLabels {
  const labels: TimelineLabels = { kind: {}, actor: {}, country: {} };
  for (const e of events) {
    labels.kind[e.kind] = kindLabels[e.kind] ?? e.kind;
    for (const a of e.actors) labels.actor[a] ??= actorName(a);
    if (e.country) labels.country[e.country] ??= countryName(e.country);
  }
  return labels;
}
