import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { formatPublished, missingUrls, parsePublished, publishedListPath, servedPaths } from '../../scripts/lib/published-urls.ts';
import { ROOT } from '../helpers/astro.ts';

// One test runs the real script as a child process; a loaded machine needs more than 5 s.
vi.setConfig({ testTimeout: 60_000 });

const dist = mkdtempSync(join(tmpdir(), 'dist-'));
const site = mkdtempSync(join(tmpdir(), 'published-'));
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  rmSync(site, { recursive: true, force: true });
});
for (const file of ['index.html', 'actors/a/index.html', '404.html', 'data/events.csv', 'feed.xml', '_astro/x.js', 'pagefind/pagefind.js', 'sitemap-0.xml']) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), '');
}

/** `npm run published-urls -- …args` for the content folder `site/content` and `dist`. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, [resolve(ROOT, 'scripts/published-urls.ts'), ...args], {
    cwd: site,
    env: { ...process.env, CONTENT_DIR: join(site, 'content'), DIST: dist },
    encoding: 'utf8',
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('published URLs', () => {
  it('lists what a build serves, leaving out assets, search index, sitemap and 404', () => {
    expect(servedPaths(dist)).toEqual(['/', '/actors/a/', '/data/events.csv', '/feed.xml']);
  });

  it('round-trips through the list file, sorted and without duplicates', () => {
    const text = formatPublished(['/b/', '/a/', '/b/']);
    expect(text.startsWith('#')).toBe(true);
    expect(parsePublished(text)).toEqual(['/a/', '/b/']);
  });

  it('reports a published address the build no longer serves', () => {
    expect(missingUrls(['/', '/actors/a/', '/actors/old/'], servedPaths(dist))).toEqual(['/actors/old/']);
  });

  it('keeps each site\'s list in its own content folder', () => {
    expect(publishedListPath('/sites/moon/content')).toBe('/sites/moon/content/published-urls.txt');
    expect(existsSync(join(ROOT, 'tests/fixtures/full/content/published-urls.txt'))).toBe(true);
    expect(existsSync(join(ROOT, 'published-urls.txt')), 'the list belongs to a site, not to the generator').toBe(false);
  });

  it('records the addresses of CONTENT_DIR\'s build in that folder, and --check guards them', () => {
    mkdirSync(join(site, 'content'), { recursive: true });
    const list = join(site, 'content/published-urls.txt');
    expect(run()).toMatchObject({ code: 0, out: expect.stringContaining('content/published-urls.txt: 4 addresses (4 new)') });
    expect(parsePublished(readFileSync(list, 'utf8'))).toEqual(['/', '/actors/a/', '/data/events.csv', '/feed.xml']);
    expect(run('--check')).toMatchObject({ code: 0, out: expect.stringContaining('All 4 published addresses are served.') });
    writeFileSync(list, formatPublished([...parsePublished(readFileSync(list, 'utf8')), '/actors/old/']));
    const guarded = run('--check');
    expect(guarded.code).toBe(1);
    expect(guarded.out).toMatch(/1 published address\(es\) are no longer served:\n {2}\/actors\/old\//);
  });
});
