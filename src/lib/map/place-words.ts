/**
 * A place in words: its name, its admin areas worded as the site declares
 * (`places.adminLevels`: "{name} province" for one site, "{name} County" for another, the
 * name alone where a site says nothing), then its country or the body it is on.
 */
import type { AdminLevels, PlacesSettings } from '../schema.ts';

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

/** An admin area by its name, worded as the site declares ("Kunduz" → "Kunduz province"), or its name alone. */
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
 * The parts of a place, most precise first: "Imam Sahib district", "Kunduz province",
 * "Afghanistan". An area worded as the place already is ("Imam Sahib" worded "Imam Sahib
 * district") is said once.
 */
export function placeParts(place: PlaceFields, wording: PlaceWording): string[] {
  const parts = [place.name];
  for (const level of ['admin2', 'admin1'] as const) {
    const name = place[level];
    if (!name) continue;
    const worded = areaName(wording.levels, place.country, level, name);
    // A district named as the place itself adds nothing; a province of that name does.
    if (!parts.includes(worded) && !(level === 'admin2' && name === place.name)) parts.push(worded);
  }
  if (place.country) parts.push(wording.countryName(place.country));
  else if (place.body) parts.push(place.body);
  return parts;
}

/** The place on one line: "Imam Sahib district, Kunduz province, Afghanistan". */
export function placeLine(place: PlaceFields, wording: PlaceWording): string {
  return placeParts(place, wording).join(wording.separator);
}
