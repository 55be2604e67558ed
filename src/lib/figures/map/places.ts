/**
 * The map's text alternative, shaped: places grouped by country (then places at sea or in
 * no country, then each celestial body), and by first-level admin area, each place with its
 * events in date order and, when the map does not draw it, why not. Events with no place
 * given are kept apart.
 */
import type { EventNode } from '../../model/graph.ts';
import type { NotDrawn } from './marks.ts';
import type { EventLocation } from '../../content/schema.ts';

export interface PlaceGroup {
  name: string;
  /** Why the map does not draw this place; undefined when it does. */
  notDrawn?: NotDrawn;
  events: EventNode[];
}

export interface AreaGroup {
  /** The area worded for the heading ("Brevard County"); undefined when the sources name none. */
  area?: string;
  places: PlaceGroup[];
}

export interface RegionGroup {
  /** A country ('country'), places in no country on Earth ('none'), or a celestial body ('body'). */
  kind: 'country' | 'none' | 'body';
  /** Unique among the groups and safe in an id: the country code, 'no-country', or 'body-<n>'. */
  key: string;
  /** The country code, for a country. */
  country?: string;
  /** The heading: the country's name, the body as the site writes it, or the caller's words for "in no country". */
  name: string;
  areas: AreaGroup[];
}

export interface GroupWords {
  countryName: (code: string) => string;
  /** The heading of places on Earth in no country (at sea). */
  noCountry: string;
  /** "Brevard" → "Brevard County", as the site words its first-level areas there. */
  areaName: (country: string | undefined, name: string) => string;
  /** Whether and why the map does not draw a place. */
  notDrawn: (location: EventLocation) => NotDrawn | undefined;
}

/** Groups events by country (or sea, or body), area and place, all sorted by name; events keep date order. */
export function groupPlaces(events: EventNode[], words: GroupWords): { groups: RegionGroup[]; unplaced: EventNode[] } {
  const regions = new Map<string, { kind: RegionGroup['kind']; country?: string; name: string; areas: Map<string, Map<string, EventNode[]>> }>();
  const unplaced: EventNode[] = [];
  const bodies: string[] = [];
  for (const e of events) {
    const loc = e.data.location;
    if (!loc) {
      unplaced.push(e);
      continue;
    }
    let key: string;
    if (loc.body !== undefined) {
      if (!bodies.includes(loc.body)) bodies.push(loc.body);
      key = `body-${bodies.indexOf(loc.body) + 1}`;
    } else key = loc.country ?? 'no-country';
    if (!regions.has(key)) {
      const kind = loc.body !== undefined ? 'body' : loc.country ? 'country' : 'none';
      const name = kind === 'body' ? loc.body! : kind === 'country' ? words.countryName(loc.country!) : words.noCountry;
      regions.set(key, { kind, country: loc.country, name, areas: new Map() });
    }
    const areas = regions.get(key)!.areas;
    const area = loc.admin1 ? words.areaName(loc.country, loc.admin1) : '';
    const places = areas.get(area) ?? new Map<string, EventNode[]>();
    areas.set(area, places);
    places.set(loc.name, [...(places.get(loc.name) ?? []), e]);
  }
  const byName = (a: string, b: string) => a.localeCompare(b);
  const order = { country: 0, none: 1, body: 2 } as const;
  const groups = [...regions]
    .map(([key, r]): RegionGroup => ({
      kind: r.kind,
      key,
      ...(r.country ? { country: r.country } : {}),
      name: r.name,
      areas: [...r.areas]
        // The group without an area comes last.
        .sort(([a], [b]) => (a === '') !== (b === '') ? (a === '' ? 1 : -1) : byName(a, b))
        .map(([area, places]) => ({
          area: area || undefined,
          places: [...places].sort(([a], [b]) => byName(a, b)).map(([name, list]) => {
            const reasons = list.map((e) => words.notDrawn(e.data.location!));
            // A place is on the map when any of its events is drawn there.
            const notDrawn = reasons.includes(undefined) ? undefined : reasons[0];
            return { name, ...(notDrawn ? { notDrawn } : {}), events: list };
          }),
        })),
    }))
    .sort((a, b) => order[a.kind] - order[b.kind] || byName(a.name, b.name));
  return { groups, unplaced };
}

/** How many events a group of the list holds. */
export function eventCount(group: RegionGroup | AreaGroup): number {
  const areas = 'areas' in group ? group.areas : [group];
  return areas.reduce((n, a) => n + a.places.reduce((m, p) => m + p.events.length, 0), 0);
}

/** How many places the groups name. */
export function placeCount(groups: RegionGroup[]): number {
  return groups.reduce((n, g) => n + g.areas.reduce((m, a) => m + a.places.length, 0), 0);
}
