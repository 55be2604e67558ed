import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium, screenshot } from '../helpers/browser.ts';

const DAY = 86_400_000;

describe('the timeline in Chromium', () => {
  const chromium = useChromium();

  async function ready(page: Page, path: string) {
    await page.goto(path);
    await page.waitForSelector('.timeline[data-ready]');
  }
  const range = (page: Page) => page.locator('.timeline svg.tl-svg').evaluate((svg) => [Date.parse(svg.getAttribute('data-from')!), Date.parse(svg.getAttribute('data-to')!)]);
  const visibleItems = (page: Page) => page.locator('.tl-list .event-item:not([hidden])').count();

  it('looks like a newsroom chart on the home page', async () => {
    const { page, foreign } = await chromium.open({ viewport: { width: 1100, height: 900 } });
    await ready(page, '/');
    await expect(page.locator('.timeline a.tl-mark').count()).resolves.toBe(9);
    const path = await screenshot(page, 'home-timeline');
    expect(path).toMatch(/home-timeline\.png$/);
    expect(foreign).toEqual([]);
  });

  it('changes the visible date range with the zoom buttons', async () => {
    const { page } = await chromium.open({ viewport: { width: 1100, height: 900 }, reducedMotion: 'reduce' });
    await ready(page, '/');
    const [a0, b0] = await range(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const [a1, b1] = await range(page);
    expect(b1 - a1).toBeLessThan((b0 - a0) * 0.6);
    await page.getByRole('button', { name: 'Later' }).click();
    const [a2] = await range(page);
    expect(a2).toBeGreaterThan(a1);
    await page.getByRole('button', { name: 'Show all' }).click();
    const [a3, b3] = await range(page);
    expect(Math.abs(b3 - a3 - (b0 - a0))).toBeLessThan(DAY);
  });

  it('zooms with the keyboard and the wheel, and pans by dragging', async () => {
    const { page } = await chromium.open({ viewport: { width: 1100, height: 900 } });
    await ready(page, '/');
    const [a0, b0] = await range(page);
    await page.locator('.timeline .tl-canvas').focus();
    await page.keyboard.press('+');
    const [a1, b1] = await range(page);
    expect(b1 - a1).toBeLessThan(b0 - a0);
    await page.keyboard.press('ArrowLeft');
    const [a2] = await range(page);
    expect(a2).toBeLessThan(a1);
    const box = (await page.locator('.timeline svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await page.waitForFunction((span) => {
      const svg = document.querySelector('.timeline svg.tl-svg')!;
      return Date.parse(svg.getAttribute('data-to')!) - Date.parse(svg.getAttribute('data-from')!) < span;
    }, b1 - a1);

    // Dragging right shows earlier dates, and the drag does not follow a link.
    const [a3] = await range(page);
    await page.mouse.move(box.x + box.width * 0.5, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, box.y + 8, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction((start) => Date.parse(document.querySelector('.timeline svg.tl-svg')!.getAttribute('data-from')!) < start, a3!);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('filters both the marks and the list, announces the count and updates the URL; reloading restores it', async () => {
    const { page } = await chromium.open({ viewport: { width: 1100, height: 900 } });
    await ready(page, '/timeline/');
    expect(new URL(page.url()).search).toBe('');
    await expect(page.locator('.tl-mark').count()).resolves.toBe(9);
    await page.getByLabel('Kind').selectOption('raid');
    await expect(page.locator('.tl-mark').count()).resolves.toBe(2);
    await expect(visibleItems(page)).resolves.toBe(2);
    await expect(page.locator('.tl-status').textContent()).resolves.toBe('Showing 2 of 9 events.');
    await expect(page.locator('.tl-status').getAttribute('aria-live')).resolves.toBe('polite');
    await page.waitForURL(/\?kind=raid&zoom=\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d$/);
    const before = await range(page);

    await page.reload();
    await page.waitForSelector('.timeline[data-ready]');
    await expect(page.getByLabel('Kind').inputValue()).resolves.toBe('raid');
    await expect(page.locator('.tl-mark').count()).resolves.toBe(2);
    await expect(visibleItems(page)).resolves.toBe(2);
    const after = await range(page);
    expect(Math.abs(after[0]! - before[0]!)).toBeLessThanOrEqual(DAY);
    expect(Math.abs(after[1]! - before[1]!)).toBeLessThanOrEqual(DAY);
  });

  it('switches lanes between kind, country and actor', async () => {
    const { page } = await chromium.open({ viewport: { width: 1100, height: 900 } });
    await ready(page, '/timeline/');
    const lanes = () => page.locator('.tl-lane-name').allTextContents();
    await expect(lanes()).resolves.toContain('Raid');
    await page.getByLabel('Lanes').selectOption('country');
    await expect(lanes()).resolves.toContain('Spain');
    await page.waitForURL(/lanes=country/);
    await page.getByLabel('Lanes').selectOption('actor');
    // Lanes by actor follow attributed roles only: the Harbour Watch carried out operations,
    // while the Beacon Gazette only reported a fire and is named in a raid.
    await expect(lanes()).resolves.toContain('Harbour Watch');
    await expect(lanes()).resolves.toContain('Attributed to no one');
    await expect(lanes()).resolves.not.toContain('Beacon Gazette');
    await expect(page.locator('.tl-mark').count()).resolves.toBe(9);
  });

  it('opens a shared link to one actor\'s events from March to July 2020', async () => {
    const { page } = await chromium.open({ viewport: { width: 1100, height: 900 } });
    await ready(page, '/timeline/?actor=lantern-guild&from=2020-03&to=2020-07');
    await expect(page.getByLabel('Actor').inputValue()).resolves.toBe('lantern-guild');
    const [a, b] = await range(page);
    expect(new Date(a!).toISOString().slice(0, 10)).toBe('2020-03-01');
    expect(new Date(b!).toISOString().slice(0, 10)).toBe('2020-08-01');
    const ids = await page.locator('.tl-mark').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-id')));
    expect(ids).toContain('2020-07-20-watch-raid-kestrel-point');
    expect(ids).not.toContain('2019-22-guild-takes-the-lamps');
  });

  it('takes a keyboard-only reader from the timeline to an event page, with a tooltip on focus that Esc closes', async () => {
    const { page } = await chromium.open({ viewport: { width: 1100, height: 900 } });
    await ready(page, '/');
    let onMark = false;
    for (let i = 0; i < 80 && !onMark; i++) {
      await page.keyboard.press('Tab');
      onMark = await page.evaluate(() => document.activeElement?.classList.contains('tl-mark') ?? false);
    }
    expect(onMark).toBe(true);
    const tip = page.locator('.tl-tip');
    await expect(tip.isVisible()).resolves.toBe(true);
    const id = await page.evaluate(() => document.activeElement!.getAttribute('data-id'));
    await expect(tip.textContent()).resolves.toContain(await page.evaluate(() => document.activeElement!.getAttribute('aria-label')!.split(', ')[0]!));
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/events/${id}/`);
  });

  it('is a vertical timeline on a narrow screen', async () => {
    const { page } = await chromium.open({ viewport: { width: 390, height: 800 } });
    await ready(page, '/');
    await expect(page.locator('.timeline svg.tl-vertical').count()).resolves.toBe(1);
    await screenshot(page, 'home-timeline-narrow');
  });

  it('still has the SVG and the list with JavaScript disabled', async () => {
    const { page } = await chromium.open({ javaScriptEnabled: false });
    await page.goto('/timeline/');
    await expect(page.locator('.timeline svg.tl-svg a.tl-mark').count()).resolves.toBe(9);
    await expect(page.locator('.timeline .tl-list .event-item').count()).resolves.toBe(9);
    await expect(page.locator('.tl-toolbar').isVisible()).resolves.toBe(false);
    await expect(page.locator('form.tl-filters').isVisible()).resolves.toBe(false);
  });
});
