/*
 * One selection for every figure, in Chromium, on the minimal fixture site with three more
 * events (2019, 2021, 2022) and a third actor: a multi-valued, year-only selection opened on
 * /timeline/ shows the same events there, on /map/ after following "the same selection", back
 * on the timeline, and in both embeds; the address keeps the selection all the way; a
 * backwards period shows the same events on every figure, as the period in order, and the
 * timeline's form shows the period and widens it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from '../helpers/browser.ts';
import { fixtureBuild } from '../helpers/fixture-builds.ts';
import { MINIMAL } from '../helpers/fixtures.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const event = (id: string, date: string, kind: string, actor: string, place: string) => `---
title: Fixture ${id}
summary: "An invented ${kind} that exists only to exercise the selection in tests."
date: "${date}"
kind: ${kind}
${place}actors:
  - actor: ${actor}
    role: ${kind === 'report' ? 'reporter' : 'perpetrator'}
sources: [fixture-report]
---

An invented ${kind}.
`;
const AT_FIXTURE_TOWN = 'location:\n  name: Fixture Town\n  country: PT\n  lat: 39.6012\n  lon: -8.4051\n  precision: 1\n';

/** Three more events around the minimal site's two (2020-05-01 by fixture-group, 2020-06 with it as subject). */
function addEvents(content: string) {
  mkdirSync(join(content, 'events'), { recursive: true });
  writeFileSync(join(content, 'actors/fixture-agency.mdx'), `---
name: Fixture Agency
kind: agency
summary: "An invented agency that exists only to exercise the selection in tests."
sources: [fixture-report]
---

The Fixture Agency is invented for tests.
`);
  writeFileSync(join(content, 'events/2019-11-fixture-early-raid.mdx'), event('early raid', '2019-11', 'raid', 'fixture-agency', AT_FIXTURE_TOWN));
  writeFileSync(join(content, 'events/2021-02-10-fixture-later-report.mdx'), event('later report', '2021-02-10', 'report', 'fixture-outlet', ''));
  writeFileSync(join(content, 'events/2022-fixture-late-raid.mdx'), event('late raid', '2022', 'raid', 'fixture-agency', AT_FIXTURE_TOWN));
}

const timelineShows = (page: Page) => page.locator('.tl-list .event-item:not([hidden])').evaluateAll((els) => els.map((e) => e.id.replace(/^event-/, '')).sort());
const timelineMarks = (page: Page) => page.locator('.tl-canvas a.tl-mark').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-id')!))].sort());
const mapShows = (page: Page) => page.locator('[data-place-list] li[data-event]:not([hidden])').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.event!))].sort());
const mapMarks = (page: Page) => page.locator('svg.map a.map-mark:not([hidden])').evaluateAll((els) => [...new Set(els.map((e) => (e as SVGElement).dataset.event!))].sort());
const selectionOf = (url: string) => {
  const q = new URL(url).searchParams;
  return { actor: q.getAll('actor'), from: q.getAll('from'), to: q.getAll('to') };
};

describe('one selection on the timeline, the map and their embeds', () => {
  let site: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const build = fixtureBuild('selection-figures', join(MINIMAL, 'content'), { edit: { key: 'three-more-events', apply: addEvents } });
    site = await serveStatic(build.dist);
    browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const open = () => openPage(browser, site.url, { viewport: { width: 1100, height: 900 }, reducedMotion: 'reduce' });
  const onTimeline = async (page: Page, path: string) => {
    await page.goto(path);
    await page.waitForSelector('.timeline[data-ready]');
  };

  it('carries ?actor=a&actor=b&from=2020 from the timeline to the map and back, showing the same events', async () => {
    const { page, foreign } = await open();
    const expected = ['2020-05-01-fixture-raid', '2020-06-fixture-report', '2022-fixture-late-raid'];
    const selection = { actor: ['fixture-group', 'fixture-agency'], from: ['2020'], to: [] };
    await onTimeline(page, '/timeline/?actor=fixture-group&actor=fixture-agency&from=2020');
    expect(await timelineShows(page)).toEqual(expected);
    expect(await timelineMarks(page)).toEqual(expected);
    // Both actors at once: the filter says so, in the options' own words.
    await expect(page.locator('select[name="actor"] option:checked').textContent()).resolves.toMatch(/^FG \(\d\) or Fixture Agency \(\d\)$/);

    await page.locator('a[data-carry-selection]').click();
    await page.waitForURL('**/map/?**');
    expect(selectionOf(page.url())).toEqual(selection);
    expect(await mapShows(page)).toEqual(expected);
    expect(await mapMarks(page)).toEqual(['2020-05-01-fixture-raid', '2022-fixture-late-raid']);
    await expect(page.getByLabel('From', { exact: true }).inputValue()).resolves.toBe('2020');
    await expect(page.locator('[data-map-status]').textContent()).resolves.toMatch(/^Showing 3 of 5 events/);

    await page.locator('a[data-carry-selection]').click();
    await page.waitForURL('**/timeline/?**');
    await page.waitForSelector('.timeline[data-ready]');
    expect(selectionOf(page.url())).toEqual(selection);
    expect(await timelineShows(page)).toEqual(expected);
    expect(foreign).toEqual([]);
  });

  it('keeps the selection the timeline was given when the reader zooms, and leaves the zoom behind on the map', async () => {
    const { page } = await open();
    await onTimeline(page, '/timeline/?actor=fixture-agency,fixture-group&from=2020');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForURL(/zoom=/);
    expect(selectionOf(page.url())).toEqual({ actor: ['fixture-agency', 'fixture-group'], from: ['2020'], to: [] });
    expect(await timelineShows(page)).toEqual(['2020-05-01-fixture-raid', '2020-06-fixture-report', '2022-fixture-late-raid']);
    await page.locator('a[data-carry-selection]').click();
    await page.waitForURL('**/map/?**');
    expect(new URL(page.url()).searchParams.has('zoom')).toBe(false);
    expect(await mapShows(page)).toEqual(['2020-05-01-fixture-raid', '2020-06-fixture-report', '2022-fixture-late-raid']);
  });

  it('reads a backwards period as the period in order, on both figures alike', async () => {
    const { page } = await open();
    const expected = ['2020-05-01-fixture-raid', '2020-06-fixture-report', '2021-02-10-fixture-later-report'];
    await onTimeline(page, '/timeline/?from=2021&to=2020');
    expect(await timelineShows(page)).toEqual(expected);
    await page.goto('/map/?from=2021&to=2020');
    expect(await mapShows(page)).toEqual(expected);
    // The form shows the period in order, and a link carries it so.
    await expect(page.getByLabel('From', { exact: true }).inputValue()).resolves.toBe('2020');
    await expect(page.getByLabel('To', { exact: true }).inputValue()).resolves.toBe('2021');
    await page.locator('a[data-carry-selection]').click();
    await page.waitForURL('**/timeline/?**');
    await page.waitForSelector('.timeline[data-ready]');
    expect(selectionOf(page.url())).toEqual({ actor: [], from: ['2020'], to: ['2021'] });
    expect(await timelineShows(page)).toEqual(expected);
    // A year-only `to` reaches its last day: the 2021 report is in, the 2022 raid is not.
    await onTimeline(page, '/timeline/?to=2021');
    expect(await timelineShows(page)).toEqual(['2019-11-fixture-early-raid', ...expected]);
    // The timeline's form shows the period too, and the reader can widen it again.
    await expect(page.getByLabel('To', { exact: true }).inputValue()).resolves.toBe('2021');
    await page.getByLabel('To', { exact: true }).selectOption('');
    await expect.poll(() => timelineShows(page)).toHaveLength(5);
    await page.waitForURL((url) => !url.searchParams.has('to') && url.searchParams.has('zoom'));
  });

  it('shows the same events in the embeds, whose link to the full page keeps the selection', async () => {
    const { page } = await open();
    const query = '?actor=fixture-group&actor=fixture-agency&from=2020';
    const expected = ['2020-05-01-fixture-raid', '2020-06-fixture-report', '2022-fixture-late-raid'];
    await onTimeline(page, `/embed/timeline/${query}`);
    expect(await timelineShows(page)).toEqual(expected);
    expect(selectionOf(await page.locator('a[data-embed-full]').evaluate((a) => (a as HTMLAnchorElement).href))).toEqual({ actor: ['fixture-group', 'fixture-agency'], from: ['2020'], to: [] });
    await page.goto(`/embed/map/${query}`);
    expect(await mapShows(page)).toEqual(expected);
    expect(selectionOf(await page.locator('a[data-embed-full]').evaluate((a) => (a as HTMLAnchorElement).href))).toEqual({ actor: ['fixture-group', 'fixture-agency'], from: ['2020'], to: [] });
    await onTimeline(page, '/embed/timeline/?from=2021&to=2020');
    const backwards = await timelineShows(page);
    await page.goto('/embed/map/?from=2021&to=2020');
    expect(await mapShows(page)).toEqual(backwards);
  });
});
