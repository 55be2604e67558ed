import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/lib/labels.ts';
import { regionAtlas, loadTopology } from '../../src/lib/map/atlas.ts';
import { placeLabels } from '../../src/lib/map/labels.ts';
import { makeProjection, mapEvents, placeMarks, RADIUS, REGION, SMALL, type MapEvent } from '../../src/lib/map/marks.ts';
import { groupPlaces } from '../../src/lib/map/places.ts';
import { renderMap } from '../../src/lib/map/render.ts';
import { overlaps } from '../../src/lib/svg.ts';
import { fixtureGraph } from '../helpers/fixture-graph.ts';

const ev = (id: string, extra: Partial<MapEvent> = {}): MapEvent => ({
  id, title: id, href: `/events/${id}/`, when: '16 July 2022', min: 0, max: 1, kind: 'attack',
  actors: ['iskp'], country: 'AF', place: 'Kabul', lat: 34.5553, lon: 69.2075, precision: 1, ...extra,
});
const atlas = regionAtlas(loadTopology('110m'));

describe('the projection', () => {
  const projection = makeProjection(REGION);
  it('puts the region inside the frame, north up and east right', () => {
    const kabul = projection([69.2075, 34.5553])!;
    const peshawar = projection([71.5249, 34.0151])!;
    const imamSahib = projection([68.9108, 37.1747])!;
    for (const [x, y] of [kabul, peshawar, imamSahib]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(REGION.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(REGION.height);
    }
    expect(peshawar[0]).toBeGreaterThan(kabul[0]);
    expect(imamSahib[1]).toBeLessThan(kabul[1]);
  });
});

describe('marks', () => {
  const projection = makeProjection(REGION);
  it('draws a town as a dot and a rough place as a larger soft circle, by geo precision', () => {
    const places = placeMarks([ev('town'), ev('near', { lat: 37.17, lon: 68.91, precision: 2 }), ev('region', { lat: 36, lon: 66, precision: 3 })], projection, REGION);
    const area = Object.fromEntries(places.flatMap((p) => p.marks).map((m) => [m.event.id, m.area]));
    expect(area).toEqual({ town: 0, near: RADIUS[2], region: RADIUS[3] });
    expect(RADIUS[3]).toBeGreaterThan(RADIUS[2]);
  });

  it('leaves out events without coordinates or outside the frame', () => {
    const places = placeMarks([ev('nowhere', { lat: undefined, lon: undefined }), ev('paris', { lat: 48.85, lon: 2.35 })], projection, REGION);
    expect(places).toEqual([]);
  });

  it('rings several events at one place so that each dot is apart, around the place', () => {
    const [kabul] = placeMarks([ev('a'), ev('b'), ev('c')], projection, REGION);
    expect(kabul!.marks).toHaveLength(3);
    const dots = kabul!.marks.map((m) => ({ x: m.x - m.r, y: m.y - m.r, w: m.r * 2, h: m.r * 2 }));
    for (let i = 0; i < dots.length; i += 1) for (let j = i + 1; j < dots.length; j += 1) expect(overlaps(dots[i]!, dots[j]!)).toBe(false);
    const distances = kabul!.marks.map((m) => Math.hypot(m.x - kabul!.x, m.y - kabul!.y));
    for (const d of distances) expect(d).toBeCloseTo(distances[0]!, 0);
  });
});

describe('labels', () => {
  it('moves a label off an obstacle and never overlaps two labels', () => {
    const placed = placeLabels([
      { text: 'Kabul', x: 100, y: 100, gap: 5, fontSize: 13 },
      { text: 'Kabul airport', x: 102, y: 100, gap: 5, fontSize: 13 },
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
  const draw = (events: MapEvent[]) => renderMap(atlas, events, { frame: SMALL, id: 'm', title: 'Map <title>', description: 'A & B', countryName, zoomTo: ['AF', 'TJ'] });

  it('draws the frontier, the countries and one link per event with its title and date in words', () => {
    const { svg } = draw([ev('2022-07-16-op', { title: 'Operation', place: 'Imam Sahib district', lat: 37.1747, lon: 68.9108, precision: 2 })]);
    expect(svg).toMatch(/<path class="map-frontier" d="M[\d.,LM]+"/);
    expect(svg).toContain('data-country="TJ"');
    expect(svg).toContain('<a class="map-mark" href="/events/2022-07-16-op/" aria-label="Operation, 16 July 2022, Imam Sahib district"');
    expect(svg).toContain('<circle class="map-area"');
    expect(svg).toContain('role="group" aria-labelledby="m-title m-desc" data-pagefind-ignore=""');
    expect(svg).toContain('<title id="m-title">Map &lt;title&gt;</title>');
    expect(svg).toContain('<desc id="m-desc">A &amp; B</desc>');
  });

  it('escapes content in text and attributes', () => {
    const { svg } = draw([ev('x', { title: '</svg><script>alert(1)</script>"', place: '<b>Kabul</b>' })]);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;');
  });

  it('offers zooms to the whole map, the frontier and the named countries', () => {
    const { zooms } = draw([ev('a')]);
    expect(zooms.map((z) => z.key)).toEqual(['all', 'frontier', 'AF', 'TJ']);
    for (const z of zooms) expect(z.viewBox).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
  });

  it('writes only rounded numbers, and the same drawing every time', () => {
    const a = draw([ev('a'), ev('b')]).svg;
    expect(draw([ev('a'), ev('b')]).svg).toBe(a);
    expect(a).not.toMatch(/\d\.\d{2,}/);
  });

  it('matches the snapshot of the minimal fixture', async () => {
    const graph = fixtureGraph();
    const events = mapEvents(graph.eventsByDate, (id) => `/events/${id}/`);
    const { svg } = renderMap(atlas, events, { frame: SMALL, id: 'fixture', title: 'Fixture map', description: 'Events of the minimal fixture.', countryName });
    await expect(svg).toMatchFileSnapshot('./snapshots/map-minimal.svg');
  });
});

describe('groupPlaces', () => {
  it('groups events by country, province and place, and keeps events without a place apart', () => {
    const graph = fixtureGraph();
    const { countries, unplaced } = groupPlaces(graph.eventsByDate, countryName);
    expect(countries.map((c) => c.name)).toEqual(['Afghanistan']);
    expect(countries[0]!.provinces[0]!.places.map((p) => [p.name, p.onMap, p.events.map((e) => e.id)])).toEqual([['Kabul', true, ['2020-05-01-fixture-raid']]]);
    expect(unplaced.map((e) => e.id)).toEqual(['2020-06-fixture-report']);
  });
});
