/*
 * The second explainer (tests/fixtures/second-site: two flights to the Moon, in Russian) in
 * Chromium: its map, an event on the Moon and its home page have no axe violations, and the
 * map shows its own frame and zoom presets. Screenshots of its map and pages go to
 * tests/e2e/artifacts/second-site/.
 */
import AxeBuilder from '@axe-core/playwright';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { launch, openPage, screenshot } from '../helpers/browser.ts';
import { fixtureBuild } from '../helpers/fixture-builds.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PAGES = { home: '/', map: '/map/', moon: '/events/1969-07-20-eagle-lands/', splashdown: '/events/1969-07-24-splashdown/', timeline: '/timeline/' };

describe('the second explainer, in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(fixtureBuild('second-site', resolve(ROOT, 'tests/fixtures/second-site/content')).dist);
    browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(Object.entries(PAGES))('%s page has no axe violations', async (name, path) => {
    const { page, foreign } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    await screenshot(page, `second-site/${name}`);
    await page.context().close();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')}`))).toEqual([]);
    expect(foreign).toEqual([]);
  }, 120_000);

  it('zooms its map to its own presets, named in its language', async () => {
    const { page } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
    await page.goto(PAGES.map);
    const buttons = page.locator('[data-map-zoom] button');
    await buttons.first().waitFor();
    expect(await buttons.allTextContents()).toEqual(['Вся карта', new Intl.DisplayNames(['ru'], { type: 'region' }).of('US'), 'Тихий океан']);
    const map = page.locator('figure[data-map="map"] svg').first();
    const before = await map.getAttribute('viewBox');
    await buttons.nth(2).click();
    await expect.poll(() => map.getAttribute('viewBox')).not.toBe(before);
    await page.context().close();
  }, 60_000);
});
