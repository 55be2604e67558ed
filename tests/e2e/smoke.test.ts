import { describe, expect, it } from 'vitest';
import { useChromium, screenshot } from '../helpers/browser.ts';

describe('a reader in Chromium', () => {
  const chromium = useChromium();

  it('goes from the home page to an actor page and finds its events', async () => {
    const { page, foreign } = await chromium.open();
    await page.goto('/');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('ISKP');

    // Follow the actor link that the home page's prose or nav leads to: the actors index, then ISKP.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actors' }).click();
    await page.waitForURL('**/actors/');
    await page.getByRole('link', { name: /Islamic State Khorasan Province/ }).click();
    await page.waitForURL('**/actors/iskp/');

    const events = page.locator('section[aria-labelledby="events-heading"] .event-item');
    await expect(events.count()).resolves.toBeGreaterThanOrEqual(5);
    const titles = await events.locator('.event-title').allTextContents();
    expect(titles).toContain('GDI announces raid on an ISKP flat in Kabul');

    // And on to one of those events, which links back to the actor.
    await page.getByRole('link', { name: 'GDI announces raid on an ISKP flat in Kabul', exact: true }).click();
    await page.waitForURL('**/events/2022-07-20-gdi-raid-kabul-flat/');
    await expect(page.getByRole('link', { name: 'Islamic State Khorasan Province' }).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'event-gdi-raid');
    expect(foreign).toEqual([]);
  });
});
