/*
 * The islands format catalogue messages with a small formatter (src/lib/i18n/client-messages.ts)
 * instead of intl-messageformat. Every message they format, in every catalogue, must come out
 * exactly as intl-messageformat formats it, for counts that hit each plural category.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/lib/i18n/catalogue.ts';
import { formatMessage } from '../../src/lib/i18n/client-messages.ts';
import { slots, splitSlots } from '../../src/lib/i18n/slots.ts';
import { MAP_ISLAND_KEYS } from '../../src/lib/figures/map/island-keys.ts';
import { SEARCH_UI_KEYS } from '../../src/lib/render/search-messages.ts';
import { ISLAND_KEYS as TIMELINE_ISLAND_KEYS, SVG_WORD_KEYS } from '../../src/lib/figures/timeline/words.ts';

const ISLAND_KEYS = [
  ...SEARCH_UI_KEYS, 'cite.today', 'cite.copy', 'cite.copied', 'cite.copyRefused',
  ...TIMELINE_ISLAND_KEYS, ...SVG_WORD_KEYS, 'relations.statusAll', 'relations.statusYear', ...MAP_ISLAND_KEYS,
];
const COUNTS = [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 1234];

describe('formatMessage', () => {
  it.each(Object.keys(CATALOGUES))('formats every island message of %s as intl-messageformat does', (language) => {
    const catalogue = CATALOGUES[language]!;
    for (const key of ISLAND_KEYS) {
      const message = catalogue[key]!;
      expect(message, key).toBeTypeOf('string');
      const reference = new IntlMessageFormat(message, language, undefined, { ignoreTag: true });
      for (const count of COUNTS) {
        // Every argument the message names: counted ones (plural, number) get the count.
        const values: Record<string, string | number> = { query: 'a “quoted” {query}' };
        for (const [, name, type] of message.matchAll(/\{\s*(\w+)\s*(?:,\s*(\w+))?/g)) values[name!] ??= type ? count : `‹${name}›`;
        expect(formatMessage(message, values, language), `${key} with ${count}`).toBe(String(reference.format(values)));
      }
    }
  });

  it('picks exact matches before categories, and Russian plural forms by CLDR rules', () => {
    const message = '{n, plural, =0 {none} one {# источник} few {# источника} many {# источников} other {# источника}}';
    expect(formatMessage(message, { n: 0 }, 'ru')).toBe('none');
    expect(formatMessage(message, { n: 1 }, 'ru')).toBe('1 источник');
    expect(formatMessage(message, { n: 3 }, 'ru')).toBe('3 источника');
    expect(formatMessage(message, { n: 5 }, 'ru')).toBe('5 источников');
    expect(formatMessage(message, { n: 21 }, 'ru')).toBe('21 источник');
    const status = CATALOGUES.ru!['timeline.status']!;
    expect(formatMessage(status, { shown: 2, total: 3 }, 'ru')).toBe('Показано 2 из 3 событий.');
    expect(formatMessage(status, { shown: 2, total: 21 }, 'ru')).toBe('Показано 2 из 21 события.');
  });

  it('writes numbers in the language\'s digits', () => {
    expect(formatMessage('({count, number})', { count: 12 }, 'fa')).toBe('(۱۲)');
    expect(formatMessage('{total, plural, one {# نتیجه} other {# نتیجه}}', { total: 3 }, 'fa')).toBe('۳ نتیجه');
  });

  it('leaves a placeholder it has no value for as written', () => {
    expect(formatMessage('Copy {format}', {}, 'en')).toBe('Copy {format}');
  });
});

describe('message slots', () => {
  it('splits a formatted message around its slots, in the order the language puts them', () => {
    expect(splitSlots(new IntlMessageFormat('see the {link}.', 'en').format(slots('link')) as string)).toEqual([{ text: 'see the ' }, { slot: 'link' }, { text: '.' }]);
    expect(splitSlots(new IntlMessageFormat('{link} را ببینید', 'fa').format(slots('link')) as string)).toEqual([{ slot: 'link' }, { text: ' را ببینید' }]);
    expect(splitSlots('{a}{b}'.replace('{a}', slots('a').a!).replace('{b}', slots('b').b!))).toEqual([{ slot: 'a' }, { slot: 'b' }]);
  });

  it('keeps text that merely looks like a slot as text', () => {
    expect(splitSlots('<a>{link}</a>')).toEqual([{ text: '<a>{link}</a>' }]);
  });
});
