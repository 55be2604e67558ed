/**
 * The map as an SVG string, drawn at build time: countries, their borders, the frontier,
 * country names, one linked mark per event and labels for the places. The same function
 * draws `/map/`, the locator of an event page and an actor's map.
 */
import { geoPath } from 'd3-geo';
import type { Atlas } from './atlas.ts';
import { FRONTIER } from './atlas.ts';
import { placeLabels, type LabelRequest } from './labels.ts';
import { makeProjection, placeMarks, type MapEvent, type MapFrame, type Place } from './marks.ts';
import { attrs, esc, r1, textWidth, type Box } from '../svg.ts';

/** Where each country's name sits (degrees): inside its land within the region, clear of the frontier. */
export const COUNTRY_LABEL_AT: Record<string, [number, number]> = {
  AF: [65.2, 33.4], TJ: [71.3, 38.9], UZ: [65.6, 40.9], PK: [70.6, 30.3],
  TM: [61.6, 38.3], KG: [73.7, 41.2], IR: [60.9, 31.2], CN: [75.9, 38.6],
};

export interface MapOptions {
  frame: MapFrame;
  /** Unique within the page: prefixes the ids of <title> and <desc>. */
  id: string;
  title: string;
  description: string;
  /** Country names in the reader's language, by alpha-2 code. */
  countryName: (code: string) => string;
  /** Size of marks and text relative to the full map (a locator draws them larger). */
  scale?: number;
  /** Countries to shade as the subject of the map. */
  highlight?: string[];
  /** Zoom targets to compute (alpha-2 codes); the frontier and the whole map always come. */
  zoomTo?: string[];
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

/** What a map draws the same whatever its events: projected once per atlas and frame. */
interface Ground {
  projection: ReturnType<typeof makeProjection>;
  path: ReturnType<typeof geoPath>;
  countries: { code: string; d: string }[];
  borders: string;
  frontier: string;
}

// Every actor and event page draws a map over the same countries; projecting their outlines
// again for each page cost a 2,500-page build seconds.
const grounds = new WeakMap<Atlas, Map<MapFrame, Ground>>();

function groundOf(atlas: Atlas, frame: MapFrame): Ground {
  let byFrame = grounds.get(atlas);
  if (!byFrame) grounds.set(atlas, (byFrame = new Map()));
  let ground = byFrame.get(frame);
  if (!ground) {
    const projection = makeProjection(frame);
    const path = geoPath(projection).digits(1);
    ground = {
      projection,
      path,
      countries: atlas.countries.map((c) => ({ code: c.code, d: path(c.feature) ?? '' })).filter((c) => c.d !== ''),
      borders: path(atlas.borders) ?? '',
      frontier: path(atlas.frontier) ?? '',
    };
    byFrame.set(frame, ground);
  }
  return ground;
}

/** Draws the map; the caller passes the atlas (read once) and the events to mark. */
export function renderMap(atlas: Atlas, events: MapEvent[], options: MapOptions): MapDrawing {
  const { frame, id } = options;
  const scale = options.scale ?? 1;
  const { projection, path, countries, borders, frontier } = groundOf(atlas, frame);
  const highlight = new Set(options.highlight ?? [FRONTIER.country]);
  const places = placeMarks(events, projection, frame, scale);
  const drawn = new Set(countries.map((c) => c.code));

  // Country names: fixed spots, dropped when outside the frame or on top of another name.
  const countryFont = 11 * scale;
  const countryBoxes: Box[] = [];
  const countryLabels: string[] = [];
  for (const c of countries) {
    const at = COUNTRY_LABEL_AT[c.code];
    const p = at && projection(at);
    if (!p) continue;
    const text = options.countryName(c.code).toUpperCase();
    const w = textWidth(text, countryFont) * 1.15;
    const box = { x: p[0] - w / 2, y: p[1] - countryFont, w, h: countryFont * 1.2 };
    if (box.x < 2 || box.x + box.w > frame.width - 2 || box.y < 2 || box.y + box.h > frame.height - 2) continue;
    if (countryBoxes.some((b) => b.x < box.x + box.w && box.x < b.x + b.w && b.y < box.y + box.h && box.y < b.y + b.h)) continue;
    countryBoxes.push(box);
    countryLabels.push(`<text class="map-country-label"${attrs({ x: r1(p[0]), y: r1(p[1]), 'font-size': r1(countryFont) })}>${esc(text)}</text>`);
  }

  const markBoxes: Box[] = places.flatMap((p) => p.marks.map((m) => ({ x: m.x - m.r, y: m.y - m.r, w: m.r * 2, h: m.r * 2 })));
  // Busiest places claim their label spot first; ties by name, for a stable picture.
  const requests: LabelRequest[] = [...places]
    .sort((a, b) => b.marks.length - a.marks.length || a.name.localeCompare(b.name))
    .map((p) => ({ text: p.name, x: p.x, y: p.y, gap: Math.max(...p.marks.map((m) => Math.max(Math.hypot(m.x - p.x, m.y - p.y) + m.r, m.area))), fontSize: 13 * scale }));
  const placeLabelsDrawn = placeLabels(requests, [...countryBoxes, ...markBoxes], frame.width, frame.height);

  const marks = places.flatMap((p) => p.marks).map((m) => {
    const e = m.event;
    const name = `${e.title}, ${e.when}, ${e.place}`;
    const soft = m.area > 0 ? `<circle class="map-area"${attrs({ cx: m.cx, cy: m.cy, r: r1(m.area) })}/>` : '';
    return `<a class="map-mark"${attrs({
      href: e.href, 'aria-label': name, 'data-event': e.id, 'data-min': e.min, 'data-max': e.max,
      'data-actors': e.actors.join(' '), 'data-kind': e.kind, 'data-country': e.country,
      'data-title': e.title, 'data-when': e.when, 'data-place': e.place, 'data-precision': e.precision,
    })}>${soft}<circle class="map-dot"${attrs({ cx: m.x, cy: m.y, r: r1(m.r), 'data-at': m.x !== m.cx || m.y !== m.cy ? `${m.cx} ${m.cy}` : undefined })}/></a>`;
  });

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      class: 'map', viewBox: `0 0 ${frame.width} ${frame.height}`, role: 'group',
      'aria-labelledby': `${id}-title ${id}-desc`, 'data-pagefind-ignore': ''
    })}>`,
    `<title id="${esc(id)}-title">${esc(options.title)}</title>`,
    `<desc id="${esc(id)}-desc">${esc(options.description)}</desc>`,
    // The frame lies wholly on land (the nearest sea is the Arabian, south of any frame
    // here), so the ground under the countries is land colour: a territory outside the
    // country list (Kashmir, Aksai Chin) then reads as land, not as water.
    `<rect class="map-ground" width="${frame.width}" height="${frame.height}"/>`,
    `<g class="map-countries" aria-hidden="true">${countries.map((c) => `<path${attrs({ class: `map-country${highlight.has(c.code) ? ' is-subject' : ''}`, 'data-country': c.code, d: c.d })}/>`).join('')}</g>`,
    `<g class="map-lines" aria-hidden="true"><path class="map-borders"${attrs({ d: borders })}/>`
      + (frontier ? `<path class="map-frontier-halo"${attrs({ d: frontier })}/><path class="map-frontier"${attrs({ d: frontier })}/>` : '') + '</g>',
    `<g class="map-country-labels" aria-hidden="true">${countryLabels.join('')}</g>`,
    `<g class="map-marks">${marks.join('')}</g>`,
    `<g class="map-place-labels" aria-hidden="true">${placeLabelsDrawn.map((l) => `<text${attrs({ x: l.x, y: l.y, 'text-anchor': l.anchor, 'font-size': r1(13 * scale), 'data-at': l.at.join(' ') })}>${esc(l.text)}</text>`).join('')}</g>`,
    '</svg>',
  ];

  const zooms: Zoom[] = [{ key: 'all', label: 'Whole region', viewBox: `0 0 ${frame.width} ${frame.height}` }];
  if (frontier) zooms.push({ key: 'frontier', label: 'The frontier', viewBox: viewBoxOf(path.bounds(atlas.frontier), frame, 40) });
  for (const code of options.zoomTo ?? []) {
    const c = atlas.countries.find((x) => x.code === code);
    if (c && drawn.has(code)) zooms.push({ key: code, label: options.countryName(code), viewBox: viewBoxOf(path.bounds(c.feature), frame, 16) });
  }
  return { svg: parts.join('\n'), places, zooms };
}
