/**
 * A keyboard-only walk of the home page: Tab alone reaches every interactive element the DOM
 * holds (including those an island adds while the reader moves through the page), in DOM
 * order, and each one shows where focus is.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium, screenshot } from '../helpers/browser.ts';

/** What the browser puts in the Tab order when it is not disabled, hidden or tabindex=-1. */
const FOCUSABLE = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';

interface Seen {
  id: string;
  label: string;
  /** The computed properties a focus indicator changes, joined. */
  look: string;
}

/**
 * Runs in the page: numbers `el` (once) and describes it. Properties compared: outline,
 * box-shadow, background, text decoration, border colour.
 */
function describeElement(el: HTMLElement): Seen & { outlineWidth: number; shadow: string; inView: boolean } {
  const w = window as unknown as { kbdNext?: number };
  if (el.dataset.kbd === undefined) el.dataset.kbd = String((w.kbdNext = (w.kbdNext ?? 0) + 1));
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return {
    id: el.dataset.kbd,
    label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`,
    look: [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.textDecorationLine, s.borderColor].join('|'),
    outlineWidth: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth),
    shadow: s.boxShadow,
    inView: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
  };
}

/** Every element of the page that Tab should reach, in DOM order, described unfocused. */
async function scan(page: Page): Promise<Seen[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return page.evaluate(
    ([selector, fn]) => {
      const describe = new Function(`return (${fn})`)() as (el: HTMLElement) => Seen;
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => {
          if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert], [hidden]')) return false;
          if (el.tagName === 'SUMMARY' && el.parentElement?.querySelector(':scope > summary') !== el) return false;
          const s = getComputedStyle(el);
          return s.display !== 'none' && s.visibility !== 'hidden' && el.getClientRects().length > 0 && !el.closest('details:not([open]) > :not(summary)');
        })
        .map((el) => {
          const { id, label, look } = describe(el);
          return { id, label, look };
        });
    },
    [FOCUSABLE, describeElement.toString()] as const,
  );
}

describe('keyboard on the home page', () => {
  const chromium = useChromium();

  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 900 }]) {
    it(`Tab reaches every interactive element with visible focus at ${viewport.width}px`, async () => {
      const { page, foreign } = await chromium.open({ viewport, reducedMotion: 'reduce' });
      await page.goto('/', { waitUntil: 'networkidle' });
      const before = await scan(page);
      expect(before.length).toBeGreaterThan(5);

      const reached: (Seen & { outlineWidth: number; shadow: string; inView: boolean })[] = [];
      for (let step = 0; step < before.length * 3 + 10; step++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(
          (fn) => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return undefined;
            return (new Function(`return (${fn})`)() as (el: HTMLElement) => unknown)(el);
          },
          describeElement.toString(),
        ) as (typeof reached)[number] | undefined;
        if (!state || reached.some((r) => r.id === state.id)) break; // focus left the page or came round again
        reached.push(state);
        if (reached.length === 1) await screenshot(page, `keyboard/${viewport.width}-first-focus`);
      }
      await page.waitForLoadState('networkidle');
      // Scanned again: islands may have added controls (copy buttons) as the walk scrolled by.
      const after = await scan(page);

      const reachedIds = new Set(reached.map((r) => r.id));
      expect(after.filter((e) => !reachedIds.has(e.id)).map((e) => e.label), 'elements Tab never reached').toEqual([]);
      const order = reached.map((r) => after.findIndex((e) => e.id === r.id)).filter((i) => i >= 0);
      expect(order, 'Tab order follows the DOM order').toEqual([...order].sort((a, b) => a - b));

      const problems: string[] = [];
      for (const r of reached) {
        const unfocused = after.find((e) => e.id === r.id) ?? before.find((e) => e.id === r.id);
        if (unfocused && unfocused.look === r.look) problems.push(`${r.label}: looks the same focused and unfocused`);
        if (r.outlineWidth < 2 && r.shadow === 'none') problems.push(`${r.label}: no outline of 2px or more, nor a box-shadow, when focused`);
        if (!r.inView) problems.push(`${r.label}: focused but outside the viewport`);
      }
      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
      await page.context().close();
    });
  }
});
