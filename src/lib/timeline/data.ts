/** From the graph's events to the timeline's plain records, and the labels they need. */
import type { EventNode } from '../graph.ts';
import type { Vocabulary } from '../model/vocabularies.ts';
import type { TimelineEvent, TimelineLabels } from './types.ts';

/**
 * The timeline records of these events. `href` maps an event id to its page URL (with the
 * site's base), `dateWords` words an event's date in the site's language and `roles` is the
 * site's roles vocabulary (which roles attribute an event), so this module needs nothing
 * from Astro or the catalogue.
 */
export function toTimelineEvents(events: EventNode[], href: (id: string) => string, dateWords: (event: EventNode) => string, roles: Pick<Vocabulary, 'has' | 'term'>): TimelineEvent[] {
  const attributes = (role: string) => roles.has(role) && roles.term(role).attributes === true;
  return events.map((e) => ({
    id: e.id,
    title: e.data.title,
    href: href(e.id),
    kind: e.data.kind,
    actors: [...new Set(e.data.actors.map((a) => a.actor))],
    attributed: [...new Set(e.data.actors.filter((a) => attributes(a.role)).map((a) => a.actor))],
    ...(e.data.location?.country ? { country: e.data.location.country } : {}),
    min: e.date.min,
    max: e.date.max,
    precision: e.date.precision,
    approximate: e.date.approximate,
    uncertain: e.date.uncertain,
    words: dateWords(e),
  }));
}

/** How the labels of the codes are found: the site's event kinds, actors' names, countries' names. */
export interface LabelSources {
  eventKinds: Pick<Vocabulary, 'codes' | 'has' | 'term'>;
  actorName: (id: string) => string;
  countryName: (code: string) => string;
}

/**
 * Only the labels these events use: kinds by their vocabulary label, actors by short name
 * (or name), countries by name in the site's language; and the vocabulary's order of kinds.
 */
export function labelsFor(events: TimelineEvent[], sources: LabelSources): TimelineLabels {
  const labels: TimelineLabels = { kind: {}, actor: {}, country: {}, kindOrder: [...sources.eventKinds.codes] };
  for (const e of events) {
    labels.kind[e.kind] ??= sources.eventKinds.has(e.kind) ? sources.eventKinds.term(e.kind).label : e.kind;
    for (const a of e.actors) labels.actor[a] ??= sources.actorName(a);
    if (e.country) labels.country[e.country] ??= sources.countryName(e.country);
  }
  // Only the kinds in use travel to the browser, in the declared order.
  labels.kindOrder = labels.kindOrder!.filter((code) => code in labels.kind);
  return labels;
}
