/*
 * The generator is not the first site: no file of src/ or scripts/ (code, comments,
 * catalogues, styles) holds a word of the ISKP explainer, neither an actor, a place, a
 * source, a country code nor its map's region wording; nor do the generator's own tests and
 * their fixtures, which tell invented stories so that correcting the explainer never breaks
 * them. The words are read from content/ itself (tests/helpers/iskp-words.ts), so the check
 * grows with the explainer.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { iskpWords, wordsFoundIn } from '../helpers/iskp-words.ts';

// What the project itself holds: not the packages the bench installs beside its contenders (bench/*/node_modules).
const files = (dir: string, kinds = /\.(ts|mjs|astro|css)$/) =>
  readdirSync(join(ROOT, dir), { recursive: true }).map(String)
    .filter((f) => kinds.test(f) && !f.split(sep).includes('node_modules') && statSync(join(ROOT, dir, f)).isFile())
    .map((f) => `${dir}/${f}`);

/** The helpers that exist to read and build content/ for this project's own tests. */
const CONTENT_HELPERS = new Set(['tests/helpers/iskp-words.ts', 'tests/helpers/iskp-site.ts', 'tests/helpers/build-iskp.ts']);

describe('the generator', () => {
  it('names nothing of the first explainer in src/ or scripts/', () => {
    const words = iskpWords();
    expect(words.length).toBeGreaterThan(30);
    const all = [...files('src'), ...files('scripts')];
    expect(all.length).toBeGreaterThan(100);
    const found = all.flatMap((file) => wordsFoundIn(readFileSync(join(ROOT, file), 'utf8'), words).map((w) => `${file}: ${w}`));
    expect(found).toEqual([]);
  });

  it('names nothing of the first explainer in its own tests, their fixtures and snapshots', () => {
    const words = iskpWords();
    const all = [
      ...files('tests/unit', /\.(ts|svg)$/), ...files('tests/build'), ...files('tests/e2e').filter((f) => !f.includes('/artifacts/')),
      ...files('tests/helpers').filter((f) => !CONTENT_HELPERS.has(f)), ...files('tests/fixtures', /\.(mdx|ya?ml|txt|svg|ts)$/), ...files('bench'),
    ];
    expect(all.length).toBeGreaterThan(300);
    const found = all.flatMap((file) => wordsFoundIn(readFileSync(join(ROOT, file), 'utf8'), words).map((w) => `${file}: ${w}`));
    expect(found).toEqual([]);
  });
});
