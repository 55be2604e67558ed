/**
 * Cumulative layout shift as Chromium reports it: a PerformanceObserver for 'layout-shift'
 * entries, installed before the page's own scripts run, summing the shifts that no reader
 * input caused (the metric's own rule). Read it with `layoutShift(page)`.
 */
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __layoutShift?: number;
  }
}

/** Starts counting on every document the page loads from now on. */
export async function trackLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) window.__layoutShift! += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shift counted so far on the current document. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => window.__layoutShift ?? Number.NaN);
}
