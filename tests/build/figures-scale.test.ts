/**
 * The timeline and the map beyond the events a page draws one by one, on a generated corpus
 * just large enough to cross both caps (page-caps.ts `TIMELINE_INLINE_CAP` and
 * `MAP_MARK_CAP`): the pages draw counts and clusters, their lists count by year and place,
 * and the data the islands fetch holds every event, once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapData } from '../../src/lib/figures/map/clusters.ts';
import type { TimelineIndex } from '../../src/lib/figures/timeline/lod.ts';
import { MAP_MARK_CAP, TIMELINE_INLINE_CAP } from '../../src/lib/render/page-caps.ts';
import type { TimelineEvent } from '../../src/lib/figures/timeline/types.ts';
import type { TimelinePayload } from '../../src/lib/figures/timeline/view-data.ts';
import { fileFor, page } from '../helpers/dist.ts';
import { buildScaleSite, SCALE_SIZE as SIZE } from '../helpers/scale-site.ts';

let DIST = '';
const gz = (path: string) => gzipSync(readFileSync(fileFor(path, DIST)!)).length;
const json = <T>(path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as T;

beforeAll(() => {
  DIST = buildScaleSite('figures-scale');
}, 900_000);

describe('the timeline beyond the events a page carries', () => {
  it('keeps the events out of the page and says where the island fetches them', () => {
    for (const path of ['/', '/timeline/', '/embed/timeline/']) {
      const $ = page(path, DIST);
      const payload = JSON.parse($('[data-timeline]').attr('data-timeline')!) as TimelinePayload;
      expect(payload.events, path).toEqual([]);
      expect(payload.data, path).toBe('/timeline/data/index.json');
      expect($('.tl-canvas a.tl-mark').length, path).toBe(0);
      expect($('.tl-canvas svg').attr('data-density'), path).toBe('true');
    }
  });

  it('draws counts whose bars link to the page of their year', () => {
    const $ = page('/', DIST);
    const bars = $('.tl-canvas a.tl-bin').toArray();
    expect(bars.length).toBeGreaterThan(5);
    for (const bar of bars) {
      const year = new Date(Number($(bar).attr('data-from'))).getUTCFullYear();
      expect($(bar).attr('href')).toBe(`/events/${year}/`);
      expect($(bar).attr('aria-label')).toMatch(/^\d+ events?, /);
    }
  });

  it('lists every year with its count instead of every event, and the counts add up', () => {
    const index = json<TimelineIndex>('timeline/data/index.json');
    expect(index.years.reduce((n, y) => n + y.count, 0)).toBe(SIZE.events);
    for (const path of ['/', '/timeline/']) {
      const $ = page(path, DIST);
      expect($('.tl-list .event-item').length, path).toBe(0);
      const lines = $('.tl-years li').toArray().map((li) => [$(li).find('a').attr('href'), $(li).text()]);
      expect(lines, path).toEqual(index.years.map((y) => [`/events/${y.year}/`, `${y.year}: ${y.count} event${y.count === 1 ? '' : 's'}`]));
    }
  });

  it('splits every event into the file of its year, once', () => {
    const index = json<TimelineIndex>('timeline/data/index.json');
    const ids: string[] = [];
    for (const y of index.years) {
      const events = json<TimelineEvent[]>(y.href.slice(1));
      expect(events.length).toBe(y.count);
      for (const e of events) expect(new Date(e.min).getUTCFullYear()).toBe(y.year);
      ids.push(...events.map((e) => e.id));
      for (const e of events) for (const a of e.actors) expect(index.labels.actor[a]).toBeDefined();
    }
    expect(new Set(ids).size).toBe(SIZE.events);
    expect(ids.every((id) => existsSync(join(DIST, 'events', id, 'index.html')))).toBe(true);
  });

  it('leaves the filter choices to the island: the page carries no list of every actor', () => {
    const $ = page('/timeline/', DIST);
    expect($('#tl-actor option').length).toBe(1);
    expect($('#tl-lanes option').length).toBe(4);
  });

  it('keeps the home page within 30 KB and /timeline/ within 60 KB gzipped', () => {
    expect(gz('/')).toBeLessThan(30_000);
    expect(gz('/timeline/')).toBeLessThan(60_000);
  });

  it('has crossed its cap in this corpus', () => {
    expect(SIZE.events).toBeGreaterThan(TIMELINE_INLINE_CAP);
  });
});

describe('the map beyond the events it draws one by one', () => {
  it('draws clusters, each a link to its country in the list, their counts adding up to the events it can draw', () => {
    const { events } = json<MapData>('map/data/events.json');
    expect(events.length).toBeGreaterThan(MAP_MARK_CAP);
    const $ = page('/map/', DIST);
    expect($('figure[data-map] a.map-mark').length).toBe(0);
    const clusters = $('figure[data-map] a.map-cluster').toArray();
    expect(clusters.length).toBeGreaterThan(3);
    expect(clusters.reduce((n, c) => n + Number($(c).attr('data-count')), 0)).toBe(events.length);
    for (const c of clusters) {
      const target = $(c).attr('href')!;
      expect(target).toMatch(/^#places-/);
      expect($(target).length, target).toBe(1);
      expect($(c).attr('aria-label')).toMatch(/^\d+ events? at /);
    }
    expect($('[data-map-status]').attr('data-map-data')).toBe('/map/data/events.json');
  });

  it('counts events per place in its list instead of listing every event, and points to the events by year', () => {
    const $ = page('/map/', DIST);
    expect($('.places-counted').length).toBe(1);
    expect($('.places [data-event]').length).toBe(0);
    expect($('.places-counted a[href="/events/"]').length).toBe(1);
    const counted = $('.places-counted h3').toArray().map((h) => Number(/(\d+) events?$/.exec($(h).text())?.[1]));
    expect(counted.reduce((n, c) => n + c, 0)).toBe(SIZE.events);
  });

  it('leaves the actor choices to the island, which finds them in the map\'s data', () => {
    const $ = page('/map/', DIST);
    expect($('#map-actor option').length).toBe(1);
    expect($('#map-actor').attr('data-fill')).toBe('/map/data/events.json');
    const { actors } = json<MapData>('map/data/events.json');
    expect(actors.length).toBeGreaterThan(1);
    expect(actors.length).toBeLessThanOrEqual(SIZE.actors);
    expect(actors.every(([id, name]) => existsSync(join(DIST, 'actors', id, 'index.html')) && name.length > 0)).toBe(true);
  });

  it('keeps /map/ and its embed within 60 KB gzipped', () => {
    expect(gz('/map/')).toBeLessThan(60_000);
    expect(gz('/embed/map/')).toBeLessThan(60_000);
  });
});

describe('the pages of figures beyond their caps', () => {
  it('are valid HTML (html-validate, the project\'s config)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const path of ['/', '/timeline/', '/map/', '/embed/timeline/', '/embed/map/']) {
      const report = await validator.validateFile(fileFor(path, DIST)!);
      for (const r of report.results) for (const m of r.messages) if (m.severity === 2) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
