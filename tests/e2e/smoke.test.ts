import { describe, expect, it } from 'vitest';
import { useChromium, screenshot } from '../helpers/browser.ts';

describe('a reader in Chromium', () => {
  const chromium = useChromium();

  it('goes from the home page to an actor page and finds its events', async () => {
    const { page, foreign } = await chromium.open();
    await page.goto('/');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Lantern Guild');

    // Follow the actor link that the home page's prose or nav leads to: the actors index, then the Lantern Guild.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actors' }).click();
    await page.waitForURL('**/actors/');
    await page.getByRole('link', { name: 'Lantern Guild (Guild)', exact: true }).click();
    await page.waitForURL('**/actors/lantern-guild/');

    const events = page.locator('section[aria-labelledby="events-heading"] .event-item');
    await expect(events.count()).resolves.toBeGreaterThanOrEqual(5);
    const titles = await events.locator('.event-title').allTextContents();
    expect(titles).toContain('Harbour Watch announces raid on a Guild store in Kestrel Point');

    // And on to one of those events, which links back to the actor.
    await page.getByRole('link', { name: 'Harbour Watch announces raid on a Guild store in Kestrel Point', exact: true }).click();
    await page.waitForURL('**/events/2020-07-20-watch-raid-kestrel-point/');
    await expect(page.getByRole('link', { name: 'Lantern Guild' }).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'event-watch-raid');
    expect(foreign).toEqual([]);
  });
});
