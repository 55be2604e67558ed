/*
 * Every interface catalogue against English, the reference: the same keys (no more, no fewer),
 * each message valid ICU MessageFormat, and each using the same arguments as English (a
 * translation that drops `{count}` or renames `{site}` would print a hole or a brace). The
 * catalogues are discovered from src/i18n/, so a new language is held to this without
 * anyone listing it here, and each area file is compared with English's file of that name.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/lib/i18n/catalogue.ts';
import { ROOT } from '../helpers/astro.ts';

const I18N = join(ROOT, 'src/i18n');
const languages = readdirSync(I18N, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const areas = (language: string) => readdirSync(join(I18N, language)).filter((f) => f.endsWith('.ts')).sort();

async function load(language: string, file = 'index.ts'): Promise<Record<string, string>> {
  return ((await import(pathToFileURL(join(I18N, language, file)).href)) as { default: Record<string, string> }).default;
}

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

/**
 * The arguments a message uses, by name. Their kind may differ: a language may need a plural
 * where English has a plain `{count}` ("{count, plural, one {# источник} few {…}}").
 */
function argumentsOf(message: string, language: string): string[] {
  const found = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (intl-messageformat's AST types).
      if (element.type >= 1 && element.type <= 6) found.add(element.value!);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, language, undefined, { ignoreTag: true }).getAst() as unknown as Element[]);
  return [...found].sort();
}

const english = await load('en');

describe('the interface catalogues', () => {
  it('are found in src/i18n/, and each one is the generator\'s catalogue for its language', () => {
    expect(languages).toContain('en');
    expect(languages.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(CATALOGUES).sort()).toEqual(languages);
  });

  it('English messages are all valid ICU MessageFormat', () => {
    const invalid = Object.entries(english).filter(([, message]) => {
      try {
        argumentsOf(message, 'en');
        return false;
      } catch {
        return true;
      }
    });
    expect(invalid.map(([key]) => key)).toEqual([]);
  });

  describe.each(languages.filter((l) => l !== 'en'))('%s', (language) => {
    it('has exactly the English keys', async () => {
      const catalogue = await load(language);
      expect(Object.keys(catalogue).filter((key) => !Object.hasOwn(english, key)), 'keys English does not have').toEqual([]);
      expect(Object.keys(english).filter((key) => !Object.hasOwn(catalogue, key)), 'English keys it lacks').toEqual([]);
    });

    it('has English\'s area files, each with the keys of English\'s file of that name', async () => {
      expect(areas(language)).toEqual(areas('en'));
      for (const file of areas('en').filter((f) => f !== 'index.ts')) {
        expect(Object.keys(await load(language, file)).sort(), file).toEqual(Object.keys(await load('en', file)).sort());
      }
    });

    it('has valid ICU messages that use the same arguments as English', async () => {
      const catalogue = await load(language);
      const differences: string[] = [];
      for (const [key, message] of Object.entries(catalogue)) {
        let mine: string[];
        try {
          mine = argumentsOf(message, language);
        } catch (error) {
          differences.push(`${key}: not valid ICU (${(error as Error).message})`);
          continue;
        }
        const theirs = english[key] === undefined ? [] : argumentsOf(english[key]!, 'en');
        if (mine.join() !== theirs.join()) differences.push(`${key}: uses ${mine.join(', ') || 'nothing'}, English ${theirs.join(', ') || 'nothing'}`);
      }
      expect(differences).toEqual([]);
    });

    it('translates: at most a few messages are the same as English (names of formats, punctuation)', async () => {
      const catalogue = await load(language);
      const same = Object.keys(english).filter((key) => catalogue[key] === english[key] && /\p{L}{4,}/u.test(english[key]!.replace(/\{[^}]*\}/g, '')));
      // Names that stay as they are in every language: citation formats, the language's own direction.
      expect(same.filter((key) => !/^cite\.format\.(bibtex|ris|csl)$|^language\.direction$/.test(key))).toEqual([]);
    });
  });
});
