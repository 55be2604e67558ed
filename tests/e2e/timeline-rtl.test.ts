/**
 * The timeline and the relations island of a right-to-left site, in Chromium: the minimal
 * fixture built in Persian. Time runs from right to left, so → goes earlier, ← later, a drag
 * to the right shows later dates, and every line the islands write is in Persian.
 */
import AxeBuilder from '@axe-core/playwright';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/astro.ts';
import { launch, openPage, screenshot } from '../helpers/browser.ts';
import { materialize } from '../helpers/fixtures.ts';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml' };
let server: Server;
let baseURL: string;
let browser: Browser;

/** Serves a built site from `dir` the way a static host does (`/path/` is `/path/index.html`). */
function serve(dir: string): Promise<string> {
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
}

beforeAll(async () => {
  const root = materialize('rtl-timeline', 'cases');
  const dist = buildSite(root);
  baseURL = await serve(dist);
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

const range = (page: Page) => page.locator('.timeline svg.tl-svg').evaluate((svg) => [Date.parse(svg.getAttribute('data-from')!), Date.parse(svg.getAttribute('data-to')!)]);
const LATIN = /[A-Za-z0-9]/;

describe('a right-to-left timeline in Chromium', () => {
  async function ready(path: string) {
    const { page } = await openPage(browser, baseURL, { viewport: { width: 1100, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(path);
    await page.waitForSelector('.timeline[data-ready]');
    return page;
  }

  it('moves earlier with → and later with ←', async () => {
    const page = await ready('/timeline/');
    await page.locator('.timeline .tl-canvas').focus();
    await page.keyboard.press('+');
    const [a0] = await range(page);
    await page.keyboard.press('ArrowRight');
    const [a1] = await range(page);
    expect(a1).toBeLessThan(a0!);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const [a2] = await range(page);
    expect(a2).toBeGreaterThan(a1!);
  });

  it('shows later dates when the chart is dragged to the right, and draws the earliest event at the right', async () => {
    const page = await ready('/timeline/');
    const x = (id: string) => page.locator(`.tl-mark[data-id="${id}"] .tl-shape`).evaluate((el) => el.getBoundingClientRect().left);
    expect(await x('2020-05-01-fixture-raid')).toBeGreaterThan(await x('2020-06-fixture-report'));
    await page.getByRole('button', { name: 'بزرگ‌نمایی', exact: true }).click();
    const [a0] = await range(page);
    const box = (await page.locator('.timeline svg').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.4, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + 8, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction((start) => Date.parse(document.querySelector('.timeline svg.tl-svg')!.getAttribute('data-from')!) > start, a0!);
  });

  it('has its "earlier" button move earlier, its arrow pointing right', async () => {
    const page = await ready('/timeline/');
    await page.getByRole('button', { name: 'بزرگ‌نمایی', exact: true }).click();
    const [a0] = await range(page);
    const earlier = page.getByRole('button', { name: 'پیش‌تر' });
    await expect(earlier.textContent()).resolves.toMatch(/^→/);
    await earlier.click();
    const [a1] = await range(page);
    expect(a1).toBeLessThan(a0!);
  });

  it('writes its range, status and chart name in Persian, with Persian digits', async () => {
    const page = await ready('/timeline/');
    await expect(page.locator('.tl-range').textContent()).resolves.not.toMatch(LATIN);
    await page.locator('select[name="kind"]').selectOption('raid');
    await expect(page.locator('.tl-status').textContent()).resolves.toBe('نمایش ۱ از ۲ رویداد.');
    await expect(page.locator('.tl-canvas').getAttribute('aria-label')).resolves.not.toMatch(LATIN);
    await screenshot(page, 'timeline-rtl');
  });

  it('is a vertical timeline on a narrow screen, its axis at the right', async () => {
    const { page } = await openPage(browser, baseURL, { viewport: { width: 390, height: 800 } });
    await page.goto('/');
    await page.waitForSelector('.timeline[data-ready]');
    const svg = page.locator('.timeline svg.tl-vertical');
    await expect(svg.count()).resolves.toBe(1);
    const box = (await svg.boundingBox())!;
    const tick = (await page.locator('.timeline .tl-tick').first().boundingBox())!;
    expect(tick.x).toBeGreaterThan(box.x + box.width / 2);
    await screenshot(page, 'timeline-rtl-narrow');
  });

  it.each(['/timeline/', '/relations/', '/actors/fixture-group/'])('has no axe violations in its figures on %s', async (path) => {
    const { page } = await openPage(browser, baseURL, { viewport: { width: 1280, height: 900 } });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).include('.timeline, figure[data-network], table[data-relations-table], [data-network-controls]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('words the relations year control in Persian', async () => {
    const { page } = await openPage(browser, baseURL);
    await page.goto('/relations/');
    const year = page.getByLabel('وضعیت در سال');
    await year.selectOption('2020');
    await expect(page.locator('[data-network-status]').textContent()).resolves.toBe('نمایش ۱ از ۱ رابطه که در سال ۲۰۲۰ برقرار بودند.');
  });
});
