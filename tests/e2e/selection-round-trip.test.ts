import { describe, expect, it } from 'vitest';
import { useChromium } from '../helpers/browser.ts';

// The timeline and the map share one selection in the URL: a reader who filtered one
// view and follows "the same selection on …" finds the same selection in the other, and back.
describe('the selection travels between /timeline/ and /map/', () => {
  const chromium = useChromium();

  it('round-trips actor, from and to', async () => {
    const { page, foreign } = await chromium.open();
    await page.goto('/timeline/?actor=lantern-guild&from=2020-03&to=2020-07');
    await page.getByRole('link', { name: 'The same selection on the map' }).click();
    await page.waitForURL('**/map/?**');
    const onMap = new URL(page.url()).searchParams;
    expect([onMap.get('actor'), onMap.get('from'), onMap.get('to')]).toEqual(['lantern-guild', '2020-03', '2020-07']);
    await expect(page.getByLabel('Actor').inputValue()).resolves.toBe('lantern-guild');
    await expect(page.locator('[data-map-status]').textContent()).resolves.toMatch(/^Showing \d+ of 9 events/);

    // Narrow it further on the map, then carry it back to the timeline.
    await page.getByLabel('From', { exact: true }).selectOption('2020-06');
    await page.waitForURL(/from=2020-06/);
    await page.getByRole('link', { name: 'The same selection on the timeline' }).click();
    await page.waitForURL('**/timeline/?**');
    const back = new URL(page.url()).searchParams;
    expect([back.get('actor'), back.get('from'), back.get('to')]).toEqual(['lantern-guild', '2020-06', '2020-07']);
    expect(foreign).toEqual([]);
  });
});
