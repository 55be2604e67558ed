/**
 * A new explainer from nothing: `npm run new -- site` writes a starter folder with the real
 * command, `npm run check` passes it and `astro build` builds it with CONTENT_DIR into its own
 * outDir, giving a home page, an event page and an actor page, none of it from the first site.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runAstro } from '../helpers/astro.ts';
import { fileFor, page } from '../helpers/dist.ts';
import { otherSitesWords, wordsFoundIn } from '../helpers/iskp-words.ts';

const scratch = mkdtempSync(join(tmpdir(), 'starter-'));
const content = join(scratch, 'content');
const dist = join(scratch, 'dist');
let built: ReturnType<typeof runAstro>;

beforeAll(() => {
  const made = spawnSync(process.execPath, [resolve(ROOT, 'scripts/new.ts'), 'site', content, '--title', 'A starter explainer'], { cwd: ROOT, encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`npm run new -- site failed: ${made.stdout}${made.stderr}`);
  built = runAstro(['build', '--outDir', dist], { CONTENT_DIR: content });
}, 240_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the starter site of `npm run new -- site`', () => {
  it('passes check without an error', () => {
    const check = spawnSync(process.execPath, [resolve(ROOT, 'scripts/check.ts'), '--no-types'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/^0 errors and \d+ warnings in \d+ files/m);
  });

  it('builds with CONTENT_DIR: a home page, an event page and an actor page', () => {
    expect(built.code, built.output).toBe(0);
    const home = page('/', dist);
    expect(home('head > title').text()).toBe('A starter explainer');
    expect(home('main').text()).toContain('the introduction readers meet first');
    expect(page('/events/2024-01-15-example-event/', dist)('h1').text()).toContain('Example event');
    expect(page('/actors/example-organisation/', dist)('h1').text()).toContain('Example Organisation');
    expect(fileFor('/sources/', dist)).toBeDefined();
  });

  it('carries no word of the first explainer on those pages', () => {
    const words = otherSitesWords();
    for (const path of ['/', '/events/2024-01-15-example-event/', '/actors/example-organisation/', '/sources/']) {
      expect(wordsFoundIn(readFileSync(fileFor(path, dist)!, 'utf8'), words), path).toEqual([]);
    }
  });
});
