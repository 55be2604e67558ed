import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runAstro } from '../helpers/astro.ts';
import { expected, materialize, MINIMAL } from '../helpers/fixtures.ts';
import { page } from '../helpers/dist.ts';
import { otherSitesWords, wordsFoundIn } from '../helpers/iskp-words.ts';

// The mistakes the foundation must catch in the real build, with file, field and hint; the last
// three are about the folder's files (what `npm run check` reports, the build must refuse too).
describe.each(['unknown-actor', 'invalid-date', 'javascript-url', 'missing-site-file', 'missing-home-page', 'ignored-files', 'site-settings', 'yaml-aliases', 'unquoted-date-title', 'reserved-addresses', 'bad-corrections'])('a content folder with %s', (name) => {
  it('fails `astro build` with the file, line, field and hint, and builds nothing', () => {
    const dir = materialize(name);
    const outDir = join(dir, 'dist');
    const result = runAstro(['build', '--outDir', outDir], { CONTENT_DIR: join(dir, 'content') });
    expect(result.code).not.toBe(0);
    const prefix = relative(ROOT, dir);
    for (const line of expected(name)) expect(result.output).toContain(`${prefix}/${line}`);
    expect(result.output).toContain('nothing was built');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});

describe('the SITE_URL and BASE_PATH overrides', () => {
  it('fail the build, naming the variable, when they break the rules of the setting they replace', () => {
    const outDir = join(ROOT, 'tests/.tmp/override-dist');
    const result = runAstro(['build', '--outDir', outDir], { CONTENT_DIR: join(MINIMAL, 'content'), BASE_PATH: '//evil.example' });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`BASE_PATH (environment variable): the base path '//evil.example' must not contain "//"`);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});

describe('CONTENT_DIR', () => {
  it('builds another explainer from another content folder', () => {
    const outDir = join(ROOT, 'tests/.tmp/minimal-dist');
    const result = runAstro(['build', '--outDir', outDir], { CONTENT_DIR: join(MINIMAL, 'content') });
    expect(result.code, result.output).toBe(0);
    const home = page('/', outDir);
    expect(home('head > title').text()).toBe('Fixture explainer');
    // Nothing of the shared fixture site's (nor of the first explainer's, when content/ is there).
    expect(wordsFoundIn(home('main').text(), otherSitesWords())).toEqual([]);
    expect(page('/actors/fixture-group/', outDir)('h1').text()).toContain('Fixture Group');
  });
});
