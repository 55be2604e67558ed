import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium, screenshot } from '../helpers/browser.ts';

/** Requests for search code: the UI chunk and anything under /pagefind/. */
function searchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/\/pagefind\/|\/_astro\/search-ui\./.test(url)) seen.push(url);
  });
  return seen;
}

describe('search in Chromium', () => {
  const chromium = useChromium();

  it('opens with "/", finds an alias, moves to a result with the arrow keys and lands on the page', async () => {
    const { page, foreign } = await chromium.open();
    const requests = searchRequests(page);
    await page.goto('/events/');
    await page.waitForLoadState('networkidle');
    // Nothing of search loads until the reader asks for it.
    expect(requests).toEqual([]);

    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.waitFor();
    const field = dialog.getByRole('searchbox', { name: 'Search the explainer' });
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await page.keyboard.type('Lamplighters');
    const first = dialog.locator('a.search-title').first();
    await expect(first.textContent({ timeout: 10_000 })).resolves.toContain('Lantern Guild');
    expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
    // Each result shows its type, date (for events) and excerpt.
    await expect(dialog.locator('.search-result').first().locator('.search-type').textContent()).resolves.toBe('Actor');
    await expect(dialog.locator('.search-result').first().locator('.search-excerpt mark').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'search-dialog');

    await page.keyboard.press('ArrowDown');
    await expect(first.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/actors/lantern-guild/');
    expect(foreign).toEqual([]);
  });

  it('opens with Ctrl+K, moves down and up through results, and closes with Esc, giving focus back', async () => {
    const { page } = await chromium.open();
    await page.goto('/');
    const trigger = page.locator('[data-search-trigger]');
    await trigger.focus();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.waitFor();
    await page.keyboard.type('Lowmere parish');
    const links = dialog.locator('a.search-title');
    await expect(links.first().textContent({ timeout: 10_000 })).resolves.toBe('Council announces operation in Lowmere parish');
    await expect(dialog.locator('.search-result').first().locator('.search-date').textContent()).resolves.toBe('16 July 2020 (year inferred)');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(dialog.getByRole('searchbox').evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(trigger.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it('does not take "/" from a reader typing in a field', async () => {
    const { page } = await chromium.open();
    await page.goto('/search/');
    const field = page.getByRole('searchbox', { name: /Search for a name/ });
    await field.focus();
    await page.keyboard.type('a/b');
    await expect(field.inputValue()).resolves.toBe('a/b');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
  });

  it('keeps what a reader typed on /search/ before its code arrived, and searches for it', async () => {
    const { page } = await chromium.open();
    // Hold the search code back until the reader has typed, as a slow phone connection would.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/search-ui\./, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/search/?q=Council');
    const field = page.getByRole('searchbox', { name: /Search for a name/ });
    await field.fill('Lowmere parish');
    release();
    const results = page.locator('[data-search-results] .search-result');
    await results.first().waitFor({ timeout: 10_000 });
    await expect(field.inputValue()).resolves.toBe('Lowmere parish');
    await expect(results.first().locator('a.search-title').textContent()).resolves.toBe('Council announces operation in Lowmere parish');
    await page.waitForURL(/q=Lowmere\+parish|q=Lowmere%20parish/);
  });

  it('runs the search in the URL of /search/, with its filters ticked, and keeps the URL in step', async () => {
    const { page } = await chromium.open();
    await page.goto('/search/?q=Guild&type=event');
    const results = page.locator('[data-search-results] .search-result');
    await results.first().waitFor({ timeout: 10_000 });
    const types = await results.locator('.search-type').allTextContents();
    expect(types.length).toBeGreaterThan(3);
    expect(new Set(types)).toEqual(new Set(['Event']));
    const eventBox = page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /Event/ });
    await expect(eventBox.isChecked()).resolves.toBe(true);

    await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /Actor/ }).check();
    await page.waitForURL(/type=event&type=actor|type=actor&type=event/);
    await expect.poll(async () => new Set(await results.locator('.search-type').allTextContents())).toEqual(new Set(['Event', 'Actor']));
    await screenshot(page, 'search-page');
  });

  it('says on /search/ that JavaScript is off, and links to the indexes', async () => {
    const { page } = await chromium.open({ javaScriptEnabled: false });
    await page.goto('/search/?q=Guild');
    const message = page.locator('.search-message');
    await expect(message.textContent()).resolves.toMatch(/needs JavaScript/);
    for (const name of ['actors', 'events', 'sources']) {
      await expect(message.getByRole('link', { name }).count()).resolves.toBe(1);
    }
  });
});
