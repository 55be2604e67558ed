import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { matches, parseSelection } from '../../src/lib/model/selection.ts';
import { eventActors } from '../../src/lib/figures/map/marks.ts';
import { useChromium, screenshot } from '../helpers/browser.ts';
import { siteGraph } from '../helpers/site-graph.ts';

const graph = siteGraph();

/** The events the selection in `query` should show, computed from the content, not the page. */
function expected(query: string, onMapOnly = false): string[] {
  const selection = parseSelection(query);
  return graph.eventsByDate
    .filter((e) => !onMapOnly || e.data.location?.lat !== undefined)
    .filter((e) => matches({ min: e.date.min, max: e.date.max, actors: eventActors(e), kind: e.data.kind, country: e.data.location?.country }, selection))
    .map((e) => e.id)
    .sort();
}

const visibleMarks = (page: Page) => page.locator('svg.map a.map-mark:not([hidden])').evaluateAll((els) => els.map((e) => (e as SVGElement).dataset.event!).sort());
const visibleItems = (page: Page) => page.locator('[data-place-list] li[data-event]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.event!).sort());

describe('the map in Chromium', () => {
  const chromium = useChromium();

  it('narrows both the map and the list with a filter', async () => {
    const { page, foreign } = await chromium.open();
    await page.goto('/map/');
    expect(await visibleMarks(page)).toEqual(expected('', true));
    expect(await visibleItems(page)).toEqual(expected(''));

    await page.getByLabel('Actor').selectOption('harbour-watch');
    expect(await visibleMarks(page)).toEqual(expected('actor=harbour-watch', true));
    expect(await visibleItems(page)).toEqual(expected('actor=harbour-watch'));
    expect((await visibleItems(page)).length).toBeLessThan(graph.eventsByDate.length);
    await expect(page.locator('[data-map-status]').textContent()).resolves.toBe(`Showing ${expected('actor=harbour-watch').length} of ${graph.eventsByDate.length} events; ${expected('actor=harbour-watch', true).length} on the map.`);
    // A country whose every event is filtered out loses its heading too.
    await expect(page.getByRole('heading', { name: 'Portugal' }).isVisible()).resolves.toBe(false);

    await page.getByRole('button', { name: 'Show all' }).click();
    await page.waitForFunction(() => !location.search);
    expect(await visibleItems(page)).toEqual(expected(''));
    expect(foreign).toEqual([]);
  });

  it('reads its selection from the URL and writes changes back (map alone: /timeline/ is not on this branch)', async () => {
    const { page } = await chromium.open();
    const query = 'actor=lantern-guild&from=2020-03&to=2020-07';
    await page.goto(`/map/?${query}`);
    await expect(page.getByLabel('Actor').inputValue()).resolves.toBe('lantern-guild');
    await expect(page.getByLabel('From', { exact: true }).inputValue()).resolves.toBe('2020-03');
    await expect(page.getByLabel('To', { exact: true }).inputValue()).resolves.toBe('2020-07');
    expect(await visibleMarks(page)).toEqual(expected(query, true));
    expect(await visibleItems(page)).toEqual(expected(query));
    expect(expected(query).length).toBeLessThan(graph.eventsByDate.length);

    await page.getByLabel('To', { exact: true }).selectOption('2020-05');
    expect(new URL(page.url()).search).toBe('?actor=lantern-guild&from=2020-03&to=2020-05');
    expect(await visibleItems(page)).toEqual(expected('actor=lantern-guild&from=2020-03&to=2020-05'));

    // The URL now carries the view: opening it afresh shows the same selection.
    const again = (await chromium.open()).page;
    await again.goto(page.url());
    expect(await visibleItems(again)).toEqual(await visibleItems(page));
    await expect(again.getByLabel('To', { exact: true }).inputValue()).resolves.toBe('2020-05');
  });

  it('zooms to the site\'s border and back', async () => {
    const { page } = await chromium.open({ reducedMotion: 'reduce' });
    await page.goto('/map/');
    const svg = page.locator('figure[data-map="map"] svg.map');
    const full = await svg.getAttribute('viewBox');
    const border = page.getByRole('button', { name: 'The lamp line' });
    await border.click();
    await expect(border.getAttribute('aria-pressed')).resolves.toBe('true');
    const zoomed = await svg.getAttribute('viewBox');
    expect(zoomed).toBe(await border.getAttribute('data-viewbox'));
    expect(Number(zoomed!.split(' ')[2])).toBeLessThan(Number(full!.split(' ')[2]));
    await page.getByRole('button', { name: 'Whole coast' }).click();
    await expect(svg.getAttribute('viewBox')).resolves.toBe(full);
  });

  it('takes a keyboard-only reader from the map to an event page, with a tooltip on focus that Esc dismisses', async () => {
    const { page } = await chromium.open();
    await page.goto('/map/');
    let onMark = false;
    for (let i = 0; i < 60 && !onMark; i += 1) {
      await page.keyboard.press('Tab');
      onMark = await page.evaluate(() => Boolean(document.activeElement?.closest('a.map-mark')));
    }
    expect(onMark).toBe(true);
    const href = await page.evaluate(() => document.activeElement!.getAttribute('href'));
    const tooltip = page.locator('.map-tooltip');
    await expect(tooltip.isVisible()).resolves.toBe(true);
    const id = href!.split('/').at(-2)!;
    await expect(tooltip.textContent()).resolves.toContain(graph.events.get(id)!.data.title);
    await page.keyboard.press('Escape');
    await expect(tooltip.isVisible()).resolves.toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(graph.events.get(id)!.data.title);
  });

  it('keeps each place label on its side of the dot when the page runs right to left', async () => {
    const { page } = await chromium.open();
    await page.goto('/map/');
    const sides = async () => page.locator('figure[data-map="map"] .map-place-labels text').evaluateAll((texts) => texts.map((t) => {
      const box = (t as SVGTextElement).getBBox();
      const at = Number((t as SVGElement).dataset.at!.split(' ')[0]);
      return { anchor: t.getAttribute('text-anchor'), left: box.x - at, right: box.x + box.width - at };
    }));
    const ltr = await sides();
    await page.evaluate(() => { document.documentElement.dir = 'rtl'; });
    const rtl = await sides();
    expect(rtl.length).toBeGreaterThan(0);
    expect(rtl).toEqual(ltr);
    // A label anchored at its start lies east of its place, one anchored at its end west of it.
    for (const l of rtl) {
      if (l.anchor === 'start') expect(l.left).toBeGreaterThan(0);
      if (l.anchor === 'end') expect(l.right).toBeLessThan(0);
    }
  });

  it('shows a tooltip on hover', async () => {
    const { page } = await chromium.open();
    await page.goto('/map/');
    await page.locator('a.map-mark[data-event="2020-07-20-watch-raid-kestrel-point"] .map-dot').hover();
    await expect(page.locator('.map-tooltip').textContent()).resolves.toContain(graph.events.get('2020-07-20-watch-raid-kestrel-point')!.data.title);
  });

  it('lets a keyboard reach each relation, which leads to its row with its sources or its editorial reading', async () => {
    const { page } = await chromium.open();
    await page.goto('/relations/');
    let edge: string | undefined;
    for (let i = 0; i < 40 && !edge; i += 1) {
      await page.keyboard.press('Tab');
      edge = await page.evaluate(() => (document.activeElement?.closest('a.net-edge') as SVGElement | null)?.dataset.edge);
    }
    expect(edge).toBeDefined();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**#rel-${edge}`);
    await expect(page.locator(`tr[id="rel-${edge}"]`).isVisible()).resolves.toBe(true);
    // A relation is either the sources' (linked) or the editors' reading (with its reason).
    const row = page.locator(`tr[id="rel-${edge}"]`);
    const sources = await row.locator('a[href^="/sources/"]').count();
    const editorial = await row.locator('em.editorial').count();
    expect(sources + editorial).toBeGreaterThan(0);
  });

  it.each(['/map/', '/relations/', '/actors/lantern-guild/', '/events/2020-07-16-lowmere-operation/'])('has no axe violations on %s', async (path) => {
    const { page } = await chromium.open();
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('takes screenshots of /map/ and /relations/', async () => {
    const { page } = await chromium.open({ viewport: { width: 1200, height: 900 } });
    await page.goto('/map/');
    console.log(await screenshot(page, 'map'));
    await page.goto('/relations/');
    console.log(await screenshot(page, 'relations'));
  });
});
