/**
 * Event and home pages as a reader sees them in Chromium, on a phone and a desktop: the byline
 * under the headline, sources in words, the home page's key facts first, and copy buttons in
 * the site's style. The screenshots (event-watch-raid-desktop, event-lowmere-phone,
 * home-phone) are kept to compare with tests/e2e/artifacts/before/.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from '../helpers/browser.ts';

const PHONE = { viewport: { width: 375, height: 812 } };
const fits = () => document.documentElement.scrollWidth <= document.documentElement.clientWidth;

describe('pages that read like an explainer', () => {
  const chromium = useChromium();

  it('an event on a phone: the byline under the headline, its sources in words, no id in sight', async () => {
    const { page, foreign } = await chromium.open(PHONE);
    await page.goto('/events/2020-07-16-lowmere-operation/');
    const byline = page.locator('h1 + .byline');
    await expect(byline.isVisible()).resolves.toBe(true);
    await expect(byline.textContent()).resolves.toMatch(/^By .+ · (First published|Published|Draft|This copy)/);
    const seen = await page.locator('main').innerText();
    expect(seen).toContain('A post by Brannoc Vell, 16 July 2020 (year inferred), as reported by Saltmarsh Courier.');
    expect(seen).not.toMatch(/vell-post|courier-report|Title not given/);
    await expect(page.evaluate(fits)).resolves.toBe(true);
    await screenshot(page, 'event-lowmere-phone');
    expect(foreign).toEqual([]);
  });

  it('the home page on a phone opens with its key facts, before the prose and the long list', async () => {
    const { page, foreign } = await chromium.open(PHONE);
    await page.goto('/');
    const facts = page.getByRole('region', { name: 'Key facts' });
    await expect(facts.isVisible()).resolves.toBe(true);
    const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
    expect(await top('section.key-facts')).toBeLessThan(await top('article .prose'));
    expect(await top('section.unknowns')).toBeLessThan(await top('#events-heading'));
    await expect(page.evaluate(fits)).resolves.toBe(true);
    await screenshot(page, 'home-phone');
    expect(foreign).toEqual([]);
  });

  it('an event on a desktop: copy buttons in the site\'s style, and one rule above the citation block', async () => {
    const { page, foreign } = await chromium.open({ viewport: { width: 1280, height: 900 } });
    await page.goto('/events/2020-07-20-watch-raid-kestrel-point/');
    await page.locator('section.cite-this-page').scrollIntoViewIfNeeded();
    const button = page.locator('.copy-button').first();
    await button.waitFor();
    const look = await button.evaluate((b) => {
      const style = getComputedStyle(b);
      const site = getComputedStyle(document.querySelector('.byline')!);
      return { font: style.fontFamily === site.fontFamily, radius: style.borderRadius, border: style.borderTopStyle, background: style.backgroundColor === getComputedStyle(document.body).backgroundColor };
    });
    expect(look).toEqual({ font: true, radius: '3px', border: 'solid', background: true });
    const rules = await page.evaluate(() => {
      const section = document.querySelector('section.cite-this-page')!;
      return [getComputedStyle(section).borderTopStyle, getComputedStyle(section.querySelector('h2')!).borderTopStyle];
    });
    expect(rules).toEqual(['none', 'solid']);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'event-watch-raid-desktop');
    expect(foreign).toEqual([]);
  });
});
