/** The list pages in Chromium: no axe violations (WCAG 2.2 AA) on an overview and on each kind of list page, and the pager walked with the keyboard. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useChromium } from '../helpers/browser.ts';

describe('list pages in Chromium', () => {
  const chromium = useChromium();

  it.each(['/events/', '/events/2020/', '/actors/', '/actors/l/', '/sources/', '/sources/news-report/', '/relations/opposes/', '/data/'])('has no axe violations on %s', async (path) => {
    const { page } = await chromium.open();
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('reaches a year’s events from /events/ with the keyboard alone', async () => {
    const { page } = await chromium.open();
    await page.goto('/events/');
    const link = page.locator('#years-heading + ul a').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/events/2019/');
    await expect(page.locator('.event-list .event-title a').count()).resolves.toBeGreaterThan(0);
  });
});
