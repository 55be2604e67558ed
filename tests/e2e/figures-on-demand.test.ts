/**
 * The timeline and the map beyond the events a page carries, in Chromium: the page's own
 * drawing stands until the reader acts; then the island fetches the events and does what was
 * asked, with the keyboard too. Reads a generated corpus past both caps (tests/helpers/scale-site.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPage } from '../helpers/browser.ts';
import { buildScaleSite } from '../helpers/scale-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launch>>;
const errors: string[] = [];
afterEach(() => {
  expect(errors.splice(0)).toEqual([]);
});

beforeAll(async () => {
  server = await serveStatic(buildScaleSite('figures-on-demand'));
  browser = await launch();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; fetched: string[] }> {
  const { page, foreign } = await openPage(browser, server.url, { viewport: { width: 1100, height: 900 }, reducedMotion: 'reduce' });
  const fetched: string[] = [];
  page.on('request', (r) => { if (/\/(timeline|map)\/data\//.test(r.url())) fetched.push(new URL(r.url()).pathname); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  expect(foreign).toEqual([]);
  return { page, fetched };
}

const range = (page: Page) => page.locator('.timeline svg.tl-svg').evaluate((svg) => [Date.parse(svg.getAttribute('data-from')!), Date.parse(svg.getAttribute('data-to')!)]);

describe('the timeline beyond the events its page carries', () => {
  it('fetches nothing until the reader acts, then zooms as asked', async () => {
    const { page, fetched } = await open('/');
    await page.waitForSelector('.timeline[data-ready]');
    await expect(page.locator('.tl-toolbar').isVisible()).resolves.toBe(true);
    await page.waitForTimeout(300);
    expect(fetched).toEqual([]);
    const [a0, b0] = await range(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction((span) => {
      const svg = document.querySelector('.timeline svg.tl-svg')!;
      return Date.parse(svg.getAttribute('data-to')!) - Date.parse(svg.getAttribute('data-from')!) < span * 0.6;
    }, b0 - a0);
    expect(fetched[0]).toBe('/timeline/data/index.json');
    expect(fetched.filter((f) => /\/timeline\/data\/\d+\.json$/.test(f)).length).toBeGreaterThan(5);
    expect(a0).toBeLessThan((await range(page))[0]!);
  });

  it('answers the keyboard on the chart before the data is there', async () => {
    const { page } = await open('/timeline/');
    await page.waitForSelector('.timeline[data-ready]');
    const [a0, b0] = await range(page);
    await page.locator('.timeline .tl-canvas').focus();
    await page.keyboard.press('+');
    await page.waitForFunction((span) => {
      const svg = document.querySelector('.timeline svg.tl-svg')!;
      return Date.parse(svg.getAttribute('data-to')!) - Date.parse(svg.getAttribute('data-from')!) < span;
    }, b0 - a0);
    // The chart keeps the focus, and its bars are now buttons that zoom.
    await expect(page.evaluate(() => document.activeElement?.classList.contains('tl-canvas'))).resolves.toBe(true);
  });

  it('fills the filters from the fetched events, and a choice narrows the chart and the address', async () => {
    const { page } = await open('/timeline/');
    await page.waitForSelector('.timeline[data-ready]');
    await expect(page.locator('#tl-actor option').count()).resolves.toBe(1);
    await page.locator('#tl-actor').focus();
    await page.waitForFunction(() => document.querySelectorAll('#tl-actor option').length > 2);
    const actor = await page.locator('#tl-actor option').nth(1).getAttribute('value');
    await page.locator('#tl-actor').selectOption(actor!);
    await page.waitForFunction(() => /Showing \d+ of 700 events/.test(document.querySelector('.tl-status')?.textContent ?? ''));
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('actor') === id, actor);
  });

  it('opens a period from its bar, without leaving the page', async () => {
    const { page } = await open('/');
    await page.waitForSelector('.timeline[data-ready]');
    const bar = page.locator('.tl-canvas a.tl-bin').first();
    const [from, to] = await bar.evaluate((b) => [Number(b.getAttribute('data-from')), Number(b.getAttribute('data-to'))]);
    await bar.click();
    await page.waitForFunction(([f, t]) => {
      const svg = document.querySelector('.timeline svg.tl-svg')!;
      return Date.parse(svg.getAttribute('data-to')!) - Date.parse(svg.getAttribute('data-from')!) < (t! - f!) * 2;
    }, [from, to]);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('starts at once from an address that asks for a selection', async () => {
    const { page, fetched } = await open('/timeline/?kind=attack');
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('#tl-kind')?.value === 'attack');
    await page.waitForFunction(() => /in view/.test(document.querySelector('.tl-range')?.textContent ?? ''));
    expect(fetched).toContain('/timeline/data/index.json');
  });
});

describe('the map beyond the events it draws one by one', () => {
  it('draws the clusters of a selection from the fetched events', async () => {
    const { page, fetched } = await open('/map/');
    const total = () => page.locator('a.map-cluster').evaluateAll((cs) => cs.reduce((n, c) => n + Number(c.getAttribute('data-count')), 0));
    const all = await total();
    expect(all).toBeGreaterThan(300);
    expect(fetched).toEqual([]);
    await expect(page.locator('#map-actor option').count()).resolves.toBe(1);
    await page.locator('#map-actor').focus();
    await page.waitForFunction(() => document.querySelectorAll('#map-actor option').length > 2);
    const actor = await page.locator('#map-actor option').nth(1).getAttribute('value');
    await page.locator('#map-actor').selectOption(actor!);
    await page.waitForFunction((n) => {
      const counts = [...document.querySelectorAll('a.map-cluster')].reduce((s, c) => s + Number(c.getAttribute('data-count')), 0);
      return counts > 0 && counts < n;
    }, all);
    expect(fetched).toEqual(['/map/data/events.json']);
    await expect(page.locator('[data-map-status]').textContent()).resolves.toMatch(/^Showing \d+ of 700 events/);
    await page.getByRole('button', { name: 'Show all' }).click();
    await page.waitForFunction((n) => [...document.querySelectorAll('a.map-cluster')].reduce((s, c) => s + Number(c.getAttribute('data-count')), 0) === n, all);
  });
});
