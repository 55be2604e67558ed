/**
 * Search on a fixture site (tests/fixtures/minimal), queried from Node as the browser queries
 * it: an actor's alias finds the actor and then the events it is involved in, whose own text
 * never writes the alias; excerpts keep the words of page furniture apart.
 */
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureBuild, type FixtureBuild } from '../helpers/fixture-builds.ts';
import { MINIMAL } from '../helpers/fixtures.ts';
import { loadPagefind, runTogether, type PagefindApi } from '../helpers/pagefind.ts';

describe('search on the minimal fixture site', () => {
  let build: FixtureBuild;
  let pagefind: PagefindApi;
  beforeAll(async () => {
    build = fixtureBuild('search-minimal', join(MINIMAL, 'content'));
    pagefind = await loadPagefind(build.dist, '/');
  });

  const text = (url: string) => {
    const $ = load(readFileSync(join(build.dist, url, 'index.html'), 'utf8'));
    $('[hidden]').remove();
    return $('article').text();
  };

  it("finds an actor by its alias first, then the events it is involved in", async () => {
    const search = await pagefind.search('F-Group');
    const urls = (await Promise.all(search.results.map((r) => r.data()))).map((d) => d.url);
    expect(urls[0]).toBe('/actors/fixture-group/');
    expect(urls.slice(1).sort()).toEqual(['/events/2020-05-01-fixture-raid/', '/events/2020-06-fixture-report/']);
    // The events are found through their actor, not through words of their own.
    for (const url of urls.slice(1)) expect(text(url)).not.toContain('F-Group');
  });

  it('runs no words of page furniture together in excerpts', async () => {
    for (const query of ['Fixture', 'raid', 'report', '2020', 'invented']) {
      for (const result of (await pagefind.search(query)).results) {
        const data = await result.data();
        const $ = load(readFileSync(join(build.dist, data.url, 'index.html'), 'utf8'));
        const nodes = $('*').contents().toArray().filter((n) => n.type === 'text').map((n) => (n as unknown as { data: string }).data);
        expect(runTogether(data.excerpt, nodes), `${query} → ${data.url}: ${data.excerpt}`).toEqual([]);
      }
    }
  });
});
