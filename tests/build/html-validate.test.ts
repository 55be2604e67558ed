import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { fileFor, htmlPages, page } from '../helpers/dist.ts';

/**
 * Every rule `.htmlvalidate.json` turns off, with the reason. The test below fails when the
 * config and this list disagree, so a rule cannot be switched off silently.
 */
const DISABLED: Record<string, string> = {
  'wcag/h32':
    'H32 (a submit button) is how a form that changes context on submit meets SC 3.2.2. The map and relations filter forms submit nothing: they redraw the figure in place as the reader changes a field, and their one button is reset. The search form, which does submit, has its button; axe still checks every control\'s label in the browser suite.',
  'long-title':
    'A search-engine truncation hint, not validity: titles are "<page> · <site title>" with the page first, so what a result list cuts is the site name, which the reader already has.',
};

const pages = htmlPages();

describe('valid HTML in dist/', () => {
  it('lists a reason for every rule the config turns off', () => {
    const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as { rules?: Record<string, unknown> };
    const off = Object.entries(config.rules ?? {})
      .filter(([, v]) => v === 'off' || v === 0 || (Array.isArray(v) && (v[0] === 'off' || v[0] === 0)))
      .map(([k]) => k);
    expect(off.sort()).toEqual(Object.keys(DISABLED).sort());
  });

  it('html-validate (recommended preset) reports no errors on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const path of pages) {
      const file = fileFor(path)!;
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) {
          if (m.severity === 2) problems.push(`${resolve(file).slice(ROOT.length + 1)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the structure every page keeps', () => {
  it.each(pages)('%s has a lang, a title, a meta description and exactly one h1', (path) => {
    const $ = page(path);
    expect($('html').attr('lang')?.trim()).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
    expect($('head > title').length).toBe(1);
    expect($('head > title').text().trim()).not.toBe('');
    expect($('meta[name="description"]').length).toBe(1);
    expect($('meta[name="description"]').attr('content')?.trim()).not.toBe('');
    expect($('h1').length).toBe(1);
    expect($('h1').text().trim()).not.toBe('');
  });

  it.each(pages)('%s: headings start at h1 and never skip a level going down', (path) => {
    const $ = page(path);
    const levels = $('h1, h2, h3, h4, h5, h6')
      .toArray()
      .map((h) => ({ level: Number(h.tagName.slice(1)), text: $(h).text().trim().slice(0, 60) }));
    const skips: string[] = [];
    let previous = 0;
    for (const { level, text } of levels) {
      if (level > previous + 1) skips.push(`h${previous || '(none)'} → h${level} "${text}"`);
      previous = level;
    }
    expect(levels[0]?.level).toBe(1);
    expect(skips).toEqual([]);
  });

  it.each(pages)('%s: every image has alt text (empty only when marked decorative)', (path) => {
    const $ = page(path);
    const missing = $('img')
      .toArray()
      .filter((img) => $(img).attr('alt') === undefined || ($(img).attr('alt') === '' && $(img).attr('role') !== 'presentation' && $(img).attr('aria-hidden') !== 'true'))
      .map((img) => $(img).attr('src'));
    // An inline SVG that is not hidden needs an accessible name too.
    const svgs = $('svg')
      .toArray()
      .filter((svg) => $(svg).attr('aria-hidden') !== 'true' && !$(svg).attr('aria-label') && !$(svg).attr('aria-labelledby') && $(svg).children('title').length === 0)
      .map(() => 'svg without a name');
    expect([...missing, ...svgs]).toEqual([]);
  });
});
