/**
 * Events as map marks: which events can be drawn, where, and how big. A place given only
 * roughly (ACLED precision 2 or 3) gets a larger soft circle, so the map never claims more
 * precision than the sources do. Several events at one place sit on a small ring around it,
 * so each stays a separate link.
 */
import type { GeoProjection } from 'd3-geo';
import type { EventNode } from '../../model/graph.ts';
import { r1 } from '../svg.ts';
import { projectInFrame } from './frame.ts';

export type { MapFrame } from './frame.ts';

/** An event as the map and its list need it; shaped once from the graph. */
export interface MapEvent {
  id: string;
  title: string;
  href: string;
  /** The date in words, at its precision, in the site's language. */
  when: string;
  min: number;
  max: number;
  kind: string;
  /** Every actor that took part or claimed it. */
  actors: string[];
  /** Undefined at sea or off Earth. */
  country?: string;
  admin1?: string;
  /** The celestial body of a place not on Earth: such a place is never drawn. */
  body?: string;
  /** The place as the sources name it. */
  place: string;
  lat?: number;
  lon?: number;
  precision: 1 | 2 | 3;
}

/** What the filters read of an event (see selection.ts), as `data-*` attributes. */
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

/**
 * The actors the map's filter offers: every actor in the events, [id, short name or name],
 * by name in the site's language.
 */
export function actorChoices(graph: { actors: Map<string, { data: { name: string; shortName?: string } }> }, events: Pick<EventNode, 'data'>[], language: string): [string, string][] {
  const ids = [...new Set(events.flatMap(eventActors))].filter((id) => graph.actors.has(id));
  const collator = new Intl.Collator(language);
  return ids
    .map((id) => graph.actors.get(id)!.data)
    .map((d, i) => ({ id: ids[i]!, d }))
    .sort((a, b) => collator.compare(a.d.name, b.d.name))
    .map(({ id, d }) => [id, d.shortName ?? d.name]);
}

/** Events that have a location, in date order, with everything the map and list show. */
export function mapEvents(events: EventNode[], href: (id: string) => string, when: (e: EventNode) => string): MapEvent[] {
  return events.flatMap((e) => {
    const loc = e.data.location;
    if (!loc) return [];
    return [{
      id: e.id, title: e.data.title, href: href(e.id), when: when(e), min: e.date.min, max: e.date.max,
      kind: e.data.kind, actors: eventActors(e), country: loc.country, admin1: loc.admin1, body: loc.body, place: loc.name,
      lat: loc.lat, lon: loc.lon, precision: loc.precision,
    }];
  });
}

/** Why a place is not on a map: the sources give no coordinates, it is not on Earth, or the frame does not show it. */
export type NotDrawn = 'no-coordinates' | 'off-earth' | 'outside';

/** What a place needs to be drawn; the events of the graph and the map's marks both have it. */
export interface Whereabouts {
  lat?: number;
  lon?: number;
  body?: string;
}

/** Whether a place can be drawn on the map of `projection`, and if not, why not. */
export function whyNotDrawn(place: Whereabouts, projection: GeoProjection): NotDrawn | undefined {
  if (place.body !== undefined) return 'off-earth';
  if (place.lat === undefined || place.lon === undefined) return 'no-coordinates';
  return projectInFrame(projection, place.lon, place.lat) ? undefined : 'outside';
}

/** A point of an Earth map: coordinates and no other celestial body. */
export function onEarthPoint(place: Whereabouts): [number, number] | undefined {
  return place.body === undefined && place.lat !== undefined && place.lon !== undefined ? [place.lon, place.lat] : undefined;
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

/**
 * Projects the events the frame shows. The others are not drawn (see `whyNotDrawn`): the
 * caller lists them, so no event is dropped without a word.
 */
export function placeMarks(events: MapEvent[], projection: GeoProjection, scale = 1): Place[] {
  const groups = new Map<string, { at: [number, number]; list: MapEvent[] }>();
  for (const e of events) {
    if (whyNotDrawn(e, projection)) continue;
    const key = `${e.lat!.toFixed(4)},${e.lon!.toFixed(4)}`;
    const p = projectInFrame(projection, e.lon!, e.lat!)!;
    const group = groups.get(key) ?? { at: p, list: [] };
    group.list.push(e);
    groups.set(key, group);
  }
  const places: Place[] = [];
  for (const [key, { at: p, list }] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
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
    // The most precise name wins the label: a town over the area around it.
    const name = [...list].sort((a, b) => a.precision - b.precision || a.place.localeCompare(b.place))[0]!.place;
    places.push({ key, name, x: cx, y: cy, reach, marks });
  }
  return places;
}
