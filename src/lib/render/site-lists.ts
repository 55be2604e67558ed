/**
 * The site's lists as pages, cut once per build (list-pages.ts): the events by year, the
 * actors by letter, the sources by kind, and where each source's entry landed, so that every
 * link to a source names the page that holds it. The relations are cut from the network
 * (relationLists), whose source links come from here.
 */
import type { ActorData, SourceData } from '../content/schema.ts';
import type { SiteModel } from '../content/site-config.ts';
import type { Entry } from '../content/validate.ts';
import type { NetworkEdge } from '../figures/network/edges.ts';
import type { EventNode, Graph } from '../model/graph.ts';
import { eventYear, groupedPages, letterPages, letterSegment, paged, placements, type ListGroup } from './list-pages.ts';
import { paths } from './urls.ts';

export interface SiteLists {
  /** The events by year, oldest year first; each year in date order. */
  years: ListGroup<EventNode>[];
  /** The actors by the first letter of their name, in the order of the site's language. */
  letters: ListGroup<Entry<ActorData>>[];
  /** The sources by kind, in the order of the vocabulary; each kind by id. */
  kinds: ListGroup<SourceData>[];
  /** The address segment of a letter. */
  segment(letter: string): string;
  /** The site path of a source's entry (page and anchor). */
  sourcePath(id: string): string;
}

const cache = new WeakMap<Graph, SiteLists>();

/** The lists of a graph, with the page size and language of the site's `model`. */
export function siteLists(graph: Graph, model: Pick<SiteModel, 'config' | 'vocabularies'>): SiteLists {
  let lists = cache.get(graph);
  if (lists) return lists;
  const size = model.config.listPageSize;
  const language = model.config.language;
  const years = groupedPages(graph.eventsByDate, (e) => eventYear(e.date), size);
  const letters = letterPages([...graph.actors.values()], (a) => a.data.name, (a) => a.id, language, size);
  const sources = [...graph.sources.values()].sort((a, b) => a.id.localeCompare(b.id));
  const kinds = groupedPages(sources, (s) => s.kind, size, model.vocabularies.sourceKinds.codes);
  const sourceAt = placements(kinds, (s) => s.id);
  lists = {
    years,
    letters,
    kinds,
    segment: (letter) => letterSegment(letter, language),
    sourcePath: (id) => {
      const at = sourceAt.get(id);
      // Validation refuses a citation of an unknown source; the list itself is the fallback.
      return at ? paths.source(id, at.key, at.number) : paths.sources();
    },
  };
  cache.set(graph, lists);
  return lists;
}

/**
 * The events involving an actor, in pages of the site's list page size: the first on the
 * actor's page, the next ones at /actors/<id>/events/<n>/, so that an actor in every event
 * does not make its page grow with the site.
 */
export function actorEventPages(graph: Graph, model: Pick<SiteModel, 'config'>, id: string) {
  return paged(graph.eventsOfActor(id), model.config.listPageSize);
}

/** The relations by type, in the order of the site's relation types (then `parent`), each type by id, and where each landed. */
export function relationLists(edges: readonly NetworkEdge[], typeCodes: readonly string[], size: number): { types: ListGroup<NetworkEdge>[]; relationPath(id: string): string } {
  const types = groupedPages(edges, (e) => e.type, size, [...typeCodes, 'parent']);
  const at = placements(types, (e) => e.id);
  return {
    types,
    relationPath: (id) => {
      const place = at.get(id);
      return place ? `${paths.relationsOfType(place.key, place.number)}#rel-${id}` : paths.relations();
    },
  };
}
