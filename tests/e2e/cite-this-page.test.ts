import { describe, expect, it } from 'vitest';
import { useChromium } from '../helpers/browser.ts';

const PATH = '/events/2020-07-20-watch-raid-kestrel-point/';

describe('Cite this page in Chromium', () => {
  const chromium = useChromium();

  it('loads its island only when the block nears the screen, then dates "retrieved on" today and copies', async () => {
    const { page, foreign } = await chromium.open({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 800, height: 600 } });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(PATH);
    const block = page.locator('section.cite-this-page');
    // Far below the fold: only the small loader has run, the island itself is not fetched yet.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.copy-button').count()).toBe(0);
    const before = scripts.length;

    await block.scrollIntoViewIfNeeded();
    await page.locator('.copy-button').first().waitFor();
    expect(scripts.length).toBeGreaterThan(before);

    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await expect(block.locator('time[data-retrieved]').getAttribute('datetime')).resolves.toBe(today);

    const apa = (await block.locator('#cite-apa').textContent())!;
    await block.getByRole('button', { name: 'Copy APA (7th edition)' }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(apa);
    await expect(block.locator('[data-copy-status]').textContent()).resolves.toContain('copied');

    // Every other format is one link away, on the page's citation page, dated today there too.
    await block.getByRole('link', { name: 'CSL-JSON (Zotero, Pandoc)', exact: true }).click();
    await page.waitForURL(`**${PATH}cite/#cite-csl-json`);
    const formats = page.locator('section.cite-this-page');
    await formats.locator('.copy-button').first().waitFor();
    await expect(formats.locator('time[data-retrieved]').getAttribute('datetime')).resolves.toBe(today);
    const csl = JSON.parse((await formats.locator('#cite-csl-json').textContent())!);
    expect(csl[0].accessed['date-parts'][0].join('-')).toBe(today.split('-').map(Number).join('-'));
    await formats.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe((await formats.locator('#cite-bibtex').textContent())!);
    expect(foreign).toEqual([]);
  });

  it('shows the site\'s citation, and every other one a link away, as selectable text with JavaScript off', async () => {
    const context = await chromium.browser().newContext({ baseURL: chromium.baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PATH);
    await expect(page.locator('#cite-apa').textContent()).resolves.toContain('Harbour Watch announces raid on a Guild store in Kestrel Point');
    await expect(page.locator('.copy-button').count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'BibTeX', exact: true }).click();
    await page.waitForURL(`**${PATH}cite/#cite-bibtex`);
    // MLA writes the title in title case.
    await expect(page.locator('#cite-mla').textContent()).resolves.toMatch(/Harbour Watch Announces Raid on a Guild Store in Kestrel Point/i);
    // Open on the citation page, whose point they are; a reader may still fold them.
    await expect(page.locator('#cite-bibtex').isVisible()).resolves.toBe(true);
    await page.locator('summary', { hasText: 'BibTeX' }).click();
    await expect(page.locator('#cite-bibtex').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
