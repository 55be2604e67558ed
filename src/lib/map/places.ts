/**
 * The map's text alternative, shaped: places grouped by country and province (admin1),
 * each with its events in date order. Events with no place given are kept apart.
 */
import type { EventNode } from '../graph.ts';

export interface PlaceGroup {
  name: string;
  /** Whether the place is drawn on the map (it has coordinates). */
  onMap: boolean;
  events: EventNode[];
}

export interface ProvinceGroup {
  /** undefined when the sources name no province. */
  province?: string;
  places: PlaceGroup[];
}

export interface CountryGroup {
  country: string;
  name: string;
  provinces: ProvinceGroup[];
}

/** Groups events by country, province and place, all sorted by name; events keep date order. */
export function groupPlaces(events: EventNode[], countryName: (code: string) => string): { countries: CountryGroup[]; unplaced: EventNode[] } {
  const countries = new Map<string, Map<string, Map<string, EventNode[]>>>();
  const unplaced: EventNode[] = [];
  for (const e of events) {
    const loc = e.data.location;
    if (!loc) {
      unplaced.push(e);
      continue;
    }
    const provinces = countries.get(loc.country) ?? new Map();
    countries.set(loc.country, provinces);
    const places = provinces.get(loc.admin1 ?? '') ?? new Map();
    provinces.set(loc.admin1 ?? '', places);
    places.set(loc.name, [...(places.get(loc.name) ?? []), e]);
  }
  const byName = (a: string, b: string) => a.localeCompare(b);
  return {
    countries: [...countries]
      .map(([country, provinces]) => ({
        country,
        name: countryName(country),
        provinces: [...provinces]
          // The group without a province comes last.
          .sort(([a], [b]) => (a === '') !== (b === '') ? (a === '' ? 1 : -1) : byName(a, b))
          .map(([province, places]) => ({
            province: province || undefined,
            places: [...places].sort(([a], [b]) => byName(a, b)).map(([name, list]) => ({
              name,
              onMap: list.some((e) => e.data.location?.lat !== undefined && e.data.location?.lon !== undefined),
              events: list,
            })),
          })),
      }))
      .sort((a, b) => byName(a.name, b.name)),
    unplaced,
  };
}
