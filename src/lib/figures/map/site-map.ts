/**
 * The site's maps as its settings (`map:` in site.yaml) and its events make them: one frame
 * for /map/ and a smaller one of the same part of the world for locators and actor pages,
 * so that a place is on every map of the site or on none.
 */
import type { EventNode } from '../../model/graph.ts';
import type { MapSettings } from '../../content/schema.ts';
import type { Resolution } from './atlas.ts';
import { fitBounds, frameFor, lonSpan, type Bounds, type MapFrame } from './frame.ts';
import { onEarthPoint } from './marks.ts';

export interface SiteMap {
  settings: MapSettings;
  /** /map/. */
  full: MapFrame;
  /** Event locators and actors' maps. */
  small: MapFrame;
  /** Natural Earth's detail for /map/: 50m for a region (a river border keeps its bends), 110m for a large part of the world. */
  resolution: Resolution;
  /** Whether the site declared its bounds (otherwise they fit its events). */
  declared: boolean;
  /**
   * The frame of a small map of these points (a locator, an actor's map). For a site that
   * covers a region it is the site's own small frame; for one spread across much of the world
   * it is the points' own neighbourhood: a world drawn small on every event page weighs
   * 150 KB and shows nothing of the place. Whether a place is drawn at all is still the site
   * frame's to say (`small`).
   */
  smallFor(points: [number, number][]): MapFrame;
}

/** Beyond this many degrees of longitude a site's small maps show their points' neighbourhood. */
export const LOCAL_SPAN = 40;

/** Neighbourhood frames are snapped to this grid (degrees), so pages share them (and their projected countries). */
const GRID = 5;

/** The sizes of the two maps, in SVG units: the height is the most they may take. */
export const FULL_SIZE = { width: 720, height: 560, padding: 8 } as const;
export const SMALL_SIZE = { width: 480, height: 373, padding: 6 } as const;

/** The site's maps: the declared bounds, or bounds that fit every event that can be drawn on Earth. */
export function siteMap(settings: MapSettings, events: Pick<EventNode, 'data'>[]): SiteMap {
  const points = events.flatMap((e) => {
    const p = e.data.location && onEarthPoint(e.data.location);
    return p ? [p] : [];
  });
  const bounds: Bounds = settings.bounds ?? fitBounds(points);
  const { projection } = settings;
  const small = frameFor(bounds, projection, SMALL_SIZE.width, SMALL_SIZE.height, SMALL_SIZE.padding);
  const local = new Map<string, MapFrame>();
  const smallFor = (at: [number, number][]): MapFrame => {
    if (lonSpan(bounds) <= LOCAL_SPAN || at.length === 0) return small;
    const [[w, s], [e, n]] = fitBounds(at);
    if (lonSpan([[w, s], [e, n]]) > LOCAL_SPAN) return small;
    const snapped: Bounds = [[Math.floor(w / GRID) * GRID, Math.max(-85, Math.floor(s / GRID) * GRID)], [Math.ceil(e / GRID) * GRID, Math.min(85, Math.ceil(n / GRID) * GRID)]];
    const key = snapped.flat().join(',');
    let frame = local.get(key);
    if (!frame) local.set(key, (frame = frameFor(snapped, undefined, SMALL_SIZE.width, SMALL_SIZE.height, SMALL_SIZE.padding)));
    return frame;
  };
  return {
    settings,
    full: frameFor(bounds, projection, FULL_SIZE.width, FULL_SIZE.height, FULL_SIZE.padding),
    small,
    resolution: lonSpan(bounds) > 60 ? '110m' : '50m',
    declared: settings.bounds !== undefined,
    smallFor,
  };
}

// Every page draws from the same frames: the projected countries are cached per frame
// object (render.ts), so the frames are made once per list of events.
const cache = new WeakMap<object, SiteMap>();

/** `siteMap`, once per settings object and list of events. */
export function siteMapOnce(settings: MapSettings, events: Pick<EventNode, 'data'>[]): SiteMap {
  let map = cache.get(events);
  if (!map || map.settings !== settings) {
    map = siteMap(settings, events);
    cache.set(events, map);
  }
  return map;
}
