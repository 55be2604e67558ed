/**
 * The search page and dialog on a 375 px touch phone: results first (order and filters
 * folded away, offering only what the search can reach), nothing wider than the screen, no
 * layout shift while the results arrive, and no keyboard hints for a reader without one.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from '../helpers/browser.ts';
import { layoutShift, trackLayoutShift } from '../helpers/layout-shift.ts';

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

describe('search on a phone', () => {
  const chromium = useChromium();

  it('shows /search/?q=Lamplighters with its first result on the first screen, no sideways scroll and a layout shift under 0.1', async () => {
    const { page, foreign } = await chromium.open(PHONE);
    await trackLayoutShift(page);
    await page.goto('/search/?q=Lamplighters');
    const results = page.locator('[data-search-results] .search-result');
    await results.first().waitFor({ timeout: 10_000 });
    // Let whatever follows the results (counts, filters) settle before measuring.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);

    expect(await layoutShift(page)).toBeLessThan(0.1);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    const title = await results.first().locator('a.search-title').boundingBox();
    expect(title).not.toBeNull();
    expect(title!.y + title!.height).toBeLessThanOrEqual(PHONE.viewport.height);
    // The actor first, then the events it is involved in.
    const types = await results.locator('.search-type').allTextContents();
    expect(types[0]).toBe('Actor');
    expect(types.length).toBeGreaterThan(3);
    expect(new Set(types.slice(1))).toEqual(new Set(['Event']));
    await expect(results.first().locator('a.search-title').textContent()).resolves.toMatch(/^Lantern Guild/);
    await screenshot(page, 'search-isis-k-phone');
    expect(foreign).toEqual([]);
  });

  it('folds order and filters under a disclosure that offers only values the search has, or that are ticked', async () => {
    const { page } = await chromium.open(PHONE);
    await page.goto('/search/?q=Lamplighters');
    await page.locator('[data-search-results] .search-result').first().waitFor({ timeout: 10_000 });
    const options = page.locator('details.search-options');
    await expect(options.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(page.getByRole('group', { name: 'Type' }).isVisible()).resolves.toBe(false);

    // Opened from the keyboard, as a disclosure is.
    await options.locator('summary').focus();
    await page.keyboard.press('Enter');
    const type = page.getByRole('group', { name: 'Type' });
    await type.waitFor();
    await expect(type.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).resolves.toEqual(['actor', 'event']);
    const offered = await page.locator('.search-filter label:visible').allTextContents();
    expect(offered.length).toBeGreaterThan(0);
    for (const text of offered) expect(text, text).not.toMatch(/\(0\)/);
    // A year no result of the search has is not offered; a filter with nothing left is gone.
    await expect(page.getByRole('checkbox', { name: /Publication/ }).isVisible()).resolves.toBe(false);

    // Ticking narrows the results; the other type stays offered, so it can be added back.
    await type.getByRole('checkbox', { name: /Event/ }).check();
    await page.waitForURL(/type=event/);
    await expect.poll(async () => new Set(await page.locator('.search-type').allTextContents())).toEqual(new Set(['Event']));
    await expect(type.getByRole('checkbox', { name: /Actor/ }).isVisible()).resolves.toBe(true);
    await expect(options.locator('summary').textContent()).resolves.toMatch(/1 filter on/);

    // A search that no longer has events keeps the ticked value, so it can be unticked.
    await page.getByRole('searchbox').fill('qwxzvbnmplk');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/No results/);
    await expect(type.getByRole('checkbox', { name: /Event/ }).isVisible()).resolves.toBe(true);
  });

  it('shows no keyboard hints on a touch screen, and shows them with a mouse and keyboard', async () => {
    const touch = await chromium.open(PHONE);
    await touch.page.goto('/search/');
    await expect(touch.page.locator('.search-hint').first().isVisible()).resolves.toBe(true);
    await expect(touch.page.locator('.search-keys').isVisible()).resolves.toBe(false);
    await touch.page.goto('/events/');
    await touch.page.locator('[data-search-trigger]').tap();
    const dialog = touch.page.getByRole('dialog', { name: 'Search' });
    await dialog.waitFor();
    await expect(dialog.locator('.search-hint').isVisible()).resolves.toBe(true);
    await expect(dialog.locator('.search-hint .search-keys').isVisible()).resolves.toBe(false);
    await expect(touch.page.locator('[data-search-trigger] kbd').isVisible()).resolves.toBe(false);
    // Nor does the count of results tell a touch reader to use arrow keys.
    await touch.page.keyboard.type('Guild');
    await expect.poll(() => dialog.locator('.search-status').textContent(), { timeout: 10_000 }).toMatch(/results/);
    await expect(dialog.locator('.search-status .search-keys').isVisible()).resolves.toBe(false);

    const desk = await chromium.open({ viewport: { width: 1280, height: 900 } });
    await desk.page.goto('/events/');
    await expect(desk.page.locator('[data-search-trigger] kbd').isVisible()).resolves.toBe(true);
    await desk.page.keyboard.press('/');
    const deskDialog = desk.page.getByRole('dialog', { name: 'Search' });
    await deskDialog.waitFor();
    await expect(deskDialog.locator('.search-hint .search-keys').textContent()).resolves.toMatch(/Esc closes/);
    await expect(deskDialog.locator('.search-hint .search-keys').isVisible()).resolves.toBe(true);
    await desk.page.keyboard.type('Guild');
    await expect.poll(() => deskDialog.locator('.search-status').textContent(), { timeout: 10_000 }).toMatch(/Use the arrow keys/);
    await expect(deskDialog.locator('.search-status .search-keys').isVisible()).resolves.toBe(true);
  });
});
