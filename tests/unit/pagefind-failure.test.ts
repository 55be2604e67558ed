/*
 * The search index is a build step: when Pagefind fails, the build fails and says why. Its
 * process died on a page it could not handle (a panic on an overlong language tag, which
 * check now refuses, but the next such input is unknown) and the build still exited 0 with
 * no index; an output folder it cannot write must stop the build too. The integration's
 * `astro:build:done` hook runs here on folders of pages written for the purpose.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import pagefind, { MOST_QUEUED, SearchBuild } from '../../src/plugins/pagefind.ts';
import { ROOT } from '../helpers/astro.ts';

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

describe('a build process whose Pagefind process dies', () => {
  it('exits non-zero at once, saying so, instead of exiting 0 with no index', () => {
    const dir = site(`en-${'abcdefgh-'.repeat(30)}x`);
    // The hook alone in a process of its own, as in `astro build`: nothing else keeps it alive.
    const script = `import pagefind from ${JSON.stringify(join(ROOT, 'src/plugins/pagefind.ts'))};
      const logger = { info: console.log, warn: console.warn, error: console.error };
      await pagefind().hooks['astro:build:done']({ dir: new URL(${JSON.stringify(pathToFileURL(`${dir}/`).href)}), logger, pages: [], assets: new Map() });`;
    const started = performance.now();
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: ROOT });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('Pagefind stopped answering while writing the index');
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);
});

describe('the index fed while pages are rendered', () => {
  const html = (n: number) => `<html><body><main data-pagefind-body><p>Page ${n}</p></main></body></html>`;
  const rendered = (n: number) => new Response(html(n), { headers: { 'content-type': 'text/html' } });

  it('adds the pages in Astro\'s order whatever order they finish in, and holds the rendering back while Pagefind falls behind', async () => {
    const added: string[] = [];
    let release: (() => void) | undefined;
    const index = { addHTMLFile: async ({ url }: { url: string }) => { if (!release) await new Promise<void>((go) => { release = go; }); added.push(url); return { errors: [] }; } };
    const search = new SearchBuild(index as never, 5_000);
    const count = MOST_QUEUED + 10;
    const paths = Array.from({ length: count }, (_, i) => `/p${i}/`);
    const inner = { name: 'astro', getStaticPaths: async () => paths.map((pathname) => ({ pathname, route: {} })), render: async (request: Request) => rendered(Number(new URL(request.url).pathname.slice(2, -1))) };
    const wrapped = search.prerenderer(inner as never, '/');
    await wrapped.getStaticPaths();
    // The second page finishes first: nothing is added until the first is in.
    let finished = 0;
    const renders = [1, 0, ...paths.slice(2).map((_, i) => i + 2)].map((n) => wrapped.render(new Request(`https://x.test/p${n}/`), { routeData: {} as never }).then(() => finished++));
    await new Promise((go) => setTimeout(go, 50));
    // Pagefind answers nothing yet: the renders past the bound wait for it.
    expect(finished).toBeLessThanOrEqual(MOST_QUEUED + 1);
    release!();
    await Promise.all(renders);
    await search.settled();
    expect(added).toEqual(paths);
    expect(search.count).toBe(count);
  });
});
