/*
 * The search index is a build step: when Pagefind fails, the build fails and says why. Its
 * process died on a page it could not handle (a panic on an overlong language tag, which
 * check now refuses, but the next such input is unknown) and the build still exited 0 with
 * no index; an output folder it cannot write must stop the build too. The integration's
 * `astro:build:done` hook runs here on folders of pages written for the purpose.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import pagefind from '../../src/plugins/pagefind.ts';

const scratch = mkdtempSync(join(tmpdir(), 'pagefind-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (lang: string) => `<!doctype html><html lang="${lang}"><head><title>A page</title></head><body><main data-pagefind-body><h1>A page</h1><p>Words to find.</p></main></body></html>`;

function site(lang: string): string {
  const dir = mkdtempSync(join(scratch, 'dist-'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'a/index.html'), page(lang));
  return dir;
}

const logged: string[] = [];
const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };
const buildDone = (dir: string, answerWithin?: number) =>
  (pagefind({ answerWithin }).hooks['astro:build:done'] as unknown as (o: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger, pages: [], assets: new Map() });

describe('the search index step', () => {
  it('writes the index of a folder of pages', async () => {
    const dir = site('en');
    await buildDone(dir);
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
  }, 30_000);

  it('fails, saying so, when Pagefind cannot write its output folder', async () => {
    const dir = site('en');
    writeFileSync(join(dir, 'pagefind'), 'a file where the index folder goes');
    // Pagefind's process panics on such a folder rather than reporting an error.
    await expect(buildDone(dir, 3_000)).rejects.toThrow(/^Pagefind (could not write its index: |gave no answer within 3 s while writing the index)/);
  }, 30_000);

  it('fails, saying so, when the Pagefind process dies instead of answering', async () => {
    const dir = site(`en-${'abcdefgh-'.repeat(30)}x`);
    await expect(buildDone(dir, 3_000)).rejects.toThrow(/^Pagefind gave no answer within 3 s while writing the index: its process has most likely stopped/);
  }, 30_000);
});
