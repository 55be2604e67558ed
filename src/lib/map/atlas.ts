/**
 * Country outlines from the `world-atlas` package (Natural Earth, public domain), read from
 * node_modules at build time: nothing is fetched. The region's countries are named by
 * ISO 3166-1 alpha-2 code; world-atlas keys them by ISO numeric code.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** ISO 3166-1 numeric codes of the countries the map can draw and name. */
export const NUMERIC: Record<string, string> = {
  AF: '004', TJ: '762', UZ: '860', PK: '586', TM: '795', KG: '417',
  IR: '364', CN: '156', KZ: '398', IN: '356',
};

/** The frontier of this story: Afghanistan's border with Tajikistan and Uzbekistan. */
export const FRONTIER: { country: string; neighbours: string[] } = { country: 'AF', neighbours: ['TJ', 'UZ'] };

export type Resolution = '50m' | '110m';

export interface CountryShape {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  feature: Feature;
}

export interface Atlas {
  countries: CountryShape[];
  /** Every land border between two of the countries (drawn thin). */
  borders: MultiLineString;
  /** The frontier's border segments (drawn thick). */
  frontier: MultiLineString;
}

const cache = new Map<Resolution, Topology>();

/** Reads world-atlas's countries topology; 50m keeps the Panj's bends, 110m is for small maps. */
export function loadTopology(resolution: Resolution = '50m'): Topology {
  let topology = cache.get(resolution);
  if (!topology) {
    const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${resolution}.json`);
    topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
    cache.set(resolution, topology);
  }
  return topology;
}

const atlases = new Map<Resolution, Atlas>();

/** The region's atlas at a resolution, built once per build. */
export function siteAtlas(resolution: Resolution): Atlas {
  let atlas = atlases.get(resolution);
  if (!atlas) {
    atlas = regionAtlas(loadTopology(resolution));
    atlases.set(resolution, atlas);
  }
  return atlas;
}

/** The region's countries, their borders and the frontier, as GeoJSON. */
export function regionAtlas(topology: Topology, codes: string[] = Object.keys(NUMERIC)): Atlas {
  const object = topology.objects.countries as GeometryCollection;
  const byNumeric = new Map(Object.entries(NUMERIC).map(([a2, n]) => [n, a2]));
  const wanted = new Set(codes.map((c) => NUMERIC[c]).filter(Boolean));
  const collection = feature(topology, object) as FeatureCollection;
  const countries = collection.features
    .filter((f) => wanted.has(String(f.id)))
    .map((f) => ({ code: byNumeric.get(String(f.id))!, feature: f }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const inRegion = (g: { id?: string | number }) => wanted.has(String(g.id));
  const borders = mesh(topology, object, (a, b) => a !== b && inRegion(a) && inRegion(b));
  const home = NUMERIC[FRONTIER.country];
  const across = new Set(FRONTIER.neighbours.map((c) => NUMERIC[c]));
  const frontier = mesh(topology, object, (a, b) =>
    (String(a.id) === home && across.has(String(b.id))) || (String(b.id) === home && across.has(String(a.id))));
  return { countries, borders, frontier };
}
