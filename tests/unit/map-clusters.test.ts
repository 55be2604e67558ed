import { describe, expect, it } from 'vitest';
import { clusterPoints, clusterRadius, clustersSvg, clusterWords, NAMED_PLACES } from '../../src/lib/figures/map/clusters.ts';
import { CLUSTER_CELL, MAP_MARK_CAP } from '../../src/lib/render/page-caps.ts';
import { loadTopology, worldAtlas } from '../../src/lib/figures/map/atlas.ts';
import { frameFor } from '../../src/lib/figures/map/frame.ts';
import type { MapEvent } from '../../src/lib/figures/map/marks.ts';
import { renderMap } from '../../src/lib/figures/map/render.ts';

const list = (items: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);
const t = (key: string, v: Record<string, string | number> = {}) =>
  key === 'map.cluster.name' ? `${v.count} events at ${v.places}` : `${v.count} other places`;
const words = clusterWords(t, list, (n) => n.toLocaleString('en'));

describe('map clusters', () => {
  it('groups the places of one grid cell, weighted to their middle, busiest place first', () => {
    const points = [
      ...Array.from({ length: 3 }, () => ({ x: 10, y: 10, place: 'Alpha', country: 'NO' })),
      { x: 20, y: 14, place: 'Beta', country: 'SE' },
      { x: 10 + CLUSTER_CELL * 5, y: 10, place: 'Gamma' },
    ];
    const clusters = clusterPoints(points);
    expect(clusters).toEqual([
      { key: '0,0', x: 12.5, y: 11, count: 4, places: ['Alpha', 'Beta'], country: 'NO' },
      { key: '5,0', x: 130, y: 10, count: 1, places: ['Gamma'] },
    ]);
  });

  it('stays as many clusters as cells however many events there are', () => {
    const at = (n: number) => Array.from({ length: n }, (_, i) => ({ x: (i * 37) % 720, y: (i * 53) % 560, place: `P${i % 50}` }));
    const cells = Math.ceil(720 / CLUSTER_CELL) * Math.ceil(560 / CLUSTER_CELL);
    expect(clusterPoints(at(100_000)).length).toBeLessThanOrEqual(cells);
    const small = clustersSvg(clusterPoints(at(5_000)), words, () => '#p').length;
    const large = clustersSvg(clusterPoints(at(50_000)), words, () => '#p').length;
    expect(large).toBeLessThan(small * 1.1);
  });

  it('names a cluster by its count and first places, links it, and writes its count', () => {
    const places = ['A', 'B', 'C', 'D', 'E'];
    expect(words.name(1_234, places)).toBe(`1234 events at ${list([...places.slice(0, NAMED_PLACES), '2 other places'])}`);
    const svg = clustersSvg([{ key: '1,2', x: 5, y: 6, count: 1_234, places: ['A & B'], country: 'NO' }], words, (c) => `#places-${c.country}`);
    expect(svg).toContain('<a class="map-cluster" href="#places-NO" aria-label="1234 events at A &amp; B" data-cluster="1,2" data-count="1234">');
    expect(svg).toContain('>1,234</text>');
  });

  it('gives a busier cluster a larger circle, within bounds', () => {
    expect(clusterRadius(1, 100)).toBeLessThan(clusterRadius(50, 100));
    expect(clusterRadius(100, 100)).toBe(22);
    expect(clusterRadius(1, 1)).toBe(22);
    expect(clusterRadius(0, 100)).toBe(7);
  });
});

describe('a map beyond the events it draws one by one', () => {
  const atlas = worldAtlas(loadTopology('110m'), []);
  // The shared fixture site's invented coast, and its towns.
  const frame = frameFor([[-11, 31], [1, 44]], undefined, 720, 560, 8);
  const towns = [['Lanternport', 41.15, -8.61], ['Grayhaven', 39.6, -8.4], ['Saltmarsh', 38.72, -9.14], ['Tidewater', 37.02, -7.93], ['Harbourside', 40.2, -8.41]] as const;
  const events = (n: number): MapEvent[] => Array.from({ length: n }, (_, i) => {
    const [place, lat, lon] = towns[i % towns.length]!;
    return { id: `e${i}`, title: `Event ${i}`, href: `/events/e${i}/`, when: '2022', min: 0, max: 1, kind: 'attack', actors: ['a'], country: 'PT', place, lat, lon, precision: 1 };
  });
  const draw = (list: MapEvent[]) => renderMap(atlas, list, {
    frame, id: 'm', title: 't', description: 'd', countryName: (c) => c,
    clusters: { ...words, href: (c) => `#places-${c.country}` },
  });

  it('draws each event up to the cap, and clusters beyond it', () => {
    const at = draw(events(MAP_MARK_CAP));
    expect(at.clustered).toBe(false);
    expect(at.svg.match(/<a class="map-mark"/g)?.length).toBe(MAP_MARK_CAP);
    const beyond = draw(events(MAP_MARK_CAP + 1));
    expect(beyond.clustered).toBe(true);
    expect(beyond.svg).not.toContain('class="map-mark"');
    const counts = [...beyond.svg.matchAll(/<a class="map-cluster" href="#places-PT" aria-label="[^"]+" data-cluster="[^"]+" data-count="(\d+)"/g)].map((m) => Number(m[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(MAP_MARK_CAP + 1);
  });

  it('weighs the same at 400 and at 40,000 events', () => {
    const a = draw(events(400)).svg.length;
    const b = draw(events(40_000)).svg.length;
    expect(Math.abs(b - a)).toBeLessThan(200);
  });
});
