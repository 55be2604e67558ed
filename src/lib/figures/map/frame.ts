/**
 * The part of the world a map shows. A site declares its bounds, or the frame fits the
 * events that can be drawn: their extent with room around it, never smaller than a region
 * (one event alone is shown with its surroundings), and across the 180th meridian when the
 * events lie on both sides of it (the shorter way round the globe wins).
 */
import {
  geoAzimuthalEqualArea, geoConicEqualArea, geoEqualEarth, geoEquirectangular, geoMercator,
  geoNaturalEarth1, geoOrthographic, type GeoConicProjection, type GeoProjection, type GeoStream,
} from 'd3-geo';

import type { MAP_PROJECTIONS } from '../../content/schema.ts';

/** A projection a site may choose: the allow-list is the schema's, each mapped to its d3-geo factory below. */
export type ProjectionName = (typeof MAP_PROJECTIONS)[number];

/** [[west, south], [east, north]] in degrees; west > east crosses the 180th meridian. */
export type Bounds = [[number, number], [number, number]];

/** The part of the world a map shows, and its size in SVG units. */
export interface MapFrame {
  width: number;
  height: number;
  bounds: Bounds;
  /** Room left around the bounds, in SVG units. */
  padding?: number;
  /** Left out: chosen from the bounds' size (see `defaultProjection`). */
  projection?: ProjectionName;
}

/** The whole inhabited world, for a site with nothing to draw. */
export const WORLD: Bounds = [[-180, -58], [180, 78]];

/** Smallest extent of a fitted frame, in degrees: one town alone still shows its region. */
export const MIN_SPAN = { lon: 14, lat: 10 } as const;

/** Degrees east from `west` to `east`, going east (across the 180th meridian if need be). */
export function lonSpan([[west], [east]]: Bounds): number {
  const span = east - west;
  return span <= 0 && !(west === -180 && east === 180) ? span + 360 : span;
}

const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/**
 * The bounds that hold every point with room around them. Longitudes take the shortest arc
 * that holds them all: the largest gap between neighbouring points is left outside.
 */
export function fitBounds(points: [number, number][], margin = 0.2): Bounds {
  if (points.length === 0) return WORLD;
  const lons = [...new Set(points.map(([lon]) => wrap(lon)))].sort((a, b) => a - b);
  // The gap after each point (to the next, the last wrapping round to the first).
  let widest = lons.length - 1;
  let widestGap = lons[0]! + 360 - lons[lons.length - 1]!;
  for (let i = 0; i < lons.length - 1; i += 1) {
    const gap = lons[i + 1]! - lons[i]!;
    if (gap > widestGap) [widest, widestGap] = [i, gap];
  }
  const west = lons[(widest + 1) % lons.length]!;
  const span = 360 - widestGap;
  const lats = points.map(([, lat]) => lat);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];

  // Room on each side in proportion to the extent, up to a few degrees: a world-wide
  // spread needs no more ocean round it.
  const lonRoom = Math.max(span + 2 * Math.min(span * margin, 10), MIN_SPAN.lon);
  const latRoom = Math.max(north - south + 2 * Math.min((north - south) * margin, 6), MIN_SPAN.lat);
  const mid = west + span / 2;
  const midLat = (south + north) / 2;
  const s = Math.max(-85, midLat - latRoom / 2);
  const n = Math.min(85, midLat + latRoom / 2);
  if (lonRoom >= 330) return [[-180, s], [180, n]];
  return [[wrap(mid - lonRoom / 2), s], [wrap(mid + lonRoom / 2), n]];
}

/** Conic equal-area for a region (areas stay comparable, which soft circles rely on); Equal Earth for a large part of the world. */
export function defaultProjection(bounds: Bounds): ProjectionName {
  const [[, s], [, n]] = bounds;
  return lonSpan(bounds) > 100 || n - s > 70 ? 'equalEarth' : 'conicEqualArea';
}

const FACTORIES: Record<ProjectionName, () => GeoProjection> = {
  conicEqualArea: geoConicEqualArea,
  equalEarth: geoEqualEarth,
  naturalEarth1: geoNaturalEarth1,
  mercator: geoMercator,
  equirectangular: geoEquirectangular,
  azimuthalEqualArea: geoAzimuthalEqualArea,
  orthographic: geoOrthographic,
};

/** The outline of the bounds, sampled densely: on most projections a parallel bends between the corners. */
function outline(bounds: Bounds): { type: 'MultiPoint'; coordinates: [number, number][] } {
  const [[w, s], [, n]] = bounds;
  const span = lonSpan(bounds);
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 20; i += 1) {
    const lon = w + (span * i) / 20;
    const lat = s + ((n - s) * i) / 20;
    coordinates.push([lon, s], [lon, n], [w, lat], [w + span, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** The projection centred on the bounds, not yet fitted. */
function centred(bounds: Bounds, name: ProjectionName): GeoProjection {
  const [[w, s], [, n]] = bounds;
  const centre = w + lonSpan(bounds) / 2;
  const projection = FACTORIES[name]();
  if (name === 'conicEqualArea') return (projection as GeoConicProjection).parallels([s + (n - s) / 4, n - (n - s) / 4]).rotate([-centre, 0]);
  // An azimuthal view looks straight down at the middle of the bounds.
  if (name === 'orthographic' || name === 'azimuthalEqualArea') return projection.rotate([-centre, -(s + n) / 2]);
  return projection.rotate([-centre, 0]);
}

/** The projection of a frame: its bounds fitted inside, clipped to the frame. */
export function makeProjection(frame: MapFrame): GeoProjection {
  const pad = frame.padding ?? 0;
  return centred(frame.bounds, frame.projection ?? defaultProjection(frame.bounds))
    .fitExtent([[pad, pad], [frame.width - pad, frame.height - pad]], outline(frame.bounds))
    .clipExtent([[0, 0], [frame.width, frame.height]]);
}

/**
 * A frame of a given width for the bounds: as tall as the bounds need (a wide strip of the
 * world is a low map), between half the width and `maxHeight`.
 */
export function frameFor(bounds: Bounds, projection: ProjectionName | undefined, width: number, maxHeight: number, padding: number): MapFrame {
  const name = projection ?? defaultProjection(bounds);
  const [[x0, y0], [x1, y1]] = boundsOf(centred(bounds, name).fitWidth(width, outline(bounds)), bounds);
  const aspect = (y1 - y0) / Math.max(1, x1 - x0);
  const height = Math.round(Math.min(maxHeight, Math.max(width / 2, width * aspect)));
  return { width, height, bounds, padding, projection };
}

function boundsOf(projection: GeoProjection, bounds: Bounds): [[number, number], [number, number]] {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const p of outline(bounds).coordinates) {
    const q = projection(p);
    if (q) [xs[xs.length], ys[ys.length]] = q;
  }
  return [[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]];
}

/**
 * Where a point lands in the frame, or null when the frame does not show it: outside its
 * edges, or on the far side of the globe. The projection's own clipping decides, so a
 * point is never drawn where it is not.
 */
export function projectInFrame(projection: GeoProjection, lon: number, lat: number): [number, number] | null {
  let at: [number, number] | null = null;
  const sink = { point(x: number, y: number) { at = [x, y]; }, lineStart() {}, lineEnd() {}, polygonStart() {}, polygonEnd() {}, sphere() {} } as GeoStream;
  const stream = projection.stream(sink);
  stream.point(lon, lat);
  return at;
}

const projections = new WeakMap<MapFrame, GeoProjection>();

/** The projection of a frame, made once per frame object (pages ask it for every place they list). */
export function projectionOf(frame: MapFrame): GeoProjection {
  let projection = projections.get(frame);
  if (!projection) {
    projection = makeProjection(frame);
    projections.set(frame, projection);
  }
  return projection;
}
