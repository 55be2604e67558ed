/**
 * The timeline on a phone (375 CSS px): every event's mark is reachable by a tap of its own
 * (the point at its centre hits that mark and no other), every tap target is at least 24×24
 * (WCAG 2.5.8), and no label is clipped by the chart, before and after zooming in; and a
 * date known only to lie within a range is drawn as such, not as a bar.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from '../helpers/browser.ts';

const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

interface MarkCheck { id: string; hitsItself: boolean; labelHitsItself: boolean | null; target: [number, number]; labelClipped: boolean; labelled: boolean }

/** For every mark in the chart: what a tap at its shape's centre (within the chart) and at its label's centre reaches. */
function checkMarks(page: Page): Promise<MarkCheck[]> {
  return page.evaluate(() => {
    const svg = document.querySelector('.timeline svg.tl-svg')!;
    const marks = [...svg.querySelectorAll<SVGAElement>('a.tl-mark')];
    const hitsAt = (el: Element, own: Element): boolean => {
      el.scrollIntoView({ block: 'center' });
      const frame = svg.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      // The part of the shape the chart shows: a bar running in from before the view is cut by it.
      const left = Math.max(box.left, frame.left);
      const right = Math.min(box.right, frame.right);
      const top = Math.max(box.top, frame.top);
      const bottom = Math.min(box.bottom, frame.bottom);
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      return hit?.closest('a.tl-mark') === own;
    };
    return marks.map((mark) => {
      const shapes = [...mark.querySelectorAll('.tl-shape')];
      const label = mark.querySelector('.tl-label');
      const target = mark.querySelector('.tl-hit')!.getBoundingClientRect();
      const frame = svg.getBoundingClientRect();
      const text = label?.getBoundingClientRect();
      return {
        id: mark.dataset.id ?? mark.getAttribute('data-id')!,
        hitsItself: hitsAt(shapes[0]!, mark),
        labelHitsItself: label ? hitsAt(label, mark) : null,
        target: [target.width, target.height],
        labelClipped: text ? text.left < frame.left - 0.5 || text.right > frame.right + 0.5 : false,
        labelled: Boolean(label && label.textContent!.trim()),
      };
    });
  });
}

describe('the timeline on a phone', () => {
  const chromium = useChromium();

  async function ready(page: Page, path: string) {
    await page.goto(path);
    await page.waitForSelector('.timeline[data-ready]');
  }

  it('gives every mark a tap target of its own, labelled and unclipped, before and after zooming in', async () => {
    const { page, foreign } = await chromium.open({ ...PHONE, reducedMotion: 'reduce' });
    await ready(page, '/timeline/');
    await expect(page.locator('.timeline svg.tl-svg').getAttribute('class')).resolves.toContain('tl-vertical');
    const all = await checkMarks(page);
    expect(all).toHaveLength(9);
    for (const m of all) {
      expect(m, m.id).toMatchObject({ hitsItself: true, labelHitsItself: true, labelClipped: false, labelled: true });
      // 24 layout units; the browser's scaling of the SVG to its box may take a thousandth of a pixel.
      expect(m.target[0], m.id).toBeGreaterThanOrEqual(23.99);
      expect(m.target[1], m.id).toBeGreaterThanOrEqual(23.99);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'timeline-phone');

    // Zoomed in, the long ranges run in from before the view: they keep their labels.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Later' }).click();
    const zoomed = await checkMarks(page);
    expect(zoomed.map((m) => m.id)).toContain('2020-06-marrow-refuses-recognition');
    for (const m of zoomed) expect(m, m.id).toMatchObject({ hitsItself: true, labelHitsItself: true, labelClipped: false, labelled: true });
    expect(foreign).toEqual([]);
  });

  it('follows a tap on a range to its event page', async () => {
    const { page } = await chromium.open(PHONE);
    await ready(page, '/timeline/');
    const mark = page.locator('.timeline a.tl-mark[data-id="2020-06-marrow-refuses-recognition"] .tl-shape').first();
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(/\/events\/2020-06-marrow-refuses-recognition\/$/);
  });

  it('draws a date known only to lie within a range as a dotted range, worded as such, and a legend for it', async () => {
    const { page } = await chromium.open({ viewport: { width: 1100, height: 900 } });
    await ready(page, '/timeline/');
    const within = page.locator('.timeline a.tl-mark.tl-within');
    await expect(within.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-id')).sort())).resolves.toEqual([
      '2020-06-marrow-refuses-recognition',
    ]);
    const look = await within.first().locator('.tl-shape').first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { fill: s.fill, dash: s.strokeDasharray };
    });
    expect(look.fill).toBe('none');
    expect(look.dash).not.toBe('none');
    await expect(within.first().getAttribute('aria-label')).resolves.toMatch(/, at some time between June 2020 and the end of 2020$/);
    await expect(page.locator('.timeline .tl-legend').textContent()).resolves.toContain('Happened once, some time in this range');
    await expect(page.locator('.tl-list #event-2020-06-marrow-refuses-recognition .event-meta').textContent()).resolves.toContain('at some time between June 2020 and the end of 2020');
    // The tooltip words it the same way.
    await within.first().focus();
    await expect(page.locator('.tl-tip').textContent()).resolves.toContain('at some time between June 2020 and the end of 2020');
    await screenshot(page, 'timeline-uncertain');
  });
});
