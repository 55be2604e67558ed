/*
 * The minimal fixture built in Russian and in Persian: every page says its language and
 * direction, no English interface string is left anywhere a reader (or a screen reader, or a
 * search engine) meets text, and Pagefind indexes the site in its language.
 *
 * "No English left" is checked against the English catalogue itself: every message whose
 * translation differs is cut into its fixed text (placeholders removed) and each piece of at
 * least four characters must be absent from the page's text nodes and readable attributes.
 * Month and country names, which come from Intl (and, in the citations, from the CSL locale
 * of the language) rather than the catalogue, are checked too.
 * The fixture's content is English (it is not the interface): an English piece that its
 * content files also hold as words is not held against the build.
 */
import { load } from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/lib/i18n/catalogue.ts';
import { fileFor, htmlPages } from '../helpers/dist.ts';
import { englishLeft, occurs, pageTexts } from '../helpers/page-text.ts';
import { MINIMAL } from '../helpers/fixtures.ts';
import { BUILT_LANGUAGES, languageBuild, type LanguageBuild } from '../helpers/language-builds.ts';

const CONTENT = join(MINIMAL, 'content');
const contentText = readdirSync(CONTENT, { recursive: true }).map(String).filter((f) => /\.(mdx|ya?ml)$/.test(f)).map((f) => readFileSync(join(CONTENT, f), 'utf8')).join('\n');

const MONTHS = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, m, 1)));
const COUNTRIES = ['PT'].map((code) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code)!);

describe.each(BUILT_LANGUAGES)('the minimal fixture built in %s', (language) => {
  let build: LanguageBuild;
  let pages: { path: string; html: string }[];
  const direction = CATALOGUES[language]!['language.direction'];

  beforeAll(() => {
    build = languageBuild(language);
    pages = htmlPages(build.dist).map((path) => ({ path, html: readFileSync(fileFor(path, build.dist)!, 'utf8') }));
  });

  it('builds every page of the site', () => {
    expect(pages.map((p) => p.path)).toContain('/');
    expect(pages.map((p) => p.path)).toContain('/search/');
    expect(pages.length).toBeGreaterThan(10);
  });

  it(`says lang="${language}" and the language's direction on every page`, () => {
    expect(direction).toBe(language === 'fa' ? 'rtl' : 'ltr');
    for (const { path, html } of pages) {
      const $ = load(html);
      expect($('html').attr('lang'), path).toBe(language);
      expect($('html').attr('dir'), path).toBe(direction);
    }
  });

  it('leaves no English interface string on any page', () => {
    const forbidden = englishLeft(language).filter(({ text }) => !occurs(contentText, text));
    expect(forbidden.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const { path, html } of pages) {
      const texts = pageTexts(html);
      for (const { key, text } of forbidden) {
        if (texts.some((t) => occurs(t, text))) found.push(`${path}: "${text}" (${key})`);
      }
      for (const word of [...MONTHS, ...COUNTRIES]) {
        if (texts.some((t) => occurs(t, word))) found.push(`${path}: "${word}" (Intl or CSL in English)`);
      }
    }
    expect(found).toEqual([]);
  });

  it('words dates and numbers in the language', () => {
    const $ = load(pages.find((p) => p.path === '/events/2020/')!.html);
    // Gregorian, as the sources date things, in the language's words and digits.
    const may = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' }).format(Date.UTC(2020, 4, 1));
    expect($('time[datetime="2020-05-01"]').first().text()).toBe(may);
  });

  it('is indexed by Pagefind in its language', () => {
    const entry = JSON.parse(readFileSync(join(build.dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual([language]);
    expect(entry.languages[language]!.page_count).toBeGreaterThan(5);
  });
});
