/**
 * A keyboard-only walk of the home page: Tab alone reaches every interactive element the DOM
 * holds, in order, and each one shows where focus is.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, screenshot } from '../helpers/browser.ts';

/** What the browser puts in the Tab order when it is not disabled, hidden or tabindex=-1. */
const FOCUSABLE = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';

/** The look of an element that a focus indicator changes. */
interface Look {
  outline: string;
  boxShadow: string;
  background: string;
  textDecoration: string;
  border: string;
}

describe('keyboard on the home page', () => {
  const baseURL = inject('baseURL');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 900 }]) {
    it(`Tab reaches every interactive element with visible focus at ${viewport.width}px`, async () => {
      const { page, foreign } = await openPage(browser, baseURL, { viewport, reducedMotion: 'reduce' });
      await page.goto('/');

      // Number the elements that should be reachable, and note how each looks unfocused.
      const expected = await page.evaluate((selector) => {
        const look = (el: Element) => {
          const s = getComputedStyle(el);
          return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, boxShadow: s.boxShadow, background: s.backgroundColor, textDecoration: s.textDecorationLine, border: s.borderColor };
        };
        const list = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
          if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert], [hidden]')) return false;
          const s = getComputedStyle(el);
          return s.display !== 'none' && s.visibility !== 'hidden' && el.getClientRects().length > 0;
        });
        return list.map((el, i) => {
          el.dataset.kbd = String(i);
          return { id: i, label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`, look: look(el) };
        });
      }, FOCUSABLE);
      expect(expected.length).toBeGreaterThan(5);

      const reached: number[] = [];
      const problems: string[] = [];
      for (let step = 0; step < expected.length * 2 + 5; step++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return undefined;
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          return {
            id: el.dataset.kbd === undefined ? -1 : Number(el.dataset.kbd),
            label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
            look: { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, boxShadow: s.boxShadow, background: s.backgroundColor, textDecoration: s.textDecorationLine, border: s.borderColor },
            outlineWidth: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth),
            inView: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
          };
        });
        if (!state) break; // focus left the document: the walk is over
        if (reached.includes(state.id)) break;
        reached.push(state.id);
        if (state.id === -1) problems.push(`focus reached ${state.label}, which the DOM scan did not list`);
        const before = expected.find((e) => e.id === state.id)?.look as Look | undefined;
        const changed = before !== undefined && (Object.keys(before) as (keyof Look)[]).some((k) => before[k] !== state.look[k]);
        if (!changed) problems.push(`${state.label}: looks the same focused and unfocused`);
        if (state.outlineWidth < 2 && state.look.boxShadow === 'none') problems.push(`${state.label}: no outline or box-shadow of 2px or more when focused`);
        if (!state.inView) problems.push(`${state.label}: focused but outside the viewport`);
        if (reached.length === 1) await screenshot(page, `keyboard/${viewport.width}-first-focus`);
      }

      const missed = expected.filter((e) => !reached.includes(e.id)).map((e) => e.label);
      expect(missed, 'elements Tab never reached').toEqual([]);
      expect(reached, 'Tab order follows the DOM order').toEqual([...reached].sort((a, b) => a - b));
      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
      await page.context().close();
    });
  }
});
