/**
 * What a reader meets as text on a built page, and the English interface text that must not
 * be there in another language: shared by the tests of sites built in other languages.
 */
import { load } from 'cheerio';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES } from '../../src/lib/i18n/catalogue.ts';

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

/** The fixed text of a message: its literal parts (plural branches included), trimmed. */
export function fixedPieces(message: string): string[] {
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
export function englishLeft(language: string): { key: string; text: string }[] {
  const english = CATALOGUES.en!;
  const translated = CATALOGUES[language]!;
  return Object.entries(english)
    .filter(([key, message]) => translated[key] !== message)
    .flatMap(([key, message]) => fixedPieces(message).filter((text) => !translated[key]!.includes(text)).map((text) => ({ key, text })));
}

/** Addresses and schema.org type names are identifiers, not words of the interface. */
const IDENTIFIER = /^(https?:\/\/|\/)\S*$/;

/** The strings of a JSON value, with ICU syntax (argument names, plural keywords) taken out. */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') {
    if (IDENTIFIER.test(value)) return [];
    return [value.replace(/\{\s*[\w.]+\s*(,\s*(plural|select|number)\s*,?)?/g, ' ').replace(/(zero|one|two|few|many|other|=\d+)\s*\{/g, ' ').replace(/[{}#]/g, ' ')];
  }
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.entries(value).filter(([key]) => key !== '@type' && key !== '@context').flatMap(([, v]) => jsonStrings(v));
  return [];
}

/** Every run of text on a page: its text nodes, readable attributes and the islands' JSON. */
export function pageTexts(html: string): string[] {
  // Parsed as with scripting off, so <noscript> holds elements (with their text), not a string.
  const $ = load(html, { scriptingEnabled: false });
  const texts: string[] = [];
  $('script[type="application/json"], script[type="application/ld+json"]').each((_, node) => {
    texts.push(...jsonStrings(JSON.parse($(node).text())));
  });
  // File names (events.csv) and code samples are identifiers too.
  $('script, style, code, a[download]').remove();
  $('*').each((_, node) => {
    for (const child of $(node).contents().toArray()) if (child.type === 'text') texts.push(child.data);
    // A value is read out only on a button-like input; elsewhere (<data>, <option>, a checkbox)
    // it is the machine-readable form (a filter's code), not text.
    const readsValue = (node as { name?: string }).name === 'input' && /^(button|submit|reset)$/.test($(node).attr('type') ?? '');
    for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'content', ...(readsValue ? ['value'] : []), 'data-copy']) {
      const value = $(node).attr(name);
      if (value && !IDENTIFIER.test(value)) texts.push(value);
    }
  });
  // An address inside text (a citation's URL, or the page's path where the site has no address) is an identifier too.
  return texts.map((text) => text.replace(/https?:\/\/\S+|(?<=^|\s)\/\S*/g, ' '));
}

/** `piece` occurs in `text` as words: not glued to letters on either side. */
export const occurs = (text: string, piece: string) => {
  const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u').test(text);
};

