/*
 * Embeds in Chromium, on the minimal fixture site: a page of another site (another origin,
 * served by the tests' static server) frames /embed/timeline/ and /embed/map/, and the frame's
 * height follows the embed's content, with the site's /embed.js and with the postMessage
 * protocol alone; a message from a window that is not the frame changes nothing. On the full
 * pages, the "Embed this" snippet follows the selection, and the chart downloads as a valid SVG
 * and as a PNG at twice its size. Screenshots of the host page go to tests/e2e/artifacts/embeds/.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, embedSnippet } from '../../src/lib/render/embed.ts';
import { ROOT } from '../helpers/astro.ts';
import { ARTIFACTS, launch, openPage, screenshot } from '../helpers/browser.ts';
import { fixtureBuild } from '../helpers/fixture-builds.ts';
import { MINIMAL } from '../helpers/fixtures.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { parseXml } from '../helpers/strict-parse.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const HOST_DIR = resolve(ROOT, 'tests/.tmp/embed-host');
const ALL_EVENTS = ['event-2020-05-01-fixture-raid', 'event-2020-06-fixture-report'];

/** The host pages: an article of another site holding the snippets, with /embed.js or with a listener of its own. */
function writeHostPages(site: string) {
  mkdirSync(HOST_DIR, { recursive: true });
  const frame = (chart: 'timeline' | 'map', id: string) => embedSnippet({ src: `${site}/embed/${chart}/`, title: `${chart} · Fixture explainer`, height: 150 }).replace('<iframe ', `<iframe id="${id}" `);
  const page = (title: string, body: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body { font: 16px/1.5 Georgia, serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; background: #fff; color: #222; } iframe { display: block; outline: 1px dashed #888; }</style>${head}</head>
<body><h1>${title}</h1><p>A paragraph of an article on another site, before the chart it cites.</p>${body}<p>The article goes on after the chart.</p></body></html>`;
  writeFileSync(join(HOST_DIR, 'script.html'), page('An article with the site\'s script', `${frame('timeline', 'timeline')}<p>Between the charts.</p>${frame('map', 'map')}<script src="${site}/embed.js" async></script>`));
  // A host that reads the protocol itself: it checks the message's window, never its data alone.
  const listener = `<script>addEventListener('message', function (e) {
  var f = document.getElementById('timeline');
  if (!f || e.source !== f.contentWindow || !e.data || e.data.type !== '${EMBED_HEIGHT}') return;
  f.style.height = e.data.height + 'px';
  document.body.dataset.heights = (document.body.dataset.heights || '') + ' ' + e.data.height;
});</script>`;
  writeFileSync(join(HOST_DIR, 'protocol.html'), page('An article that reads the protocol', frame('timeline', 'timeline'), listener));
}

/** The embed's content height, and whether it scrolls inside its frame. */
const inside = (frame: Frame) => frame.evaluate(() => ({
  content: Math.ceil(document.querySelector('[data-embed]')!.getBoundingClientRect().height),
  scrolls: document.documentElement.scrollHeight > innerHeight,
}));
const frameHeight = (page: Page, id: string) => page.locator(`#${id}`).evaluate((f) => Math.round(f.getBoundingClientRect().height));

/** Waits until the frame is exactly as tall as the embed's content; returns that height. */
async function fitted(page: Page, id: string): Promise<number> {
  const frame = await (await page.locator(`#${id}`).elementHandle())!.contentFrame();
  await frame!.waitForSelector('[data-embed]');
  await expect.poll(async () => (await frameHeight(page, id)) - (await inside(frame!)).content, { timeout: 10_000 }).toBe(0);
  expect((await inside(frame!)).scrolls).toBe(false);
  return frameHeight(page, id);
}

const frameOf = async (page: Page, id: string) => (await (await page.locator(`#${id}`).elementHandle())!.contentFrame())!;

describe('embeds of the minimal fixture site, in Chromium', () => {
  let site: StaticServer;
  let other: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    site = await serveStatic(fixtureBuild('embeds-minimal', join(MINIMAL, 'content')).dist);
    writeHostPages(site.url);
    other = await serveStatic(HOST_DIR);
    browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await other?.close();
    await site?.close();
  });

  const host = (viewport = { width: 1000, height: 900 }) => openPage(browser, other.url, { viewport, reducedMotion: 'reduce' }, [site.url]);

  it('serves the host page from another origin than the site', () => {
    expect(new URL(other.url).origin).not.toBe(new URL(site.url).origin);
  });

  it('sizes the frame to the embedded timeline with /embed.js, and follows a narrower frame and another selection', async () => {
    const { page, foreign } = await host();
    await page.goto('/script.html');
    const wide = await fitted(page, 'timeline');
    expect(wide).toBeGreaterThan(150);

    // A narrow column turns the timeline vertical: taller, and the frame follows.
    await page.locator('#timeline').evaluate((f) => { (f as HTMLIFrameElement).style.width = '360px'; });
    await expect.poll(() => frameHeight(page, 'timeline')).not.toBe(wide);
    const narrow = await fitted(page, 'timeline');
    expect(narrow).toBeGreaterThan(wide);

    // Another selection: one event of two, in the chart and in the list.
    await page.locator('#timeline').evaluate((f, src) => { (f as HTMLIFrameElement).style.width = '100%'; (f as HTMLIFrameElement).src = src; }, `${site.url}/embed/timeline/?actor=fixture-outlet`);
    await expect.poll(async () => (await frameOf(page, 'timeline')).url()).toContain('actor=fixture-outlet');
    const frame = await frameOf(page, 'timeline');
    await frame.waitForSelector('.timeline[data-ready]');
    await expect.poll(() => frame.locator('.tl-list .event-item:not([hidden])').count()).toBe(1);
    const selected = await fitted(page, 'timeline');
    expect(selected).toBeLessThan(wide);
    expect(foreign).toEqual([]);
  });

  it('sizes the map\'s frame too; a screenshot of the article with both embeds', async () => {
    const { page, foreign } = await host({ width: 1000, height: 2400 });
    await page.goto('/script.html');
    await page.locator('#map').scrollIntoViewIfNeeded();
    expect(await fitted(page, 'timeline')).toBeGreaterThan(150);
    expect(await fitted(page, 'map')).toBeGreaterThan(150);
    await (await frameOf(page, 'map')).waitForSelector('svg.map');
    // Loaded: the screenshot is the article's own height. The viewport holds all of it, since
    // Chromium stops painting a cross-origin frame outside the viewport.
    await page.setViewportSize({ width: 1000, height: await page.evaluate(() => document.documentElement.scrollHeight) });
    await screenshot(page, 'embeds/host-page');
    const phone = (await host({ width: 390, height: 2400 })).page;
    await phone.goto('/script.html');
    await phone.locator('#map').scrollIntoViewIfNeeded();
    await fitted(phone, 'timeline');
    await fitted(phone, 'map');
    await phone.setViewportSize({ width: 390, height: await phone.evaluate(() => document.documentElement.scrollHeight) });
    await screenshot(phone, 'embeds/host-page-phone');
    expect(foreign).toEqual([]);
  });

  it('follows the content with the postMessage protocol alone, and a message from another window changes nothing', async () => {
    const { page } = await host();
    await page.goto('/protocol.html');
    const wide = await fitted(page, 'timeline');
    // The host's own window posts a height in the protocol's shape: it is not the frame.
    await page.evaluate((type) => postMessage({ type, height: 5, src: 'forged' }, '*'), EMBED_HEIGHT);
    await page.waitForTimeout(200);
    expect(await frameHeight(page, 'timeline')).toBe(wide);
    await page.locator('#timeline').evaluate((f) => { (f as HTMLIFrameElement).style.width = '360px'; });
    const narrow = await fitted(page, 'timeline');
    expect(narrow).toBeGreaterThan(wide);
    // Each message carried the embed's address and a whole number of pixels.
    const heights = (await page.evaluate(() => document.body.dataset.heights ?? '')).trim().split(' ').map(Number);
    expect(heights.length).toBeGreaterThan(1);
    for (const h of heights) expect(Number.isInteger(h)).toBe(true);
  });

  it('reaches the list alternative by keyboard, and its link back opens the full page with the selection in the top window', async () => {
    const { page } = await host();
    await page.goto('/script.html');
    await page.locator('#timeline').evaluate((f, src) => { (f as HTMLIFrameElement).src = src; }, `${site.url}/embed/timeline/?actor=fixture-outlet`);
    await expect.poll(async () => (await frameOf(page, 'timeline')).url()).toContain('actor=fixture-outlet');
    const frame = await frameOf(page, 'timeline');
    await frame.waitForSelector('.timeline[data-ready]');
    // The host page has nothing to focus before the frame: the first Tab enters it.
    let inList = false;
    for (let i = 0; i < 40 && !inList; i += 1) {
      await page.keyboard.press('Tab');
      inList = await frame.evaluate(() => Boolean(document.activeElement?.closest('.tl-list a')));
    }
    expect(inList).toBe(true);
    const link = frame.locator('a[data-embed-full]');
    await expect(link.textContent()).resolves.toBe('The full timeline on Fixture explainer');
    await expect(link.getAttribute('target')).resolves.toBe('_top');
    await link.click();
    await page.waitForURL(`${site.url}/timeline/?actor=fixture-outlet`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Timeline');
  });

  it.each(['/embed/timeline/', '/embed/map/'])('%s has no axe violations', async (path) => {
    const { page, foreign } = await openPage(browser, site.url, { viewport: { width: 800, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')}`))).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it.each(['/timeline/', '/map/'])('%s has no axe violations with "Embed this" open and its downloads shown', async (path) => {
    const { page } = await openPage(browser, site.url, { viewport: { width: 1000, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(path);
    await page.locator('[data-downloads]:not([hidden])').waitFor();
    await page.locator('.embed-this summary').click();
    await expect(page.locator('.embed-this').getAttribute('open')).resolves.toBe('');
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')}`))).toEqual([]);
  });

  /** The frame's address in the page's snippet, and the snippet. */
  const snippet = async (page: Page) => {
    const code = await page.locator('textarea[data-embed-code]').inputValue();
    return { code, src: new URL(/<iframe src="([^"]+)"/.exec(code)![1]!.replaceAll('&amp;', '&')) };
  };

  it('keeps the timeline\'s "Embed this" snippet on the current selection, and the embed it names shows that selection', async () => {
    const { page } = await openPage(browser, site.url, { viewport: { width: 1000, height: 900 }, reducedMotion: 'reduce' });
    await page.goto('/timeline/');
    await page.waitForSelector('.timeline[data-ready]');
    await page.getByText('Embed this timeline').click();
    const before = await snippet(page);
    expect(before.src.pathname).toBe('/embed/timeline/');
    expect(before.src.search).toBe('');
    expect(before.code).toContain('title="Timeline · Fixture explainer"');
    expect(before.code).toContain('loading="lazy"');
    expect(before.code).toContain('style="width: 100%; border: 0;"');
    expect(before.code).toMatch(/height="\d+"/);

    await page.locator('select[name="actor"]').selectOption('fixture-outlet');
    await expect.poll(async () => (await snippet(page)).src.search).toContain('actor=fixture-outlet');
    expect((await snippet(page)).src.search).toBe(new URL(page.url()).search);
    // The zoom window is part of the view the address keeps beside the selection: the snippet follows it too.
    const unzoomed = (await snippet(page)).src.search;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await snippet(page)).src.search).not.toBe(unzoomed);
    expect((await snippet(page)).src.searchParams.has('zoom')).toBe(true);
    expect((await snippet(page)).src.search).toBe(new URL(page.url()).search);
    await screenshot(page, 'embeds/timeline-embed-this');

    const shown = await page.locator('.tl-list .event-item:not([hidden])').evaluateAll((els) => els.map((e) => e.id));
    const embed = (await openPage(browser, site.url)).page;
    await embed.goto(`${(await snippet(page)).src.pathname}${(await snippet(page)).src.search}`);
    await embed.waitForSelector('.timeline[data-ready]');
    expect(await embed.locator('.tl-list .event-item:not([hidden])').evaluateAll((els) => els.map((e) => e.id))).toEqual(shown);
    expect(shown).toEqual([ALL_EVENTS[1]]);
  });

  it('copies the snippet with its button', async () => {
    const { page } = await openPage(browser, site.url, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto('/map/?actor=fixture-group');
    await page.getByText('Embed this map').click();
    await page.getByRole('button', { name: 'Copy the code' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'The code is copied.' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('textarea[data-embed-code]').inputValue());
    expect((await snippet(page)).src.pathname).toBe('/embed/map/');
    expect((await snippet(page)).src.search).toBe('?actor=fixture-group');
  });

  it('keeps the map\'s snippet on the selection as the reader changes it', async () => {
    const { page } = await openPage(browser, site.url);
    await page.goto('/map/');
    await page.getByLabel('Actor').selectOption('fixture-outlet');
    await expect.poll(async () => (await snippet(page)).src.search).toBe('?actor=fixture-outlet');
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(async () => (await snippet(page)).src.search).toBe('');
  });

  /** Clicks a download button and returns the file's bytes and name. */
  async function download(page: Page, name: string): Promise<{ bytes: Buffer; file: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    const path = await file.path();
    return { bytes: readFileSync(path), file: file.suggestedFilename() };
  }
  const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

  it('downloads the timeline as it is drawn: a valid SVG of the selected events, and a PNG at twice its size', async () => {
    const { page } = await openPage(browser, site.url, { viewport: { width: 1000, height: 900 }, reducedMotion: 'reduce', acceptDownloads: true });
    await page.goto('/timeline/?actor=fixture-outlet');
    await page.waitForSelector('.timeline[data-ready]');
    const svg = await download(page, 'Download as SVG');
    expect(svg.file).toBe('timeline.svg');
    const elements = parseXml(svg.bytes.toString('utf8'));
    expect(elements[0]!.name).toBe('svg');
    expect(elements[0]!.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(elements.find((e) => e.name === 'title')?.text).toBe('All events, along time');
    const links = elements.filter((e) => e.name === 'a');
    expect(links.map((a) => a.attributes.href)).toEqual([`${site.url}/events/2020-06-fixture-report/`]);
    // The styles travel with the file: each mark is painted without the page's stylesheets.
    expect(elements.filter((e) => e.attributes.class?.includes('tl-shape')).every((e) => /fill:/.test(e.attributes.style ?? ''))).toBe(true);
    expect(elements.some((e) => e.name === 'style' || e.name === 'script')).toBe(false);

    const drawn = await page.locator('.timeline .tl-canvas svg').evaluate((s) => s.getBoundingClientRect());
    const png = await download(page, 'Download as PNG');
    expect(png.file).toBe('timeline.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png.bytes)).toEqual({ width: Math.round(drawn.width) * 2, height: Math.round(drawn.height) * 2 });
    writeFileSync(join(ARTIFACTS, 'embeds/timeline-download.png'), png.bytes);
  });

  it('downloads the map as it is drawn, leaving out the marks the selection hides', async () => {
    const { page } = await openPage(browser, site.url, { viewport: { width: 1000, height: 900 }, acceptDownloads: true });
    await page.goto('/map/');
    await page.locator('svg.map').waitFor();
    const all = parseXml((await download(page, 'Download as SVG')).bytes.toString('utf8'));
    expect(all.filter((e) => e.name === 'a').length).toBe(1);
    await page.getByLabel('Actor').selectOption('fixture-outlet');
    const none = await download(page, 'Download as SVG');
    expect(none.file).toBe('map.svg');
    const elements = parseXml(none.bytes.toString('utf8'));
    expect(elements[0]!.name).toBe('svg');
    expect(elements.filter((e) => e.name === 'a')).toEqual([]);
    // The land and borders as drawn stay in the file, every path the page's map has.
    expect(elements.filter((e) => e.name === 'path').length).toBeGreaterThanOrEqual(await page.locator('svg.map .map-countries path, svg.map .map-lines path').count());
    expect(elements.filter((e) => e.name === 'path').length).toBeGreaterThan(2);
    const png = await download(page, 'Download as PNG');
    expect([...png.bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(pngSize(png.bytes).width).toBeGreaterThan(1000);
    writeFileSync(join(ARTIFACTS, 'embeds/map-download.png'), png.bytes);
  });
});
