/**
 * The relations page on a 375 px phone: nothing scrolls the page sideways (the table scrolls
 * in its own labelled region), the network is drawn tall with labels of 12 px or more as
 * read, and the year control appears only when some relation has a date (on a fixture site
 * whose relation does), where it keeps the year in the URL.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, useChromium } from '../helpers/browser.ts';
import { fixtureBuild } from '../helpers/fixture-builds.ts';
import { MINIMAL } from '../helpers/fixtures.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Every label of the shown network drawing, with its font size as read on screen (CSS px). */
function labelSizes(page: Page): Promise<{ text: string; px: number }[]> {
  return page.evaluate(() => [...document.querySelectorAll<SVGTextElement>('svg.network text')]
    .filter((t) => t.getClientRects().length > 0)
    .map((t) => ({ text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0) })));
}

describe('the relations page on a phone', () => {
  const chromium = useChromium();

  it('scrolls nothing sideways, keeps the table in its own keyboard-scrollable region, and draws labels of 12 px or more', async () => {
    const { page, foreign } = await chromium.open(PHONE);
    await page.goto('/relations/');
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);

    const region = page.getByRole('region', { name: /^Every relation, as/ });
    await expect(region.locator('table.relations-table').count()).resolves.toBe(1);
    await expect(region.getAttribute('tabindex')).resolves.toBe('0');
    const box = await region.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);

    const sizes = await labelSizes(page);
    // Every actor's label and every relation's label is drawn, in the one drawing shown.
    expect(sizes.length).toBeGreaterThan(10);
    for (const { text, px } of sizes) expect(px, text).toBeGreaterThanOrEqual(12);
    await screenshot(page, 'relations-phone');
    expect(foreign).toEqual([]);
  });

  it('keeps the wide drawing on a desktop screen, its labels readable too', async () => {
    const { page } = await chromium.open({ viewport: { width: 1280, height: 900 } });
    await page.goto('/relations/');
    await expect(page.locator('svg.network-wide').isVisible()).resolves.toBe(true);
    await expect(page.locator('svg.network-narrow').isVisible()).resolves.toBe(false);
    for (const { text, px } of await labelSizes(page)) expect(px, text).toBeGreaterThanOrEqual(9);
  });
});

describe('the year control on a site whose relations have no date', () => {
  const chromium = useChromium();
  let server: StaticServer;
  beforeAll(async () => {
    // The minimal fixture as it is: its one relation has no date.
    server = await serveStatic(fixtureBuild('relations-undated', join(MINIMAL, 'content')).dist);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  it('offers none', async () => {
    const { page, foreign } = await openPage(chromium.browser(), server.url, PHONE);
    await page.goto('/relations/');
    await expect(page.locator('[data-network-controls]').count()).resolves.toBe(0);
    await expect(page.getByLabel('As it stood in').count()).resolves.toBe(0);
    expect(foreign).toEqual([]);
  });
});

describe('the year control on a site with a dated relation', () => {
  const chromium = useChromium();
  let server: StaticServer;
  beforeAll(async () => {
    const build = fixtureBuild('relations-dated', join(MINIMAL, 'content'), {
      edit: {
        key: 'relation since 2020-05',
        apply: (content) => {
          const file = join(content, 'actors/fixture-group.mdx');
          writeFileSync(file, readFileSync(file, 'utf8').replace('    type: rival\n', '    type: rival\n    since: "2020-05"\n'));
        },
      },
    });
    server = await serveStatic(build.dist);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  it('shows it and keeps the year in the URL', async () => {
    const { page, foreign } = await openPage(chromium.browser(), server.url, PHONE);
    await page.goto('/relations/');
    const year = page.getByLabel('As it stood in');
    await expect(year.isVisible()).resolves.toBe(true);
    const years = await year.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(years).toContain('2020');
    await year.selectOption('2020');
    expect(new URL(page.url()).searchParams.get('year')).toBe('2020');
    await expect(page.locator('[data-network-status]').textContent()).resolves.toMatch(/that held in 2020\.$/);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    expect(foreign).toEqual([]);
  });
});
