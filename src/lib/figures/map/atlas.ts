/**
 * Country outlines from the `world-atlas` package (Natural Earth, public domain), read from
 * node_modules at build time: nothing is fetched. Every country of the world is drawn; a
 * site names them by two-letter code, world-atlas keys them by ISO 3166-1 numeric code, and
 * Intl's own data (CLDR's territory aliases) turns one into the other, so no table of
 * countries is written here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Resolution = '50m' | '110m';

export interface CountryShape {
  /** Two-letter code; undefined for the few shapes Natural Earth gives no ISO number. */
  code?: string;
  feature: Feature;
}

/** A border the site draws thick: between `country` and each of its `neighbours`. */
export interface BorderSetting {
  country: string;
  neighbours: string[];
}

export interface Atlas {
  countries: CountryShape[];
  /** Every land border between two countries (drawn thin). */
  borders: MultiLineString;
  /** The site's highlighted borders, in the order declared (drawn thick). */
  highlighted: MultiLineString[];
}

/** The two-letter code of an ISO 3166-1 numeric code ("250" → "FR"), from Intl's region aliases. */
export function alpha2(numeric: string | number | undefined): string | undefined {
  if (numeric === undefined || !/^\d{1,3}$/.test(String(numeric))) return undefined;
  try {
    const region = new Intl.Locale(`und-${String(numeric).padStart(3, '0')}`).region;
    return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

const cache = new Map<Resolution, Topology>();

/** Reads world-atlas's countries topology; 50m keeps a river border's bends, 110m is for small or world maps. */
export function loadTopology(resolution: Resolution = '50m'): Topology {
  let topology = cache.get(resolution);
  if (!topology) {
    const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${resolution}.json`);
    topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
    cache.set(resolution, topology);
  }
  return topology;
}

/** Every country, the borders between them and the site's highlighted borders, as GeoJSON. */
export function worldAtlas(topology: Topology, highlighted: BorderSetting[] = []): Atlas {
  const object = topology.objects.countries as GeometryCollection;
  const codeOf = (g: { id?: string | number }) => alpha2(g.id);
  const collection = feature(topology, object) as FeatureCollection;
  const countries = collection.features
    .map((f) => ({ code: codeOf(f), feature: f }))
    // Sorted for a stable drawing; shapes without a code keep world-atlas's order, last.
    .sort((a, b) => (a.code === undefined) !== (b.code === undefined) ? (a.code === undefined ? 1 : -1) : (a.code ?? '').localeCompare(b.code ?? ''));
  const borders = mesh(topology, object, (a, b) => a !== b);
  const lines = highlighted.map((h) => {
    const across = new Set(h.neighbours);
    return mesh(topology, object, (a, b) => {
      const [ca, cb] = [codeOf(a), codeOf(b)];
      return (ca === h.country && across.has(cb ?? '')) || (cb === h.country && across.has(ca ?? ''));
    });
  });
  return { countries, borders, highlighted: lines };
}

const atlases = new Map<string, Atlas>();

/** The world's atlas at a resolution with the site's highlighted borders, built once per build. */
export function siteAtlas(resolution: Resolution, highlighted: BorderSetting[] = []): Atlas {
  const key = `${resolution} ${JSON.stringify(highlighted)}`;
  let atlas = atlases.get(key);
  if (!atlas) {
    atlas = worldAtlas(loadTopology(resolution), highlighted);
    atlases.set(key, atlas);
  }
  return atlas;
}

let land: Atlas | undefined;

/**
 * The world's land as one shape, with no borders: for a small map of much of the world (an
 * actor active on several continents), where every country's outline would weigh 150 KB on
 * the page and could not be told apart at that size anyway.
 */
export function landAtlas(): Atlas {
  if (!land) {
    const topology = loadTopology('110m');
    const object = topology.objects.countries as GeometryCollection;
    const shape: Feature = { type: 'Feature', properties: {}, geometry: merge(topology, object.geometries as never) };
    land = { countries: [{ feature: shape }], borders: { type: 'MultiLineString', coordinates: [] }, highlighted: [] };
  }
  return land;
}
