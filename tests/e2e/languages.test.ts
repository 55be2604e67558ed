/*
 * The Russian and Persian builds of the minimal fixture in Chromium: axe finds nothing on the
 * home page, an event, an actor and a search with results, on a phone and a desktop; the
 * search island speaks the page's language; and the right-to-left Persian page mirrors its
 * furniture without scrolling sideways. Screenshots of the Persian pages go to
 * tests/e2e/artifacts/languages/.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot } from '../helpers/browser.ts';
import { BUILT_LANGUAGES, languageBuild } from '../helpers/language-builds.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { CATALOGUES } from '../../src/lib/i18n/catalogue.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PAGES = ['/', '/events/2020-05-01-fixture-raid/', '/actors/fixture-group/', '/search/?q=Fixture'];
const VIEWPORTS = [{ name: 'phone', width: 360, height: 740 }, { name: 'desktop', width: 1280, height: 900 }];

describe.each(BUILT_LANGUAGES)('the fixture in %s, in Chromium', (language) => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(languageBuild(language).dist);
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(PAGES)('%s has no axe violations on a phone or a desktop', async (path) => {
    const found = await Promise.all(VIEWPORTS.map(async (viewport) => {
      const { page, foreign } = await openPage(browser, server.url, { viewport, reducedMotion: 'reduce' });
      const response = await page.goto(path);
      if (path.startsWith('/search/')) await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      if (language === 'fa') await screenshot(page, `languages/fa-${viewport.name}-${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}`);
      await page.context().close();
      return [
        ...(response?.status() === 200 ? [] : [`[${viewport.name}] HTTP ${response?.status()}`]),
        ...results.violations.flatMap((v) => v.nodes.map((n) => `[${viewport.name}] ${v.id}: ${v.help} at ${n.target.join(' ')}`)),
        ...foreign.map((url) => `[${viewport.name}] request to another host: ${url}`),
      ];
    }));
    expect(found.flat()).toEqual([]);
  }, 120_000);

  it('searches in the page\'s language: status, result types and filters', async () => {
    const messages = CATALOGUES[language]!;
    const { page } = await openPage(browser, server.url);
    await page.goto('/search/?q=Fixture');
    const status = page.locator('[data-search-status]');
    await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
    const text = (await status.textContent()) ?? '';
    expect(text).not.toMatch(/result|arrow/i);
    // The count in the language's own plural words ("5 результатов", "۵ نتیجه").
    const countWords = [...messages['search.count']!.matchAll(/\{# ([^}]+)\}/g)].map((m) => m[1]!);
    expect(countWords.length).toBeGreaterThan(0);
    expect(countWords.some((word) => text.includes(word))).toBe(true);
    const legends = await page.locator('.search-filter legend').allTextContents();
    expect(legends).toContain(messages['search.filter.type']);
    // Pages with no type of their own (how to cite, open data) show none.
    const types = (await page.locator('.search-type').allTextContents()).filter((t) => t !== '');
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect([messages['search.type.actor'], messages['search.type.event'], messages['search.type.source'], messages['search.type.page']]).toContain(type);
    // The dialog, opened from any page with "/", says its words in the language too.
    await page.goto('/');
    await page.keyboard.press('/');
    await page.getByRole('dialog', { name: messages['search.dialog.name'] }).waitFor();
    await expect(page.getByRole('searchbox', { name: messages['search.dialog.label'] }).count()).resolves.toBe(1);
    await page.context().close();
  }, 60_000);

  it(`runs ${language === 'fa' ? 'right to left' : 'left to right'} with nothing off the side of a phone`, async () => {
    const { page } = await openPage(browser, server.url, { viewport: { width: 360, height: 740 } });
    for (const path of PAGES.slice(0, 3)) {
      await page.goto(path);
      const layout = await page.evaluate(() => ({
        direction: getComputedStyle(document.documentElement).direction,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        // What sticks out, to say what to fix.
        outside: [...document.querySelectorAll('body *')].filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > document.documentElement.clientWidth + 1 || r.left < -1);
        }).slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
        // Where the first event of a list starts: the inline-start edge of its line.
        title: (() => {
          const title = document.querySelector('.site-title')!.getBoundingClientRect();
          return { left: title.left, right: document.documentElement.clientWidth - title.right };
        })(),
      }));
      expect(layout.direction, path).toBe(language === 'fa' ? 'rtl' : 'ltr');
      expect(layout.overflow, `${path}: ${layout.outside.join(', ')}`).toBeLessThanOrEqual(0);
      // The site's title sits at the start of the header: the right for Persian, the left otherwise.
      if (language === 'fa') expect(layout.title.right, path).toBeLessThan(layout.title.left);
      else expect(layout.title.left, path).toBeLessThan(layout.title.right);
    }
    await page.context().close();
  }, 60_000);
});
