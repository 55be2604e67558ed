import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatPublished, missingUrls, parsePublished, servedPaths } from '../../src/lib/published-urls.ts';

const dist = mkdtempSync(join(tmpdir(), 'dist-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
for (const file of ['index.html', 'actors/a/index.html', '404.html', 'data/events.csv', 'feed.xml', '_astro/x.js', 'pagefind/pagefind.js', 'sitemap-0.xml']) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), '');
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
});
