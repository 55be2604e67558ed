/**
 * axe-core on every page of the sitemap, in every way a reader meets it: a 360×740 phone and a
 * desktop, light and dark colour schemes, and print. Zero violations expected.
 *
 * Each page is checked in all modes at once (one browser context per mode, run side by side),
 * which keeps the suite to a couple of minutes on two cores.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deployment, loadSiteConfig } from '../../src/lib/content/site-config.ts';
import { pageKind } from '../../scripts/lib/weight.ts';
import { launch, openPage, screenshot } from '../helpers/browser.ts';
import { onPreview, sitemapPaths } from '../helpers/sitemap.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Rules switched off, each with its reason. This is the only place a rule may be disabled. */
const DISABLED_RULES: Record<string, string> = {};

interface Mode {
  name: string;
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  print?: boolean;
}
const MODES: Mode[] = [
  { name: 'phone-light', viewport: { width: 360, height: 740 }, colorScheme: 'light' },
  { name: 'phone-dark', viewport: { width: 360, height: 740 }, colorScheme: 'dark' },
  { name: 'desktop-light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'desktop-dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'print', viewport: { width: 1280, height: 900 }, colorScheme: 'light', print: true },
];

const { base } = deployment(loadSiteConfig());
// Every page to find, and a citation page, which the sitemap leaves out (one is like every other).
const paths = [...sitemapPaths(), `${base}events/2020-07-20-watch-raid-kestrel-point/cite/`];

/**
 * Screenshots (tests/e2e/artifacts/<mode>/<page>.png) for the first page of each kind — home,
 * an actor, an event, a listing, a prose page and any kind added later — in every mode. Full-page
 * screenshots of every page in every mode cost more than all the axe runs together.
 */
const kindOf = (path: string) => pageKind(`/${path.slice(base.length)}`);
const SHOWN = new Set(paths.filter((p, i) => paths.findIndex((q) => kindOf(q) === kindOf(p)) === i));
const slug = (path: string) => path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9-]+/gi, '_') || 'home';

/** One readable line per violation and element, so a failure says what to fix and where. */
function describeViolations(mode: string, results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return results.violations.flatMap((v) => v.nodes.map((n) => `[${mode}] ${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`));
}

describe('axe on every sitemap page, phone and desktop, light and dark, and print', () => {
  const baseURL = inject('baseURL');
  let browser: Browser;
  const tabs: { mode: Mode; page: Page; foreign: string[] }[] = [];

  beforeAll(async () => {
    browser = await launch();
    for (const mode of MODES) {
      const { page, foreign } = await openPage(browser, baseURL, { viewport: mode.viewport, colorScheme: mode.colorScheme, reducedMotion: 'reduce' });
      if (mode.print) await page.emulateMedia({ media: 'print' });
      tabs.push({ mode, page, foreign });
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads pages of every kind from the sitemap', () => {
    expect(paths).toContain('/');
    expect(paths.some((p) => kindOf(p) === 'actor') && paths.some((p) => kindOf(p) === 'event')).toBe(true);
  });

  it.each(paths)('%s has no violations in any mode', async (path) => {
    const found = await Promise.all(
      tabs.map(async ({ mode, page, foreign }) => {
        const response = await page.goto(onPreview(path, baseURL));
        const results = await new AxeBuilder({ page }).withTags(TAGS).disableRules(Object.keys(DISABLED_RULES)).analyze();
        if (SHOWN.has(path)) await screenshot(page, `${mode.name}/${slug(path)}`);
        return [
          ...(response?.status() === 200 ? [] : [`[${mode.name}] HTTP ${response?.status()}`]),
          ...describeViolations(mode.name, results),
          ...foreign.splice(0).map((url) => `[${mode.name}] request to another host: ${url}`),
        ];
      }),
    );
    expect(found.flat()).toEqual([]);
  }, 180_000); // five modes side by side; generous because the two cores are often shared
});
