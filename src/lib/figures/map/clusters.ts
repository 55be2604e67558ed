/**
 * The map's level of detail: up to a cap of events (page-caps.ts `MAP_MARK_CAP`) each is a
 * mark of its own; beyond it the map draws one circle per cluster (the places in one cell of
 * a grid over the drawing, page-caps.ts `CLUSTER_CELL`, a circle's area for its count), so
 * the SVG is the same size whatever the number of events, and the page lists places with
 * their counts rather than every event (places.ts `summarisePlaces`). Pure: the build draws
 * the clusters, the island draws them again from the fetched data when the reader filters.
 */
import { CLUSTER_CELL } from '../../render/page-caps.ts';
import { esc, r1 } from '../svg.ts';

/** One event as clustering needs it: where the map draws it and the place it names. */
export interface ClusterPoint {
  x: number;
  y: number;
  place: string;
  country?: string;
}

export interface Cluster {
  /** The grid cell, as "column,row": stable across redraws. */
  key: string;
  /** The count-weighted middle of its places. */
  x: number;
  y: number;
  count: number;
  /** Its places' names, busiest first (ties by name). */
  places: string[];
  /** The country of its busiest place, for the link to the list of places. */
  country?: string;
}

/** An event of /map/data/events.json: where the full map draws it, and what the selection reads. */
export interface MapDataEvent extends ClusterPoint {
  min: number;
  max: number;
  kind: string;
  actors: string[];
}

/** /map/data/events.json: the actors the filter offers ([id, name], in the order of the page's choices) and the events. */
export interface MapData {
  actors: [string, string][];
  events: MapDataEvent[];
}

/** Groups the points into clusters by grid cell; clusters in a fixed order (by cell). */
export function clusterPoints(points: ClusterPoint[], cell = CLUSTER_CELL): Cluster[] {
  const cells = new Map<string, { sx: number; sy: number; count: number; places: Map<string, { n: number; country?: string }> }>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { sx: 0, sy: 0, count: 0, places: new Map() }));
    c.sx += p.x;
    c.sy += p.y;
    c.count += 1;
    const place = c.places.get(p.place) ?? { n: 0, country: p.country };
    place.n += 1;
    c.places.set(p.place, place);
  }
  return [...cells].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, c]) => {
    const places = [...c.places].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
    const country = places[0]![1].country;
    return { key, x: r1(c.sx / c.count), y: r1(c.sy / c.count), count: c.count, places: places.map(([name]) => name), ...(country ? { country } : {}) };
  });
}

/** A cluster's radius: its area grows with its count, from 7 units for one event to 22 for the busiest. */
export function clusterRadius(count: number, most: number, scale = 1): number {
  return r1((7 + 15 * Math.sqrt(count / Math.max(1, most))) * scale);
}

/** The words of a cluster, in the site's language. */
export interface ClusterWords {
  /** "12 events at Vikmar, Tel Ranos and 3 other places". */
  name(count: number, places: string[]): string;
  /** A count written on a cluster, in the language's digits. */
  count(n: number): string;
}

/** How many of its places a cluster's name names before "and N other places". */
export const NAMED_PLACES = 3;

/** The clusters as SVG: each a link to its places in the list, its count written on it. */
export function clustersSvg(clusters: Cluster[], words: ClusterWords, href: (c: Cluster) => string, scale = 1): string {
  const most = Math.max(1, ...clusters.map((c) => c.count));
  return clusters.map((c) => {
    const r = clusterRadius(c.count, most, scale);
    const name = words.name(c.count, c.places);
    return `<a class="map-cluster" href="${esc(href(c))}" aria-label="${esc(name)}" data-cluster="${esc(c.key)}" data-count="${c.count}"><title>${esc(name)}</title>`
      + `<circle class="map-cluster-dot" cx="${c.x}" cy="${c.y}" r="${r}"/>`
      + `<text class="map-cluster-count" x="${c.x}" y="${c.y}" dy=".35em" font-size="${r1(11 * scale)}" aria-hidden="true">${esc(words.count(c.count))}</text></a>`;
  }).join('');
}

type Format = (key: string, values?: Record<string, string | number>) => string;

/** A cluster's words from catalogue messages: the build makes them from its translator, the island from the page's messages. */
export function clusterWords(t: Format, list: (items: string[]) => string, number: (n: number) => string): ClusterWords {
  return {
    name: (count, places) => {
      const named = places.slice(0, NAMED_PLACES);
      const more = places.length - named.length;
      return t('map.cluster.name', { count, places: list(more > 0 ? [...named, t('map.cluster.more', { count: more })] : named) });
    },
    count: number,
  };
}
