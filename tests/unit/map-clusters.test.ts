import { describe, expect, it } from 'vitest';
import { CLUSTER_CELL, clusterPoints, clusterRadius, clustersSvg, clusterWords, NAMED_PLACES } from '../../src/lib/figures/map/clusters.ts';

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
