/**
 * Events as map marks: which events can be drawn, where, and how big. A place given only
 * roughly (ACLED precision 2 or 3) gets a larger soft circle, so the map never claims more
 * precision than the sources do. Several events at one place sit on a small ring around it,
 * so each stays a separate link.
 */
import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { EventNode } from '../graph.ts';
import { r1 } from '../svg.ts';

/** An event as the map and its list need it; shaped once from the graph. */
export interface MapEvent {
  id: string;
  title: string;
  href: string;
  /** The date in words, at its precision. */
  when: string;
  min: number;
  max: number;
  kind: string;
  /** Every actor that took part or claimed it. */
  actors: string[];
  country: string;
  admin1?: string;
  /** The place as the sources name it. */
  place: string;
  lat?: number;
  lon?: number;
  precision: 1 | 2 | 3;
}

/** What the filters read of an event (see view-state.ts), as `data-*` attributes. */
export function filterAttributes(e: Pick<EventNode, 'id' | 'date' | 'data'>): Record<string, string | number | undefined> {
  return {
    'data-event': e.id, 'data-min': e.date.min, 'data-max': e.date.max,
    'data-actors': eventActors(e).join(' '), 'data-kind': e.data.kind, 'data-country': e.data.location?.country,
  };
}

/** Every actor that took part in an event or claimed it, sorted. */
export function eventActors(e: Pick<EventNode, 'data'>): string[] {
  return [...new Set([...e.data.actors.map((a) => a.actor), ...e.data.claims.map((c) => c.by)])].sort();
}

/** Events that have a location, in date order, with everything the map and list show. */
export function mapEvents(events: EventNode[], href: (id: string) => string): MapEvent[] {
  return events.flatMap((e) => {
    const loc = e.data.location;
    if (!loc) return [];
    return [{
      id: e.id, title: e.data.title, href: href(e.id), when: e.date.words, min: e.date.min, max: e.date.max,
      kind: e.data.kind, actors: eventActors(e), country: loc.country, admin1: loc.admin1, place: loc.name,
      lat: loc.lat, lon: loc.lon, precision: loc.precision,
    }];
  });
}

/** The same region on a small map (event locators, actor pages). */
export const SMALL: MapFrame = { width: 480, height: 373, bounds: [[60.6, 29.4], [75.2, 41.4]], padding: 6 };

/** The part of the world a map shows, and its size in SVG units. */
export interface MapFrame {
  width: number;
  height: number;
  /** [[west, south], [east, north]] in degrees: fitted inside the frame. */
  bounds: [[number, number], [number, number]];
  /** Room left around the bounds, in SVG units. */
  padding?: number;
}

/** The frontier region: northern Afghanistan to Tashkent, Herat to Peshawar. */
export const REGION: MapFrame = { width: 720, height: 560, bounds: [[60.6, 29.4], [75.2, 41.4]], padding: 8 };

/**
 * A conic equal-area projection centred on the region (areas stay comparable, which soft
 * circles rely on), fitted to the frame's bounds and clipped to it.
 */
export function makeProjection(frame: MapFrame): GeoProjection {
  const [[w, s], [e, n]] = frame.bounds;
  const pad = frame.padding ?? 0;
  // The outline of the bounds, sampled densely: on a conic, a parallel bulges between corners.
  const outline: [number, number][] = [];
  for (let i = 0; i <= 20; i += 1) {
    const lon = w + ((e - w) * i) / 20;
    const lat = s + ((n - s) * i) / 20;
    outline.push([lon, s], [lon, n], [w, lat], [e, lat]);
  }
  return geoConicEqualArea()
    .parallels([s + (n - s) / 4, n - (n - s) / 4])
    .rotate([-(w + e) / 2, 0])
    .fitExtent([[pad, pad], [frame.width - pad, frame.height - pad]], { type: 'MultiPoint', coordinates: outline })
    .clipExtent([[0, 0], [frame.width, frame.height]]);
}

/** Radius of each precision's mark, in SVG units at scale 1. */
export const RADIUS = { dot: 5, 2: 14, 3: 26 } as const;

export interface Mark {
  event: MapEvent;
  /** Where the dot is drawn (moved onto a ring when the place has several events). */
  x: number;
  y: number;
  /** The place itself. */
  cx: number;
  cy: number;
  /** Radius of the dot. */
  r: number;
  /** Radius of the soft circle for an approximate place; 0 for a town. */
  area: number;
}

/** A place that has one or more marks. */
export interface Place {
  key: string;
  name: string;
  x: number;
  y: number;
  /** Distance from the place to the outer edge of its marks. */
  reach: number;
  marks: Mark[];
}

/** Projects the events that have coordinates; those outside the frame are left out. */
export function placeMarks(events: MapEvent[], projection: GeoProjection, frame: MapFrame, scale = 1): Place[] {
  const groups = new Map<string, MapEvent[]>();
  for (const e of events) {
    if (e.lat === undefined || e.lon === undefined) continue;
    const key = `${e.lat.toFixed(4)},${e.lon.toFixed(4)}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const places: Place[] = [];
  for (const [key, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const p = projection([list[0]!.lon!, list[0]!.lat!]);
    if (!p || p[0] < 0 || p[1] < 0 || p[0] > frame.width || p[1] > frame.height) continue;
    const [cx, cy] = [r1(p[0]), r1(p[1])];
    const dot = RADIUS.dot * scale;
    const ring = list.length > 1 ? dot * 1.9 : 0;
    const marks = list.map((event, i): Mark => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / list.length;
      return {
        event,
        x: r1(cx + ring * Math.cos(angle)),
        y: r1(cy + ring * Math.sin(angle)),
        cx, cy, r: dot,
        area: event.precision === 1 ? 0 : RADIUS[event.precision] * scale,
      };
    });
    const reach = Math.max(ring + dot, ...marks.map((m) => m.area));
    // The most precise name wins the label: a town over its district.
    const name = [...list].sort((a, b) => a.precision - b.precision || a.place.localeCompare(b.place))[0]!.place;
    places.push({ key, name, x: cx, y: cy, reach, marks });
  }
  return places;
}
