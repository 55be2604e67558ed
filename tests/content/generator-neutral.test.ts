/*
 * The generator is not the first site: no file of src/ or scripts/ (code, comments,
 * catalogues, styles) holds a word of the ISKP explainer, neither an actor, a place, a
 * source, a country code nor its map's region wording. The words are read from content/
 * itself (tests/helpers/iskp-words.ts), so the check grows with the explainer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { iskpWords, wordsFoundIn } from '../helpers/iskp-words.ts';

const files = (dir: string) =>
  readdirSync(join(ROOT, dir), { recursive: true }).map(String).filter((f) => /\.(ts|mjs|astro|css)$/.test(f)).map((f) => `${dir}/${f}`);

describe('the generator', () => {
  it('names nothing of the first explainer in src/ or scripts/', () => {
    const words = iskpWords();
    expect(words.length).toBeGreaterThan(30);
    const all = [...files('src'), ...files('scripts')];
    expect(all.length).toBeGreaterThan(100);
    const found = all.flatMap((file) => wordsFoundIn(readFileSync(join(ROOT, file), 'utf8'), words).map((w) => `${file}: ${w}`));
    expect(found).toEqual([]);
  });
});
