/**
 * The relations network's data: one node per actor that has a relation or a parent, one
 * edge per stated relation (as its actor's file states it: "A opposes B"), reported by its
 * sources or marked as the editors' reading, plus an edge for a `parent` that no relation
 * already states.
 */
import { parseDate } from '../../content/dates.ts';
import type { Graph } from '../../model/graph.ts';

/** A relation type code of the site's vocabulary, or `parent` for an actor's `parent`. */
export type EdgeType = string;

export interface NetworkNode {
  id: string;
  label: string;
  name: string;
  kind: string;
  href: string;
}

export interface NetworkEdge {
  /** Stable and unique: `<from>--<type>--<to>`; used for anchors (`#rel-…`). */
  id: string;
  from: string;
  to: string;
  type: EdgeType;
  /** EDTF strings as written, and their bounds (ms) for the year control. */
  since?: string;
  until?: string;
  sinceWords?: string;
  untilWords?: string;
  start?: number;
  end?: number;
  sources: { id: string; label: string; href: string }[];
  /** The editors' reason, for a relation no source states in these terms (then `sources` is empty). */
  editorial?: string;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface NetworkLinks {
  actor: (id: string) => string;
  source: (id: string) => string;
  sourceLabel: (id: string) => string;
  /** An EDTF date in words, in the site's language. */
  dateWords: (edtf: string) => string;
}

/** Every relation of the site as a network; nodes and edges sorted by id. */
export function buildNetwork(graph: Graph, links: NetworkLinks): Network {
  const edges: NetworkEdge[] = [];
  for (const actor of graph.actors.values()) {
    for (const r of actor.data.relations) {
      const since = r.since ? parseDate(r.since) : undefined;
      const until = r.until ? parseDate(r.until) : undefined;
      edges.push({
        id: `${actor.id}--${r.type}--${r.actor}`, from: actor.id, to: r.actor, type: r.type,
        since: r.since, until: r.until, sinceWords: r.since ? links.dateWords(r.since) : undefined, untilWords: r.until ? links.dateWords(r.until) : undefined,
        start: since?.min, end: until?.max,
        sources: r.sources.map((s) => ({ id: s, label: links.sourceLabel(s), href: links.source(s) })),
        ...(r.editorial !== undefined ? { editorial: r.editorial } : {}),
      });
    }
    const parent = actor.data.parent;
    if (parent && !actor.data.relations.some((r) => r.actor === parent)) {
      edges.push({ id: `${actor.id}--parent--${parent}`, from: actor.id, to: parent, type: 'parent', sources: [] });
    }
  }
  // An id can repeat only if a file states the same relation twice; keep the first.
  const unique = [...new Map(edges.map((e) => [e.id, e])).values()].sort((a, b) => a.id.localeCompare(b.id));
  const ids = [...new Set(unique.flatMap((e) => [e.from, e.to]))].filter((id) => graph.actors.has(id)).sort();
  const nodes = ids.map((id) => {
    const a = graph.actors.get(id)!.data;
    return { id, label: a.shortName ?? a.name, name: a.name, kind: a.kind, href: links.actor(id) };
  });
  return { nodes, edges: unique.filter((e) => graph.actors.has(e.from) && graph.actors.has(e.to)) };
}

/** The actor, its direct relations and the actors at their other ends. */
export function egoNetwork(network: Network, id: string): Network {
  const edges = network.edges.filter((e) => e.from === id || e.to === id);
  const keep = new Set([id, ...edges.flatMap((e) => [e.from, e.to])]);
  return { nodes: network.nodes.filter((n) => keep.has(n.id)), edges };
}

/** The years the year control offers: those of the dated relations and of the events. */
export function yearSpan(network: Network, graph: Graph): number[] {
  const bounds = [
    ...network.edges.flatMap((e) => [e.start, e.end]).filter((n): n is number => n !== undefined),
    ...graph.eventsByDate.flatMap((e) => [e.date.min, e.date.max]),
  ].map((ms) => new Date(ms).getUTCFullYear());
  if (bounds.length === 0) return [];
  const [lo, hi] = [Math.min(...bounds), Math.max(...bounds)];
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}
