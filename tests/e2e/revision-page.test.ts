/*
 * An old revision's permanent page in Chromium, on the fixture site with a history
 * (tests/helpers/history-fixture.ts): its banner is seen and read first, its link leads to
 * the current page from the keyboard, it runs no script and has no axe violations.
 * Screenshots go to tests/e2e/artifacts/revision-page/.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, launch, openPage, screenshot } from '../helpers/browser.ts';
import { EDITED, FIRST_EDIT_TEXT, historySite, type HistorySite } from '../helpers/history-fixture.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

describe('an old revision\'s page, in Chromium', () => {
  let site: HistorySite;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    site = historySite('history-e2e');
    server = await serveStatic(site.dist);
    browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const oldRevision = () => `/events/${EDITED}/revisions/${site.hashes[1]!.slice(0, 12)}/`;

  it('shows the banner with its date before the text, and has no axe violations', async () => {
    const { page, foreign } = await openPage(browser, server.url, { viewport: { width: 1024, height: 900 }, reducedMotion: 'reduce' });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    expect((await page.goto(oldRevision()))?.status()).toBe(200);
    const banner = page.locator('.revision-banner');
    await expect(banner.isVisible()).resolves.toBe(true);
    await expect(banner.textContent()).resolves.toMatch(/^\s*This is an old revision of this page, as it was on February 11, 2024\./);
    await expect(banner.locator('time').getAttribute('datetime')).resolves.toBe('2024-02-11');
    await expect(page.locator('.prose').textContent()).resolves.toContain(FIRST_EDIT_TEXT);
    // The banner comes before the headline, for eyes and for screen readers alike.
    const [bannerTop, headingTop] = await Promise.all([banner.boundingBox(), page.locator('h1').boundingBox()]);
    expect(bannerTop!.y).toBeLessThan(headingTop!.y);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    await screenshot(page, 'revision-page/old-revision');
    await page.context().close();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')}`))).toEqual([]);
    expect(scripts).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('leads to the current page from the keyboard, whose Changes list it', async () => {
    const { page } = await openPage(browser, server.url, { viewport: { width: 1024, height: 900 } });
    await page.goto(oldRevision());
    const link = page.getByRole('link', { name: 'Read the current page' });
    await link.focus();
    // Focus is visible: the link draws an outline when focused from the keyboard.
    const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/events/${EDITED}/`);
    const changes = page.locator('.page-history .changes li');
    await expect(changes.count()).resolves.toBe(4);
    mkdirSync(join(ARTIFACTS, 'revision-page'), { recursive: true });
    await page.locator('.page-history').screenshot({ path: join(ARTIFACTS, 'revision-page/changes.png') });
    await page.context().close();
  });
});
