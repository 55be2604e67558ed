/** The timelines in the built site: present without JavaScript, linked, searchable only where they should be. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/lib/content/site-config.ts';
import { SHARED_CONTENT } from '../helpers/shared-site.ts';
import { DIST, fileFor, page } from '../helpers/dist.ts';

const EVENT_COUNT = readdirSync(join(SHARED_CONTENT, 'events')).filter((f) => f.endsWith('.mdx')).length;

describe('the home timeline of the built site', () => {
  const $ = page('/');
  const svg = $('.timeline svg.tl-svg');

  it('is an SVG drawn at build time that search ignores, with a title and a description', () => {
    expect(svg).toHaveLength(1);
    expect(svg.attr('data-pagefind-ignore')).toBeDefined();
    expect(svg.find('title').first().text()).toBe('All events, along time');
    expect(svg.find('desc').text()).toMatch(/listed in date order after the chart/);
    expect(svg.find('g.tl-axis').attr('aria-hidden')).toBe('true');
  });

  it('draws every event as a link to its event page, named by title and date in words', () => {
    const marks = svg.find('a.tl-mark');
    expect(marks).toHaveLength(EVENT_COUNT);
    marks.each((_, a) => {
      const href = $(a).attr('href')!;
      expect(href).toMatch(/^\/events\/[^/]+\/$/);
      expect(fileFor(href), href).toBeDefined();
      const title = page(href)('h1').first().text();
      expect($(a).attr('aria-label')).toMatch(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, \\S`));
    });
    expect(svg.find('a[href="/events/2019-22-guild-takes-the-lamps/"]').attr('aria-label')).toBe('Lantern Guild takes the lamps of Grayhaven, summer 2019');
    expect(svg.find('a[href="/events/2020-07-16-lowmere-operation/"]').attr('aria-label')).toBe('Council announces operation in Lowmere parish, 16 July 2020 (year inferred)');
  });

  it('names its lanes by kind with the vocabulary\'s labels, in the order the site declares the kinds', () => {
    const { vocabularies } = loadSite(SHARED_CONTENT);
    const used = new Set((JSON.parse($('.timeline').attr('data-timeline')!).events as { kind: string }[]).map((e) => e.kind));
    const expected = vocabularies.eventKinds.terms.filter((t) => used.has(t.code)).map((t) => t.label);
    expect(svg.find('text.tl-lane-name').map((_, t) => $(t).text()).get()).toEqual(expected);
  });

  it('sits next to an ordered list of the same events with date, kind and actors', () => {
    const items = $('.timeline .tl-list ol.event-list > li');
    expect(items).toHaveLength(EVENT_COUNT);
    const raid = $('#event-2020-07-20-watch-raid-kestrel-point');
    expect(raid.find('.event-meta').text()).toMatch(/20 July 2020.*Raid.*Harbour Watch/s);
    expect(raid.find('a').attr('href')).toBe('/events/2020-07-20-watch-raid-kestrel-point/');
  });

  it('lets a keyboard reader skip the chart to the list', () => {
    for (const path of ['/', '/actors/lantern-guild/']) {
      const $p = page(path);
      const target = $p('.timeline a.tl-skip').attr('href')!;
      expect(target, path).toMatch(/^#/);
      expect($p(target).find('ol.event-list > li').length, path).toBeGreaterThan(0);
    }
  });

  it('hides the controls until the island runs', () => {
    expect($('.timeline .tl-toolbar').attr('hidden')).toBeDefined();
    // The island's data travels in an attribute, not in a script element.
    expect($('.timeline script')).toHaveLength(0);
    expect(JSON.parse($('.timeline').attr('data-timeline')!).events).toHaveLength(EVENT_COUNT);
    expect($('.timeline').attr('data-pagefind-ignore')).toBe('all');
  });
});

describe('timelines elsewhere', () => {
  it('on /timeline/: filters by actor, kind, country and period, hidden until the island runs', () => {
    const $ = page('/timeline/');
    const form = $('form.tl-filters');
    expect(form.attr('hidden')).toBeDefined();
    expect(form.find('select').map((_, s) => $(s).attr('name')).get()).toEqual(['actor', 'kind', 'country', 'from', 'to', 'lanes']);
    // The period's choices are the selection's months, from the first event's to the last one's.
    const months = form.find('select[name="from"] option').map((_, o) => $(o).attr('value')).get();
    expect(months[0]).toBe('');
    expect(months.slice(1).every((m) => /^\d{4}-\d{2}$/.test(m))).toBe(true);
    expect(form.find('select[name="to"] option').map((_, o) => $(o).attr('value')).get()).toEqual(months);
    expect(form.find('select[name="actor"] option[value="lantern-guild"]').text()).toMatch(/^Guild \(\d+\)$/);
    expect($('.timeline').attr('data-url-state')).toBeDefined();
  });

  it('on an actor page: that actor’s events only', () => {
    const $ = page('/actors/harbour-watch/');
    const marks = $('.timeline a.tl-mark');
    const listed = $('#actor-events .event-item');
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.length).toBe(listed.length);
    expect($('.timeline svg desc').text()).toMatch(/listed in date order after the chart/);
  });

  it('on an event page: a strip of its neighbours, itself emphasised, without the timeline island', () => {
    const $ = page('/events/2020-05-assembly-report/');
    const strip = $('.timeline-strip svg');
    expect(strip.attr('data-pagefind-ignore')).toBeDefined();
    expect(strip.find('a.tl-current').attr('href')).toBe('/events/2020-05-assembly-report/');
    expect(strip.find('a.tl-mark').length).toBe($('.timeline-strip .event-item').length);
    expect($('script[src*="Timeline"]')).toHaveLength(0);
  });

  it('links to /timeline/ from the main navigation', () => {
    expect(page('/')('nav[aria-label="Main"] a[href="/timeline/"]').text()).toBe('Timeline');
  });
});

describe('the timeline island', () => {
  it('is one script of at most 25 KB gzipped, loaded only on pages with a timeline', () => {
    const $ = page('/');
    const src = $('script[type="module"][src*="Timeline"]').attr('src');
    expect(src).toMatch(/^\/_astro\/.+\.js$/);
    const bytes = gzipSync(readFileSync(join(DIST, src!))).length;
    expect(bytes).toBeLessThanOrEqual(25 * 1024);
    expect(src).toMatch(/Timeline/);
    expect(page('/sources/')('script[src*="Timeline"]')).toHaveLength(0);
  });
});
