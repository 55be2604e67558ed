/** From the graph's events to the timeline's plain records, and the labels they need. */
import type { EventNode } from '../../model/graph.ts';
import type { Vocabulary } from '../../model/vocabularies.ts';
import type { Selectable } from '../../model/selection.ts';
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
    ...claimantsOf(e),
    ...(e.data.location?.country ? { country: e.data.location.country } : {}),
    min: e.date.min,
    max: e.date.max,
    precision: e.date.precision,
    approximate: e.date.approximate,
    uncertain: e.date.uncertain,
    words: dateWords(e),
    ...(e.date.kind === 'within' ? { within: true } : {}),
  }));
}

/** The actors who made a claim about the event without taking part in it, when there are any. */
function claimantsOf(e: EventNode): Pick<TimelineEvent, 'claimants'> {
  const took = new Set(e.data.actors.map((a) => a.actor));
  const claimants = [...new Set(e.data.claims.map((c) => c.by))].filter((a) => !took.has(a));
  return claimants.length > 0 ? { claimants } : {};
}

/**
 * A timeline record as the selection reads it: its actors are those who took part and those
 * who made a claim about it, as on the map (src/lib/figures/map/marks.ts `eventActors`).
 */
export function selectable(e: TimelineEvent): Selectable {
  return e.claimants ? { ...e, actors: [...e.actors, ...e.claimants] } : e;
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
    for (const a of [...e.actors, ...(e.claimants ?? [])]) labels.actor[a] ??= sources.actorName(a);
    if (e.country) labels.country[e.country] ??= sources.countryName(e.country);
  }
  // Only the kinds in use travel to the browser, in the declared order.
  labels.kindOrder = labels.kindOrder!.filter((code) => code in labels.kind);
  return labels;
}
