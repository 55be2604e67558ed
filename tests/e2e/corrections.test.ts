/*
 * A corrected event page in Chromium: the correction notice under the headline (in English,
 * and mirrored in Persian), and "Link to this claim" reached with the keyboard, shown when
 * focused, followed with Enter to the claim it names, which the page then highlights; on a
 * touch screen, where nothing hovers, the link is always shown; the site's list of
 * corrections. Screenshots: corrections/event-desktop, corrections/event-fa-phone and
 * corrections/changes-fa.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot } from '../helpers/browser.ts';
import { fixtureBuild } from '../helpers/fixture-builds.ts';
import { materialize } from '../helpers/fixtures.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const EVENT = '/events/2020-05-01-fixture-raid/';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('a corrected page, in Chromium', () => {
  let en: StaticServer;
  let fa: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const content = join(materialize('corrections', 'cases', mkdtempSync(join(tmpdir(), 'corrections-'))), 'content');
    en = await serveStatic(fixtureBuild('corrections-en', content).dist);
    const persian = { key: 'fa', apply: (dir: string) => writeFileSync(join(dir, 'site.yaml'), readFileSync(join(dir, 'site.yaml'), 'utf8').replace(/^language: .*$/m, 'language: fa')) };
    fa = await serveStatic(fixtureBuild('corrections-fa', content, { edit: persian }).dist);
    browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await en?.close();
    await fa?.close();
  });

  it('reaches "Link to this claim" with Tab, shows it on focus, and Enter highlights the claim', async () => {
    const { page, foreign } = await openPage(browser, en.url, { viewport: { width: 1280, height: 900 } });
    await page.goto(EVENT);
    const first = page.locator('.claims > li').first();
    const id = (await first.getAttribute('id'))!;
    const link = first.locator('a.permalink');
    await expect(link.evaluate((a) => getComputedStyle(a).opacity)).resolves.toBe('0');
    let focused = '';
    for (let i = 0; i < 80 && focused !== `#${id}`; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
    }
    expect(focused).toBe(`#${id}`);
    await expect(page.evaluate(() => document.activeElement!.closest('.claims') !== null)).resolves.toBe(true);
    await expect(link.evaluate((a) => getComputedStyle(a).opacity)).resolves.toBe('1');
    await expect(link.evaluate((a) => getComputedStyle(a).outlineStyle)).resolves.toBe('solid');
    expect(await page.getByRole('link', { name: 'Link to this claim', exact: true }).count()).toBe(3);
    // Only "#" is seen; the words are the link's name.
    expect((await link.locator('.permalink-label').boundingBox())!.width).toBeLessThanOrEqual(1);
    const box = (await link.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Enter');
    await page.waitForFunction((target) => location.hash === `#${target}`, id);
    await expect(first.evaluate((li) => li.matches(':target') && getComputedStyle(li).outlineStyle === 'solid')).resolves.toBe(true);
    await expect(page.locator('.claims > li').nth(1).evaluate((li) => getComputedStyle(li).outlineStyle)).resolves.toBe('none');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'corrections/event-desktop');
    expect(foreign).toEqual([]);
  });

  it('shows the link on hover, and always on a touch screen', async () => {
    const { page } = await openPage(browser, en.url, { viewport: { width: 1280, height: 900 } });
    await page.goto(EVENT);
    const figure = page.locator('.figures > li').first();
    await figure.hover();
    await expect(figure.locator('a.permalink').evaluate((a) => getComputedStyle(a).opacity)).resolves.toBe('1');
    const touch = await openPage(browser, en.url, { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    await touch.page.goto(EVENT);
    await expect(touch.page.evaluate(() => matchMedia('(hover: none)').matches)).resolves.toBe(true);
    await expect(touch.page.locator('.claims a.permalink').first().evaluate((a) => getComputedStyle(a).opacity)).resolves.toBe('1');
    await touch.page.context().close();
    await page.context().close();
  });

  it('sets the notice apart under the headline, mirrored in Persian, with no axe violations in either', async () => {
    for (const [server, name, side] of [[en, 'en', 'Left'], [fa, 'fa', 'Right']] as const) {
      const { page } = await openPage(browser, server.url, { viewport: name === 'fa' ? { width: 375, height: 812 } : { width: 1280, height: 900 }, reducedMotion: 'reduce' });
      await page.goto(EVENT);
      const aside = page.getByRole('complementary', { name: name === 'en' ? 'Corrections' : 'اصلاحیه‌ها' });
      await expect(aside.isVisible()).resolves.toBe(true);
      const border = await aside.evaluate((el, s) => getComputedStyle(el)[`border${s}Width` as 'borderLeftWidth'], side);
      expect(border, name).toBe('4px');
      const above = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
      expect(await above('aside.corrections')).toBeLessThan(await above('.lede'));
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${name} ${v.id}: ${v.help} at ${n.target.join(' ')}`))).toEqual([]);
      if (name === 'fa') await screenshot(page, 'corrections/event-fa-phone');
      await page.context().close();
    }
  });

  it('lists the corrections at /changes/ with no axe violations, in English and in Persian', async () => {
    for (const [server, name] of [[en, 'en'], [fa, 'fa']] as const) {
      const { page, foreign } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
      expect((await page.goto('/changes/'))?.status()).toBe(200);
      expect(await page.locator('.changes-table tbody tr').count()).toBe(4);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${name} ${v.id}: ${v.help} at ${n.target.join(' ')}`))).toEqual([]);
      expect(foreign).toEqual([]);
      if (name === 'fa') await screenshot(page, 'corrections/changes-fa');
      await page.context().close();
    }
  });
});
