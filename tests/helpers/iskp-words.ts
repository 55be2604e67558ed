/**
 * The words of the first explainer (content/), read from its own files: actor ids, names,
 * short names and aliases, source ids and publishers, place names and country codes. A test
 * that must find none of them in the generator's output reads them here, so the list grows
 * with the explainer and no test keeps a copy of it. The same words are read from any site's
 * folder (`siteWords`), so a build of one site can be checked for the words of another.
 */
import { readContent } from '../../src/lib/content/content-files.ts';
import { ROOT } from './astro.ts';
import { join } from 'node:path';
import { existsSync } from 'node:fs';

export interface Word {
  text: string;
  /** Country codes and short forms are matched as written ("AF", "IS"; not "is"). */
  caseSensitive: boolean;
}

const cached = new Map<string, Word[]>();

/** The words of the first explainer, content/ (none when it is moved aside). */
export function iskpWords(): Word[] {
  const dir = join(ROOT, 'content');
  return existsSync(dir) ? siteWords(dir) : [];
}

/**
 * The words of the sites a build of another site must not hold: the first explainer's, when
 * content/ is there, and always the shared fixture site's, so the check has words to look
 * for even when the generator's tests run without content/.
 */
export function otherSitesWords(): Word[] {
  return [...iskpWords(), ...siteWords(join(ROOT, 'tests/fixtures/full/content'))];
}

/** The words of the site in the content folder `dir`. */
export function siteWords(dir: string): Word[] {
  const known = cached.get(dir);
  if (known) return known;
  const raw = readContent(dir, ROOT);
  const words = new Map<string, Word>();
  const add = (value: unknown, caseSensitive = false) => {
    if (typeof value !== 'string' || value.trim().length < 2) return;
    const text = value.trim();
    // Short forms ("IS", "GDI") are only theirs in capitals; in lower case they are English.
    caseSensitive ||= text.length <= 3;
    words.set(`${caseSensitive}:${caseSensitive ? text : text.toLowerCase()}`, { text, caseSensitive });
  };
  for (const entry of raw.entries) {
    if (entry.collection === 'pages') continue;
    const data = entry.data as Record<string, unknown>;
    if (entry.collection === 'actors') {
      add(entry.id);
      add(data.name);
      add(data.shortName);
      for (const alias of (data.aliases as unknown[] | undefined) ?? []) add(alias);
      for (const code of (data.countries as unknown[] | undefined) ?? []) add(code, true);
    } else {
      const location = data.location as Record<string, unknown> | undefined;
      if (location) {
        add(location.name);
        add(location.admin1);
        add(location.admin2);
        add(location.country, true);
      }
    }
  }
  // The region wording its site.yaml gives the map ("the frontier" and the like).
  const map = (raw.site?.data as { map?: Record<string, unknown> } | undefined)?.map ?? {};
  add(map.region);
  for (const border of (map.borders as Record<string, unknown>[] | undefined) ?? []) add(border.label);
  for (const code of (map.highlight as unknown[] | undefined) ?? []) add(code, true);
  for (const source of raw.sources) {
    const data = source.data as Record<string, unknown>;
    add(data.id);
    add(data.publisher);
  }
  const list = [...words.values()];
  cached.set(dir, list);
  return list;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of `words` that `text` holds as whole words. */
export function wordsFoundIn(text: string, words: Word[]): string[] {
  return words
    .filter((w) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(w.text)}(?![\\p{L}\\p{N}-])`, w.caseSensitive ? 'u' : 'iu').test(text))
    .map((w) => w.text);
}
