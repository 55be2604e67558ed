/**
 * The cross-reference index of a site, built once: actors, events and sources by id, the
 * events in date order, and every backlink (actor → events with roles, parent → members,
 * relations seen from both ends, source → what cites it). Pages read it; none of them
 * query or compute these again. It assumes content that `validate.ts` has accepted.
 */
import { entryDate, parseDate, type DateInfo } from '../content/dates.ts';
import type { ActorData, EventData, PageData, Relation, SourceData } from '../content/schema.ts';
import type { Entry } from '../content/validate.ts';

export type Role = EventData['actors'][number]['role'];

export interface EventNode extends Entry<EventData> {
  date: DateInfo;
  reported?: DateInfo;
}

/** A role an actor had in an event, and whose account gives it (an actor or source id), if the file says. */
export interface RoleAccount {
  role: Role;
  according?: string;
}

export interface ActorEvent {
  event: EventNode;
  /** Every role the actor had in the event (an actor can have carried it out and announced it). */
  roles: Role[];
  /** The same roles, each with whose account it is, in the order the file lists them. */
  accounts: RoleAccount[];
}

/** A relation as seen from one actor: `direction` says who stated it. */
export interface ActorRelation extends Relation {
  /** The actor at the other end. */
  other: string;
  /** 'out' when this actor's file states it; 'in' when the other actor's does. */
  direction: 'out' | 'in';
}

/** Something on the site that cites a source. */
export interface Citation {
  kind: 'actor' | 'event' | 'source';
  id: string;
}

export interface Graph {
  actors: Map<string, Entry<ActorData>>;
  events: Map<string, EventNode>;
  sources: Map<string, SourceData>;
  pages: Map<string, Entry<PageData>>;
  /** All events, oldest first: by lower bound, then narrower first, then id. */
  eventsByDate: EventNode[];
  eventsOfActor(id: string): ActorEvent[];
  membersOf(id: string): Entry<ActorData>[];
  relationsOf(id: string): ActorRelation[];
  citationsOf(sourceId: string): Citation[];
  /** The events just before and after, in date order. */
  neighbours(eventId: string): { previous?: EventNode; next?: EventNode };
  /** The chain of sources through which a source is known, nearest first. */
  viaChain(sourceId: string): SourceData[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface GraphOptions {
  /** The role code of an actor who made a claim about an event it is not listed in (see `claimantRole`). */
  claimantRole?: string;
}

export function buildGraph(content: {
  actors: Entry<ActorData>[];
  events: Entry<EventData>[];
  sources: SourceData[];
  pages?: Entry<PageData>[];
}, options: GraphOptions = {}): Graph {
  const actors = new Map(content.actors.map((a) => [a.id, a]));
  const sources = new Map(content.sources.map((s) => [s.id, s]));
  const pages = new Map((content.pages ?? []).map((p) => [p.id, p]));
  const nodes: EventNode[] = content.events.map((e) => ({
    ...e,
    // The part of the date the editor inferred travels with it, so every place that words it says so.
    date: entryDate(e.data.date, e.data.dateInferred),
    reported: e.data.reported ? parseDate(e.data.reported) : undefined,
  }));
  const eventsByDate = [...nodes].sort(
    (a, b) => a.date.min - b.date.min || a.date.max - b.date.max || a.id.localeCompare(b.id),
  );
  const events = new Map(eventsByDate.map((e) => [e.id, e]));
  const position = new Map(eventsByDate.map((e, i) => [e.id, i]));

  const byActor = new Map<string, ActorEvent[]>();
  const members = new Map<string, Entry<ActorData>[]>();
  const relations = new Map<string, ActorRelation[]>();
  const citations = new Map<string, Citation[]>();
  // A set, not a scan of the list: one source cited by every event would make that quadratic.
  const cited = new Set<string>();
  const cite = (sourceId: string, citation: Citation) => {
    const key = `${sourceId}\0${citation.kind}\0${citation.id}`;
    if (cited.has(key)) return;
    cited.add(key);
    push(citations, sourceId, citation);
  };

  for (const event of eventsByDate) {
    const roles = new Map<string, RoleAccount[]>();
    for (const { actor, role, according } of event.data.actors) push(roles, actor, according === undefined ? { role } : { role, according });
    // Who made a claim takes part too, even if not listed under actors: in the site's role
    // for claimants if it has one, else with no role named.
    for (const claim of event.data.claims) if (!roles.has(claim.by)) roles.set(claim.by, options.claimantRole ? [{ role: options.claimantRole }] : []);
    for (const [actor, list] of roles) push(byActor, actor, { event, roles: [...new Set(list.map((r) => r.role))], accounts: list });
    for (const s of event.data.sources) cite(s, { kind: 'event', id: event.id });
    for (const claim of event.data.claims) cite(claim.source, { kind: 'event', id: event.id });
    for (const f of event.data.figures) if (sources.has(f.according)) cite(f.according, { kind: 'event', id: event.id });
  }

  for (const actor of [...actors.values()].sort((a, b) => a.data.name.localeCompare(b.data.name))) {
    if (actor.data.parent) push(members, actor.data.parent, actor);
    for (const relation of actor.data.relations) {
      push(relations, actor.id, { ...relation, other: relation.actor, direction: 'out' });
      push(relations, relation.actor, { ...relation, other: actor.id, direction: 'in' });
      for (const s of relation.sources) cite(s, { kind: 'actor', id: actor.id });
    }
    for (const s of actor.data.sources) cite(s, { kind: 'actor', id: actor.id });
  }
  // Sorted, so the order never depends on the order in which a loader handed the sources over.
  for (const source of [...sources.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    if (source.via) cite(source.via, { kind: 'source', id: source.id });
  }

  return {
    actors,
    events,
    sources,
    pages,
    eventsByDate,
    eventsOfActor: (id) => byActor.get(id) ?? [],
    membersOf: (id) => members.get(id) ?? [],
    relationsOf: (id) => relations.get(id) ?? [],
    citationsOf: (id) => citations.get(id) ?? [],
    neighbours(eventId) {
      const i = position.get(eventId);
      if (i === undefined) return {};
      return { previous: eventsByDate[i - 1], next: eventsByDate[i + 1] };
    },
    viaChain(sourceId) {
      const chain: SourceData[] = [];
      let current = sources.get(sourceId)?.via;
      while (current && !chain.some((s) => s.id === current)) {
        const source = sources.get(current);
        if (!source) break;
        chain.push(source);
        current = source.via;
      }
      return chain;
    },
  };
}
