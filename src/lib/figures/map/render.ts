/**
 * The map as an SVG string, drawn at build time: the sea, every country and the borders
 * between them, the site's highlighted borders, country names, one linked mark per event
 * the frame shows and labels for the places. The same function draws `/map/`, the locator
 * of an event page and an actor's map. Which countries are shaded, which borders are thick
 * and which zooms are offered are the site's settings, passed in: nothing here names a
 * country.
 */
import { createHash } from 'node:crypto';
import { geoContains, geoPath } from 'd3-geo';
import { cachedText } from '../../cache/registry.ts';
import type { Atlas } from './atlas.ts';
import { lonSpan, projectionOf, type Bounds, type MapFrame } from './frame.ts';
import { placeLabels, type LabelRequest } from './labels.ts';
import { placeMarks, whyNotDrawn, type MapEvent, type NotDrawn, type Place } from './marks.ts';
import { MAP_MARK_CAP } from '../../render/page-caps.ts';
import { clusterPoints, clustersSvg, type Cluster, type ClusterWords } from './clusters.ts';
import { attrs, esc, r1, textWidth, type Box } from '../svg.ts';

/** A zoom button of /map/: a label and what it frames. */
export interface ZoomRequest {
  key: string;
  label: string;
  countries?: string[];
  bounds?: Bounds;
}

export interface MapOptions {
  frame: MapFrame;
  /** Unique within the page: prefixes the ids of <title> and <desc>. */
  id: string;
  title: string;
  description: string;
  /** Country names in the reader's language, by code. */
  countryName: (code: string) => string;
  /** The reader's language, for upper-casing country names. */
  language?: string;
  /** Size of marks and text relative to the full map (a locator draws them larger). */
  scale?: number;
  /** Countries to shade as the subject of the map. */
  highlight?: string[];
  /** Where the site wants country names, [lon, lat] by code: then only these are named. */
  countryLabels?: Record<string, [number, number]>;
  /** The button back to the whole frame; left out, no zooms are computed. */
  whole?: string;
  /** Zoom buttons for the atlas's highlighted borders, in their order (undefined: no button). */
  borderZooms?: (string | undefined)[];
  /** Further zoom buttons, in order. */
  zoomTo?: ZoomRequest[];
  /**
   * Where the ground (the countries' land and their borders, the same for every map of this
   * frame) is served as a file of its own: given that file's SVG text, the address to
   * reference it by (base included), or undefined to draw it inside the map.
   */
  groundAt?: (svg: string) => string | undefined;
  /**
   * Beyond `MAP_MARK_CAP` events drawn, the map draws clusters with these words, each a link
   * to `href` of the cluster (where its places are listed); left out, every event is a mark.
   */
  clusters?: ClusterWords & { href: (c: Cluster) => string };
}

/** The ground of a frame as a document of its own, for `<use>`: no classes nor fills, which it takes from the `<use>` that shows it. */
function groundDocument(frame: MapFrame, countries: Ground['countries'], borders: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}">`,
    `<g id="land">${countries.map((c) => `<path${attrs({ d: c.d })}/>`).join('')}</g>`,
    // Not inherited from the <use>, so written here, as the page's stylesheet does for an inline border.
    `<path id="borders" vector-effect="non-scaling-stroke"${attrs({ d: borders })}/>`,
    '</svg>\n',
  ].join('\n');
}

export interface Zoom {
  key: string;
  label: string;
  /** An SVG viewBox: "x y width height". */
  viewBox: string;
}

export interface MapDrawing {
  svg: string;
  places: Place[];
  zooms: Zoom[];
  /** The events given that the map does not draw, each with the reason. */
  notDrawn: { event: MapEvent; reason: NotDrawn }[];
  /** For each of the atlas's highlighted borders, whether the frame shows any of it (its legend line is due). */
  bordersShown: boolean[];
  /** Whether the events are drawn as clusters (beyond `MAP_MARK_CAP`). */
  clustered: boolean;
}

function viewBoxOf([[x0, y0], [x1, y1]]: [[number, number], [number, number]], frame: MapFrame, pad: number): string {
  // Keep the frame's aspect ratio, so marks stay round and the zoom does not jump.
  let w = x1 - x0 + pad * 2;
  let h = y1 - y0 + pad * 2;
  const ratio = frame.width / frame.height;
  if (w / h > ratio) h = w / ratio;
  else w = h * ratio;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return [cx - w / 2, cy - h / 2, w, h].map(r1).join(' ');
}

/** Where a country's name may go when the site has not said, and how much room its land has in the frame. */
interface AutoLabel {
  /** The middle of its land in the frame, if that lies on its land. */
  p?: [number, number];
  /** The width of its land in the frame. */
  room: number;
  area: number;
}

/** What a map draws the same whatever its events: projected once per atlas and frame. */
interface Ground {
  projection: ReturnType<typeof projectionOf>;
  path: ReturnType<typeof geoPath>;
  countries: { code?: string; d: string; index: number }[];
  borders: string;
  highlighted: string[];
  /** By country index, for the countries drawn that have a code. */
  labels: Map<number, AutoLabel>;
  /** groundDocument's text, made when a page first asks for it. */
  document?: string;
}

/** A ground as text (JSON has no Infinity, which an empty bound gives: numbers are written as strings). */
interface GroundText {
  countries: Ground['countries'];
  borders: string;
  highlighted: string[];
  labels: [index: number, p: [string, string] | null, room: string, area: string][];
}

// Every actor and event page draws a map over the same countries; projecting their outlines,
// or working out where each country's name may go, again for each page cost a 2,500-page
// build seconds. The ground is also kept between builds (src/lib/cache/registry.ts), by the
// atlas's digest and the frame.
const grounds = new WeakMap<Atlas, Map<MapFrame, Ground>>();
const digests = new WeakMap<Atlas, string>();

function atlasDigest(atlas: Atlas): string {
  let digest = digests.get(atlas);
  if (!digest) digests.set(atlas, (digest = createHash('sha256').update(JSON.stringify(atlas)).digest('hex')));
  return digest;
}

function groundOf(atlas: Atlas, frame: MapFrame): Ground {
  let byFrame = grounds.get(atlas);
  if (!byFrame) grounds.set(atlas, (byFrame = new Map()));
  let ground = byFrame.get(frame);
  if (!ground) {
    const projection = projectionOf(frame);
    // A tenth of a unit for a region; whole units for much of the world, where a tenth is
    // finer than the outlines themselves and doubles their weight.
    const path = geoPath(projection).digits(lonSpan(frame.bounds) > 90 ? 0 : 1);
    const text = JSON.parse(cachedText('grounds', [atlasDigest(atlas), frame], () => JSON.stringify(projectGround(atlas, projection, path)))) as GroundText;
    const labels = new Map(text.labels.map(([index, p, room, area]) => [index, { p: p ? [Number(p[0]), Number(p[1])] as [number, number] : undefined, room: Number(room), area: Number(area) }]));
    ground = { projection, path, countries: text.countries, borders: text.borders, highlighted: text.highlighted, labels };
    byFrame.set(frame, ground);
  }
  return ground;
}

function projectGround(atlas: Atlas, projection: Ground['projection'], path: Ground['path']): GroundText {
  const countries = atlas.countries.map((c, index) => ({ code: c.code, d: path(c.feature) ?? '', index })).filter((c) => c.d !== '');
  const labels = countries.filter((c) => c.code !== undefined).map((c): GroundText['labels'][number] => {
    const feature = atlas.countries[c.index]!.feature;
    const p = autoLabelPoint(projection, path, feature);
    const [[x0], [x1]] = path.bounds(feature);
    return [c.index, p ? [String(p[0]), String(p[1])] : null, String(x1 - x0), String(path.area(feature))];
  });
  return { countries, borders: path(atlas.borders) ?? '', highlighted: atlas.highlighted.map((line) => path(line) ?? ''), labels };
}

/** Where a country's name goes when the site has not said: the middle of its land in the frame, if it lies on that land. */
function autoLabelPoint(projection: Ground['projection'], path: Ground['path'], f: Atlas['countries'][number]['feature']): [number, number] | undefined {
  const centre = path.centroid(f);
  if (!Number.isFinite(centre[0])) return undefined;
  const back = projection.invert?.(centre);
  return back && geoContains(f, back) ? centre : undefined;
}

/** The outline of bounds as a polygon to measure (sampled: parallels bend on most projections). */
function boundsOutline([[w, s], [, n]]: Bounds, span: number): { type: 'MultiPoint'; coordinates: [number, number][] } {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 12; i += 1) {
    coordinates.push([w + (span * i) / 12, s], [w + (span * i) / 12, n], [w, s + ((n - s) * i) / 12], [w + span, s + ((n - s) * i) / 12]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** Draws the map; the caller passes the atlas (read once) and the events to mark. */
export function renderMap(atlas: Atlas, events: MapEvent[], options: MapOptions): MapDrawing {
  const { frame, id } = options;
  const scale = options.scale ?? 1;
  const ground = groundOf(atlas, frame);
  const { projection, path, countries, borders, highlighted } = ground;
  const highlight = new Set(options.highlight ?? []);
  const places = placeMarks(events, projection, scale);
  const notDrawn = events.flatMap((event) => {
    const reason = whyNotDrawn(event, projection);
    return reason ? [{ event, reason }] : [];
  });

  // Country names: the site's spots, or the middle of each country's land; dropped when
  // outside the frame, wider than the land, or on top of another name.
  const countryFont = 11 * scale;
  const countryBoxes: Box[] = [];
  const countryLabels: string[] = [];
  const own = options.countryLabels ?? {};
  const declared = Object.keys(own).length > 0;
  const candidates = countries
    .filter((c): c is typeof c & { code: string } => c.code !== undefined && (!declared || own[c.code] !== undefined))
    .map((c) => {
      const at = own[c.code];
      if (at) return { code: c.code, p: projection(at), room: Infinity, area: Infinity };
      const auto = ground.labels.get(c.index)!;
      return { code: c.code, p: auto.p, room: auto.room, area: auto.area };
    })
    // Without the site's spots, the largest countries are named first.
    .sort((a, b) => declared ? 0 : b.area - a.area);
  for (const c of candidates) {
    const { p } = c;
    if (!p) continue;
    const text = options.countryName(c.code).toLocaleUpperCase(options.language);
    const w = textWidth(text, countryFont) * 1.15;
    if (w > c.room) continue;
    const box = { x: p[0] - w / 2, y: p[1] - countryFont, w, h: countryFont * 1.2 };
    if (box.x < 2 || box.x + box.w > frame.width - 2 || box.y < 2 || box.y + box.h > frame.height - 2) continue;
    if (countryBoxes.some((b) => b.x < box.x + box.w && box.x < b.x + b.w && b.y < box.y + box.h && box.y < b.y + b.h)) continue;
    countryBoxes.push(box);
    countryLabels.push(`<text class="map-country-label"${attrs({ x: r1(p[0]), y: r1(p[1]), 'font-size': r1(countryFont) })}>${esc(text)}</text>`);
  }

  const drawnCount = places.reduce((n, p) => n + p.marks.length, 0);
  const clustered = options.clusters !== undefined && drawnCount > MAP_MARK_CAP;
  const markBoxes: Box[] = clustered ? [] : places.flatMap((p) => p.marks.map((m) => ({ x: m.x - m.r, y: m.y - m.r, w: m.r * 2, h: m.r * 2 })));
  // Busiest places claim their label spot first; ties by name, for a stable picture.
  const requests: LabelRequest[] = [...places]
    .sort((a, b) => b.marks.length - a.marks.length || a.name.localeCompare(b.name))
    .map((p) => ({ text: p.name, x: p.x, y: p.y, gap: Math.max(...p.marks.map((m) => Math.max(Math.hypot(m.x - p.x, m.y - p.y) + m.r, m.area))), fontSize: 13 * scale }));
  // Clusters name their places themselves (their titles); the map labels no places then.
  const placeLabelsDrawn = clustered ? [] : placeLabels(requests, [...countryBoxes, ...markBoxes], frame.width, frame.height);

  const marks = clustered ? [] : places.flatMap((p) => p.marks).map((m) => {
    const e = m.event;
    const name = `${e.title}, ${e.when}, ${e.place}`;
    const soft = m.area > 0 ? `<circle class="map-area"${attrs({ cx: m.cx, cy: m.cy, r: r1(m.area) })}/>` : '';
    return `<a class="map-mark"${attrs({
      href: e.href, 'aria-label': name, 'data-event': e.id, 'data-min': e.min, 'data-max': e.max,
      'data-actors': e.actors.join(' '), 'data-kind': e.kind, 'data-country': e.country,
      'data-title': e.title, 'data-when': e.when, 'data-place': e.place, 'data-precision': e.precision,
    })}>${soft}<circle class="map-dot"${attrs({ cx: m.x, cy: m.y, r: r1(m.r), 'data-at': m.x !== m.cx || m.y !== m.cy ? `${m.cx} ${m.cy}` : undefined })}/></a>`;
  });

  const lines = highlighted.filter(Boolean).map((d) => `<path class="map-highlight-halo"${attrs({ d })}/><path class="map-highlight"${attrs({ d })}/>`).join('');
  const country = (c: Ground['countries'][number]) => `<path${attrs({ class: `map-country${c.code && highlight.has(c.code) ? ' is-subject' : ''}`, 'data-country': c.code, d: c.d })}/>`;
  // Served once: the land and the borders are the file's, each country shaded as the map's
  // subject is drawn again over it.
  const groundFile = options.groundAt?.((ground.document ??= groundDocument(frame, countries, borders)));
  const land = groundFile
    ? `<use class="map-country"${attrs({ href: `${groundFile}#land` })}/>${countries.filter((c) => c.code && highlight.has(c.code)).map(country).join('')}`
    : countries.map(country).join('');
  const borderLines = groundFile ? `<use class="map-borders"${attrs({ href: `${groundFile}#borders` })}/>` : `<path class="map-borders"${attrs({ d: borders })}/>`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      class: 'map', viewBox: `0 0 ${frame.width} ${frame.height}`, role: 'group',
      'aria-labelledby': `${id}-title ${id}-desc`, 'data-pagefind-ignore': ''
    })}>`,
    `<title id="${esc(id)}-title">${esc(options.title)}</title>`,
    `<desc id="${esc(id)}-desc">${esc(options.description)}</desc>`,
    // The sea under everything: every country of Natural Earth is drawn over it, so what is
    // not a country's land is water.
    `<rect class="map-ground" width="${frame.width}" height="${frame.height}"/>`,
    `<g class="map-countries" aria-hidden="true">${land}</g>`,
    `<g class="map-lines" aria-hidden="true">${borderLines}${lines}</g>`,
    `<g class="map-country-labels" aria-hidden="true">${countryLabels.join('')}</g>`,
    clustered
      ? `<g class="map-marks map-clusters">${clustersSvg(clusterPoints(places.flatMap((p) => p.marks.map((m) => ({ x: p.x, y: p.y, place: p.name, country: m.event.country })))), options.clusters!, options.clusters!.href, scale)}</g>`
      : `<g class="map-marks">${marks.join('')}</g>`,
    `<g class="map-place-labels" aria-hidden="true">${placeLabelsDrawn.map((l) => `<text${attrs({ x: l.x, y: l.y, 'text-anchor': l.anchor, 'font-size': r1(13 * scale), 'data-at': l.at.join(' ') })}>${esc(l.text)}</text>`).join('')}</g>`,
    '</svg>',
  ];

  const zooms: Zoom[] = [];
  if (options.whole !== undefined) {
    zooms.push({ key: 'all', label: options.whole, viewBox: `0 0 ${frame.width} ${frame.height}` });
    (options.borderZooms ?? []).forEach((label, i) => {
      if (label && highlighted[i]) zooms.push({ key: `border-${i + 1}`, label, viewBox: viewBoxOf(path.bounds(atlas.highlighted[i]!), frame, 40) });
    });
    for (const z of options.zoomTo ?? []) {
      let box: [[number, number], [number, number]] | undefined;
      if (z.countries) {
        const shapes = atlas.countries.filter((c) => c.code && z.countries!.includes(c.code) && countries.some((d) => d.code === c.code));
        if (shapes.length > 0) box = path.bounds({ type: 'FeatureCollection', features: shapes.map((s) => s.feature) });
      } else if (z.bounds) {
        box = path.bounds(boundsOutline(z.bounds, lonSpan(z.bounds)));
      }
      if (box && Number.isFinite(box[0][0])) zooms.push({ key: z.key, label: z.label, viewBox: viewBoxOf(box, frame, 16) });
    }
  }
  return { svg: parts.join('\n'), places, zooms, notDrawn, bordersShown: highlighted.map((d) => d !== ''), clustered };
}
