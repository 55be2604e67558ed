/*
 * The minimal fixture built in Russian and in Persian: every page says its language and
 * direction, no English interface string is left anywhere a reader (or a screen reader, or a
 * search engine) meets text, and Pagefind indexes the site in its language.
 *
 * "No English left" is checked against the English catalogue itself: every message whose
 * translation differs is cut into its fixed text (placeholders removed) and each piece of at
 * least four characters must be absent from the page's text nodes and readable attributes.
 * Month and country names, which come from Intl rather than the catalogue, are checked too,
 * except inside the citations: citeproc words them in the CSL locale of the language, and
 * the installed packages have none for Russian or Persian (they fall back to en-US).
 * The fixture's content is English (it is not the interface): an English piece that its
 * content files also hold as words is not held against the build.
 */
import { load } from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/lib/i18n/catalogue.ts';
import { htmlPages } from '../helpers/dist.ts';
import { MINIMAL } from '../helpers/fixtures.ts';
import { BUILT_LANGUAGES, languageBuild, type LanguageBuild } from '../helpers/language-builds.ts';

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

/** The fixed text of a message: its literal parts (plural branches included), trimmed. */
function fixedPieces(message: string): string[] {
  const pieces: string[] = [];
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      if (element.type === 0) pieces.push(...String(element.value).split(/\s*[·]\s*/));
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst() as unknown as Element[]);
  return pieces.map((p) => p.trim()).filter((p) => p.length >= 4 && /\p{L}/u.test(p));
}

/** English text that must not appear in a build in `language`, each with the key it comes from. */
function englishLeft(language: string): { key: string; text: string }[] {
  const english = CATALOGUES.en!;
  const translated = CATALOGUES[language]!;
  return Object.entries(english)
    .filter(([key, message]) => translated[key] !== message)
    .flatMap(([key, message]) => fixedPieces(message).filter((text) => !translated[key]!.includes(text)).map((text) => ({ key, text })));
}

/** Addresses and schema.org type names are identifiers, not words of the interface. */
const IDENTIFIER = /^(https?:\/\/|\/)\S*$/;

/** The strings of a JSON value, with ICU syntax (argument names, plural keywords) taken out. */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') {
    if (IDENTIFIER.test(value)) return [];
    return [value.replace(/\{\s*[\w.]+\s*(,\s*(plural|select|number)\s*,?)?/g, ' ').replace(/(zero|one|two|few|many|other|=\d+)\s*\{/g, ' ').replace(/[{}#]/g, ' ')];
  }
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.entries(value).filter(([key]) => key !== '@type' && key !== '@context').flatMap(([, v]) => jsonStrings(v));
  return [];
}

/** Every run of text on a page: its text nodes, readable attributes and the islands' JSON. */
function pageTexts(html: string, { citations = true } = {}): string[] {
  // Parsed as with scripting off, so <noscript> holds elements (with their text), not a string.
  const $ = load(html, { scriptingEnabled: false });
  const texts: string[] = [];
  $('script[type="application/json"], script[type="application/ld+json"]').each((_, node) => {
    texts.push(...jsonStrings(JSON.parse($(node).text())));
  });
  // File names (events.csv) and code samples are identifiers too.
  $('script, style, code, a[download]').remove();
  if (!citations) $('[data-copy]').remove();
  $('*').each((_, node) => {
    for (const child of $(node).contents().toArray()) if (child.type === 'text') texts.push(child.data);
    for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'content', 'value', 'data-copy']) {
      const value = $(node).attr(name);
      if (value && !IDENTIFIER.test(value)) texts.push(value);
    }
  });
  return texts;
}

/** `piece` occurs in `text` as words: not glued to letters on either side. */
const occurs = (text: string, piece: string) => {
  const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u').test(text);
};

const CONTENT = join(MINIMAL, 'content');
const contentText = readdirSync(CONTENT, { recursive: true }).map(String).filter((f) => /\.(mdx|ya?ml)$/.test(f)).map((f) => readFileSync(join(CONTENT, f), 'utf8')).join('\n');

const MONTHS = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, m, 1)));
const COUNTRIES = ['AF'].map((code) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code)!);

describe.each(BUILT_LANGUAGES)('the minimal fixture built in %s', (language) => {
  let build: LanguageBuild;
  let pages: { path: string; html: string }[];
  const direction = CATALOGUES[language]!['language.direction'];

  beforeAll(() => {
    build = languageBuild(language);
    pages = htmlPages(build.dist).map((path) => ({ path, html: readFileSync(join(build.dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8') }));
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
      const outsideCitations = pageTexts(html, { citations: false });
      for (const word of [...MONTHS, ...COUNTRIES]) {
        if (outsideCitations.some((t) => occurs(t, word))) found.push(`${path}: "${word}" (Intl in English)`);
      }
    }
    expect(found).toEqual([]);
  });

  it('words dates and numbers in the language', () => {
    const $ = load(pages.find((p) => p.path === '/events/')!.html);
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
