/**
 * A place in words: its name, its admin areas worded as the site declares
 * (`places.adminLevels`: "{name} Department" for one site, "{name} County" for another, the
 * name alone where a site says nothing), then its country or the body it is on.
 */
import type { AdminLevels, PlacesSettings } from '../../content/schema.ts';

export type AdminLevel = 'admin1' | 'admin2';

/** What a place needs to be worded: the fields of an event's `location`. */
export interface PlaceFields {
  name: string;
  admin1?: string;
  admin2?: string;
  country?: string;
  body?: string;
}

type Levels = PlacesSettings['adminLevels'];

/** The level's wording for a country: the country's own, else the site's, else none. */
function levelOf(levels: Levels, country: string | undefined, level: AdminLevel): AdminLevels[AdminLevel] {
  return (country !== undefined ? levels.countries[country]?.[level] : undefined) ?? levels[level];
}

/** An admin area by its name, worded as the site declares ("Brevard" → "Brevard County"), or its name alone. */
export function areaName(levels: Levels, country: string | undefined, level: AdminLevel, name: string): string {
  const wording = levelOf(levels, country, level);
  // A function replacement: a name holding "$&" stays as written.
  return wording ? wording.area.replace('{name}', () => name) : name;
}

/** The heading of a country's places whose sources name no area of this level, if the site gives one. */
export function areaNotGiven(levels: Levels, country: string | undefined, level: AdminLevel): string | undefined {
  return levelOf(levels, country, level)?.notGiven;
}

export interface PlaceWording {
  levels: Levels;
  countryName: (code: string) => string;
  /** Joins the parts: ", " in English, "، " in Persian. */
  separator: string;
}

/**
 * The parts of a place, most precise first: "Cape Canaveral", "Brevard County", "Florida",
 * "United States". An area worded as the place already is (admin2 "Brevard" worded "Brevard
 * County" for a place named "Brevard County", or "brevard county") is said once.
 */
export function placeParts(place: PlaceFields, wording: PlaceWording): string[] {
  const parts = [place.name];
  // Editors capitalise a place's own name as they find it; the site words its areas one way.
  const said = (text: string) => parts.some((part) => part.toLowerCase() === text.toLowerCase());
  for (const level of ['admin2', 'admin1'] as const) {
    const name = place[level];
    if (!name) continue;
    const worded = areaName(wording.levels, place.country, level, name);
    // A second-level area named as the place itself adds nothing; a first-level one of that name does (a city and its state).
    if (!said(worded) && !(level === 'admin2' && name.toLowerCase() === place.name.toLowerCase())) parts.push(worded);
  }
  if (place.country) parts.push(wording.countryName(place.country));
  else if (place.body) parts.push(place.body);
  return parts;
}

/** The place on one line: "Cape Canaveral, Brevard County, Florida, United States". */
export function placeLine(place: PlaceFields, wording: PlaceWording): string {
  return placeParts(place, wording).join(wording.separator);
}
