import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alpha2, landAtlas, loadTopology, worldAtlas } from '../../src/lib/figures/map/atlas.ts';
import { defaultProjection, fitBounds, frameFor, lonSpan, makeProjection, MIN_SPAN, projectInFrame, projectionOf, WORLD, type Bounds, type MapFrame } from '../../src/lib/figures/map/frame.ts';
import { placeLabels } from '../../src/lib/figures/map/labels.ts';
import { mapEvents, placeMarks, RADIUS, whyNotDrawn, type MapEvent } from '../../src/lib/figures/map/marks.ts';
import { groupPlaces } from '../../src/lib/figures/map/places.ts';
import { renderMap } from '../../src/lib/figures/map/render.ts';
import { LOCAL_SPAN, siteMap } from '../../src/lib/figures/map/site-map.ts';
import { siteSchema } from '../../src/lib/content/schema.ts';
import { loadSiteConfig } from '../../src/lib/content/site-config.ts';
import { overlaps } from '../../src/lib/figures/svg.ts';
import { fixtureGraph } from '../helpers/fixture-graph.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

const countryName = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
const ev = (id: string, extra: Partial<MapEvent> = {}): MapEvent => ({
  id, title: id, href: `/events/${id}/`, when: '16 July 2022', min: 0, max: 1, kind: 'attack',
  actors: ['guild'], country: 'PT', place: 'Grayhaven', lat: 39.6, lon: -8.4, precision: 1, ...extra,
});
/** The shared fixture site's declared region (its invented coast), at the size of /map/ and of a locator. */
const REGION_BOUNDS: Bounds = [[-11, 31], [1, 44]];
const REGION = frameFor(REGION_BOUNDS, undefined, 720, 560, 8);
const SMALL = frameFor(REGION_BOUNDS, undefined, 480, 373, 6);
const LAMP_LINE = [{ country: 'PT', neighbours: ['ES'] }];
const atlas = worldAtlas(loadTopology('110m'), LAMP_LINE);
const inFrame = (frame: MapFrame, [lon, lat]: [number, number]) => projectInFrame(makeProjection(frame), lon, lat) !== null;

describe('the projection', () => {
  const projection = makeProjection(REGION);
  it('puts the region inside the frame, north up and east right', () => {
    const grayhaven = projection([-8.4, 39.6])!;
    const kestrelPoint = projection([-6.9, 33.9])!;
    const lowmere = projection([-6.6, 40.4])!;
    for (const [x, y] of [grayhaven, kestrelPoint, lowmere]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(REGION.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(REGION.height);
    }
    expect(lowmere[0]).toBeGreaterThan(grayhaven[0]);
    expect(lowmere[1]).toBeLessThan(grayhaven[1]);
    expect(kestrelPoint[1]).toBeGreaterThan(grayhaven[1]);
  });

  it('keeps the declared region at the size it always had', () => {
    expect([REGION.width, REGION.height, SMALL.width, SMALL.height]).toEqual([720, 560, 480, 373]);
    expect(defaultProjection(REGION_BOUNDS)).toBe('conicEqualArea');
    expect(defaultProjection(WORLD)).toBe('equalEarth');
  });
});

describe('the frame fits the events', () => {
  // A launch in Florida, one in Kazakhstan, a splashdown in the Pacific and a landing in Australia.
  const florida: [number, number] = [-80.6, 28.5];
  const baikonur: [number, number] = [63.3, 45.9];
  const pacific: [number, number] = [-169.2, 13.3];
  const australia: [number, number] = [133.9, -23.7];

  it('holds points in both hemispheres, north and south, east and west', () => {
    const points = [florida, baikonur, pacific, australia];
    const bounds = fitBounds(points);
    const frame = frameFor(bounds, undefined, 720, 560, 8);
    for (const p of points) expect(inFrame(frame, p)).toBe(true);
    expect(defaultProjection(bounds)).toBe('equalEarth');
    // A world-wide spread makes a low map, not a tall one.
    expect(frame.height).toBeLessThan(560);
  });

  it('goes the short way across the 180th meridian', () => {
    const bounds = fitBounds([[170, -40], [-170, -35], [178, -38]]);
    const [[west], [east]] = bounds;
    expect(west).toBeGreaterThan(east);
    expect(lonSpan(bounds)).toBeLessThan(40);
    const frame = frameFor(bounds, undefined, 720, 560, 8);
    for (const p of [[170, -40], [-170, -35], [180, -37]] as [number, number][]) expect(inFrame(frame, p)).toBe(true);
    expect(inFrame(frame, [0, -37])).toBe(false);
  });

  it('shows one place with its surroundings, and the world when there is nothing to draw', () => {
    const [[w, s], [e, n]] = fitBounds([[-8.4, 39.6]]);
    expect(e - w).toBeCloseTo(MIN_SPAN.lon, 5);
    expect(n - s).toBeCloseTo(MIN_SPAN.lat, 5);
    expect(w).toBeLessThan(-8.4);
    expect(e).toBeGreaterThan(-8.4);
    expect(fitBounds([])).toEqual(WORLD);
  });

  it('fits the minimal site, which declares no bounds, around its one located event', () => {
    const graph = fixtureGraph();
    const map = siteMap(loadSiteConfig(join(MINIMAL, 'content')).map, graph.eventsByDate);
    expect(map.declared).toBe(false);
    expect(inFrame(map.full, [-8.4, 39.6])).toBe(true);
    expect(inFrame(map.full, [2.35, 48.85])).toBe(false);
  });
});

describe('where a place can be drawn', () => {
  const projection = makeProjection(REGION);
  it('never draws a place off Earth, even with coordinates', () => {
    expect(whyNotDrawn({ lat: 0.674, lon: 23.473, body: 'the Moon' }, projection)).toBe('off-earth');
  });
  it('says when the sources give no coordinates, or the frame does not show the place', () => {
    expect(whyNotDrawn({}, projection)).toBe('no-coordinates');
    expect(whyNotDrawn({ lat: 48.85, lon: 2.35 }, projection)).toBe('outside');
    expect(whyNotDrawn({ lat: 39.6, lon: -8.4 }, projection)).toBeUndefined();
  });
  it('never draws a place on the far side of a globe, where a projection would mirror it', () => {
    const globe = frameFor([[-40, -30], [40, 30]], 'orthographic', 480, 373, 6);
    expect(inFrame(globe, [10, 10])).toBe(true);
    expect(inFrame(globe, [170, -10])).toBe(false);
  });

  it('draws a place at sea, in no country, at its coordinates', () => {
    const bounds = fitBounds([[-80.6, 28.5], [-169.2, 13.3]]);
    const frame = frameFor(bounds, undefined, 720, 560, 8);
    const [place] = placeMarks([ev('splashdown', { country: undefined, place: 'Pacific Ocean', lat: 13.3, lon: -169.2 })], makeProjection(frame));
    expect(place!.marks[0]!.event.id).toBe('splashdown');
    expect(place!.x).toBeGreaterThan(0);
  });
  it('tells the country of a Natural Earth shape from its ISO number, with Intl\'s own data', () => {
    expect(alpha2('620')).toBe('PT');
    expect(alpha2(840)).toBe('US');
    expect(alpha2(undefined)).toBeUndefined();
    expect(alpha2('-99')).toBeUndefined();
    expect(atlas.countries.filter((c) => c.code).length).toBeGreaterThan(150);
  });
});

describe('marks', () => {
  const projection = makeProjection(REGION);
  it('draws a town as a dot and a rough place as a larger soft circle, by geo precision', () => {
    const places = placeMarks([ev('town'), ev('near', { lat: 40.4, lon: -6.6, precision: 2 }), ev('region', { lat: 38, lon: -5, precision: 3 })], projection);
    const area = Object.fromEntries(places.flatMap((p) => p.marks).map((m) => [m.event.id, m.area]));
    expect(area).toEqual({ town: 0, near: RADIUS[2], region: RADIUS[3] });
    expect(RADIUS[3]).toBeGreaterThan(RADIUS[2]);
  });

  it('draws no mark for events without coordinates, off Earth or outside the frame', () => {
    const places = placeMarks([ev('nowhere', { lat: undefined, lon: undefined }), ev('paris', { lat: 48.85, lon: 2.35 }), ev('moon', { country: undefined, body: 'the Moon', lat: 39.6, lon: -8.4 })], projection);
    expect(places).toEqual([]);
  });

  it('rings several events at one place so that each dot is apart, around the place', () => {
    const [grayhaven] = placeMarks([ev('a'), ev('b'), ev('c')], projection);
    expect(grayhaven!.marks).toHaveLength(3);
    const dots = grayhaven!.marks.map((m) => ({ x: m.x - m.r, y: m.y - m.r, w: m.r * 2, h: m.r * 2 }));
    for (let i = 0; i < dots.length; i += 1) for (let j = i + 1; j < dots.length; j += 1) expect(overlaps(dots[i]!, dots[j]!)).toBe(false);
    const distances = grayhaven!.marks.map((m) => Math.hypot(m.x - grayhaven!.x, m.y - grayhaven!.y));
    for (const d of distances) expect(d).toBeCloseTo(distances[0]!, 0);
  });
});

describe('labels', () => {
  it('moves a label off an obstacle and never overlaps two labels', () => {
    const placed = placeLabels([
      { text: 'Grayhaven', x: 100, y: 100, gap: 5, fontSize: 13 },
      { text: 'Grayhaven pier', x: 102, y: 100, gap: 5, fontSize: 13 },
    ], [{ x: 106, y: 95, w: 30, h: 10 }], 300, 200);
    expect(placed.map((l) => l.anchor)).toEqual(['end', 'middle']);
    expect(overlaps(placed[0]!.box, placed[1]!.box)).toBe(false);
    expect(overlaps(placed[0]!.box, { x: 106, y: 95, w: 30, h: 10 })).toBe(false);
  });

  it('drops a label that fits nowhere rather than drawing it over another', () => {
    const placed = placeLabels([{ text: 'Somewhere long', x: 10, y: 10, gap: 2, fontSize: 13 }], [], 20, 20);
    expect(placed).toEqual([]);
  });
});

describe('renderMap', () => {
  const draw = (events: MapEvent[]) => renderMap(atlas, events, {
    frame: SMALL, id: 'm', title: 'Map <title>', description: 'A & B', countryName, highlight: ['PT'],
    whole: 'Whole region', borderZooms: ['The lamp line'], zoomTo: [{ key: 'PT', label: 'Portugal', countries: ['PT'] }, { key: 'ES', label: 'Spain', countries: ['ES'] }, { key: 'box', label: 'Around Grayhaven', bounds: [[-9.5, 38.5], [-7.5, 40.5]] }],
  });

  it('draws the highlighted border, every country and one link per event with its title and date in words', () => {
    const { svg } = draw([ev('2022-07-16-op', { title: 'Operation', place: 'Lowmere parish', lat: 40.4, lon: -6.6, precision: 2 })]);
    expect(svg).toMatch(/<path class="map-highlight" d="M[\d.,LMZ-]+"/);
    expect(svg).toContain('data-country="ES"');
    // Countries the site never named are drawn too (the same Natural Earth data).
    expect(svg).toContain('data-country="DZ"');
    expect(svg).toContain('class="map-country is-subject" data-country="PT"');
    expect(svg).toContain('<rect class="map-ground"');
    expect(svg).toContain('<a class="map-mark" href="/events/2022-07-16-op/" aria-label="Operation, 16 July 2022, Lowmere parish"');
    expect(svg).toContain('<circle class="map-area"');
    expect(svg).toContain('role="group" aria-labelledby="m-title m-desc" data-pagefind-ignore=""');
    expect(svg).toContain('<title id="m-title">Map &lt;title&gt;</title>');
    expect(svg).toContain('<desc id="m-desc">A &amp; B</desc>');
  });

  it('references a shared ground when one is served: the land and borders once in a file, the subject drawn over it', () => {
    const files: string[] = [];
    const options = { frame: SMALL, id: 'm', title: 't', description: 'd', countryName, highlight: ['PT'] };
    const inline = renderMap(atlas, [ev('a')], options).svg;
    const shared = renderMap(atlas, [ev('a')], { ...options, groundAt: (svg) => (files.push(svg), '/sub/map/ground/x.svg') }).svg;
    expect(shared).toContain('<use class="map-country" href="/sub/map/ground/x.svg#land"/>');
    expect(shared).toContain('<use class="map-borders" href="/sub/map/ground/x.svg#borders"/>');
    // The subject's outline stays in the page, over the shared land; no other country does.
    expect(shared.match(/<path class="map-country[^"]*"/g)).toEqual(['<path class="map-country is-subject"']);
    expect(shared).toContain('data-country="PT"');
    expect(shared).not.toContain('data-country="ES"');
    // What the page no longer carries: every other country's outline and the borders.
    const others = [...inline.matchAll(/<path class="map-country" data-country="[A-Z]+" d="([^"]+)"/g)].map((m) => m[1]!);
    expect(others.length).toBeGreaterThan(0);
    for (const d of others) expect(shared).not.toContain(d);
    expect(shared.length).toBeLessThan(inline.length - others.join('').length);
    // The file holds every country's outline and the borders the inline map draws, as its own document.
    const [file] = files;
    expect(file).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 480 373">/);
    const outlines = (svg: string) => [...svg.matchAll(/<path class="map-country[^"]*" data-country="[A-Z]+" d="([^"]+)"/g)].map((m) => m[1]);
    for (const d of outlines(inline)) expect(file).toContain(`<path d="${d}"/>`);
    const borders = /<path class="map-borders" d="([^"]+)"/.exec(inline)![1];
    expect(file).toContain(`<path id="borders" vector-effect="non-scaling-stroke" d="${borders}"/>`);
    // Without a file to reference, the map is drawn whole, as before.
    expect(renderMap(atlas, [ev('a')], { ...options, groundAt: () => undefined }).svg).toBe(inline);
  });

  it('escapes content in text and attributes', () => {
    const { svg } = draw([ev('x', { title: '</svg><script>alert(1)</script>"', place: '<b>Grayhaven</b>' })]);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;');
  });

  it('offers zooms to the whole map, the labelled borders and the presets, by countries or bounds', () => {
    const { zooms } = draw([ev('a')]);
    expect(zooms.map((z) => [z.key, z.label])).toEqual([['all', 'Whole region'], ['border-1', 'The lamp line'], ['PT', 'Portugal'], ['ES', 'Spain'], ['box', 'Around Grayhaven']]);
    for (const z of zooms) expect(z.viewBox).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
  });

  it('offers no zooms when asked for none, and says which highlighted borders it shows', () => {
    const drawing = renderMap(atlas, [ev('a')], { frame: SMALL, id: 'm', title: 't', description: 'd', countryName });
    expect(drawing.zooms).toEqual([]);
    expect(drawing.bordersShown).toEqual([true]);
    const elsewhere = renderMap(atlas, [], { frame: frameFor([[-80, 20], [-60, 35]], undefined, 480, 373, 6), id: 'm', title: 't', description: 'd', countryName });
    expect(elsewhere.bordersShown).toEqual([false]);
    expect(elsewhere.svg).not.toContain('map-highlight');
  });

  it('reports every event it does not draw, with the reason, and draws the rest', () => {
    const drawing = draw([ev('grayhaven'), ev('paris', { country: 'FR', lat: 48.85, lon: 2.35 }), ev('moon', { country: undefined, body: 'the Moon', lat: 0.67, lon: 23.47 }), ev('vague', { lat: undefined, lon: undefined })]);
    expect(drawing.places.flatMap((p) => p.marks.map((m) => m.event.id))).toEqual(['grayhaven']);
    expect(drawing.notDrawn.map((n) => [n.event.id, n.reason])).toEqual([['paris', 'outside'], ['moon', 'off-earth'], ['vague', 'no-coordinates']]);
    expect(drawing.svg).not.toContain('data-event="paris"');
  });

  it('names the countries at the site\'s spots only, when the site gives them, else in the middle of their land', () => {
    const own = renderMap(atlas, [], { frame: REGION, id: 'm', title: 't', description: 'd', countryName, countryLabels: { ES: [-3.5, 40] } }).svg;
    expect([...own.matchAll(/class="map-country-label"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(['SPAIN']);
    const auto = renderMap(atlas, [], { frame: REGION, id: 'm', title: 't', description: 'd', countryName }).svg;
    expect([...auto.matchAll(/class="map-country-label"[^>]*>([^<]+)</g)].map((m) => m[1])).toContain('SPAIN');
  });

  it('writes only rounded numbers, and the same drawing every time', () => {
    const a = draw([ev('a'), ev('b')]).svg;
    expect(draw([ev('a'), ev('b')]).svg).toBe(a);
    expect(a).not.toMatch(/\d\.\d{2,}/);
  });

  it('matches the snapshot of the minimal fixture, on a frame fitted to its events', async () => {
    const graph = fixtureGraph();
    const map = siteMap(loadSiteConfig(join(MINIMAL, 'content')).map, graph.eventsByDate);
    const events = mapEvents(graph.eventsByDate, (id) => `/events/${id}/`, (e) => e.date.words);
    const { svg } = renderMap(worldAtlas(loadTopology('110m')), events, { frame: map.small, id: 'fixture', title: 'Fixture map', description: 'Events of the minimal fixture.', countryName });
    await expect(svg).toMatchFileSnapshot('./snapshots/map-minimal.svg');
  });
});

describe('groupPlaces', () => {
  const projection = makeProjection(REGION);
  const words = {
    countryName,
    noCountry: 'At sea',
    areaName: (_country: string | undefined, name: string) => `${name} province`,
    notDrawn: (loc: { lat?: number; lon?: number; body?: string }) => whyNotDrawn(loc, projection),
  };

  it('groups events by country, area and place, and keeps events without a place apart', () => {
    const graph = fixtureGraph();
    const { groups, unplaced } = groupPlaces(graph.eventsByDate, words);
    expect(groups.map((c) => c.name)).toEqual(['Portugal']);
    expect(groups[0]!.areas[0]!.places.map((p) => [p.name, p.notDrawn, p.events.map((e) => e.id)])).toEqual([['Fixture Town', undefined, ['2020-05-01-fixture-raid']]]);
    expect(unplaced.map((e) => e.id)).toEqual(['2020-06-fixture-report']);
  });

  it('lists places at sea and off Earth after the countries, and says truthfully why a place is not drawn', () => {
    const graph = fixtureGraph();
    const base = graph.eventsByDate[0]!;
    const at = (id: string, location: Record<string, unknown>) => ({ ...base, id, data: { ...base.data, location: { precision: 1, ...location } } }) as typeof base;
    const { groups } = groupPlaces([
      at('moon', { name: 'Sea of Tranquility', body: 'the Moon', lat: 0.67, lon: 23.47 }),
      at('sea', { name: 'Sargasso Sea', lat: 28, lon: -60 }),
      at('paris', { name: 'Paris', country: 'FR', lat: 48.85, lon: 2.35 }),
      at('lowmere', { name: 'Lowmere', country: 'PT', admin1: 'Norvale', lat: 40.4, lon: -6.6 }),
      at('vague', { name: 'Somewhere', country: 'PT' }),
    ], words);
    expect(groups.map((g) => [g.kind, g.key, g.name])).toEqual([
      ['country', 'FR', 'France'], ['country', 'PT', 'Portugal'], ['none', 'no-country', 'At sea'], ['body', 'body-1', 'the Moon'],
    ]);
    const reasons = Object.fromEntries(groups.flatMap((g) => g.areas.flatMap((a) => a.places.map((p) => [p.name, p.notDrawn]))));
    expect(reasons).toEqual({ Lowmere: undefined, Somewhere: 'no-coordinates', Paris: 'outside', 'Sargasso Sea': 'outside', 'Sea of Tranquility': 'off-earth' });
    expect(groups[1]!.areas.map((a) => a.area)).toEqual(['Norvale province', undefined]);
  });
});

describe('small maps of a site spread over the world', () => {
  const settings = (bounds?: Bounds) => siteSchema.parse({ title: 't', description: 'd', language: 'en', map: bounds ? { bounds } : {} }).map;

  it('show their points\' neighbourhood, shared by nearby places; a regional site keeps its own small frame', () => {
    const world = siteMap(settings([[-175, -50], [175, 70]]), []);
    const cape = world.smallFor([[-80.6, 28.6]]);
    expect(cape).not.toBe(world.small);
    expect(lonSpan(cape.bounds)).toBeLessThanOrEqual(LOCAL_SPAN);
    expect(projectInFrame(projectionOf(cape), -80.6, 28.6)).not.toBeNull();
    expect(world.smallFor([[-80.5, 28.5]])).toBe(cape);
    // Points across the world stay on the site's small frame.
    expect(world.smallFor([[-80.6, 28.6], [63.3, 45.9]])).toBe(world.small);
    const region = siteMap(settings(REGION_BOUNDS), []);
    expect(region.smallFor([[-8.4, 39.6]])).toBe(region.small);
  });

  it('draw the land as one shape, without a country\'s border', () => {
    const land = landAtlas();
    expect(land.countries).toHaveLength(1);
    expect(land.countries[0]!.code).toBeUndefined();
    expect(land.borders.coordinates).toEqual([]);
  });
});
