/**
 * Relevance of the built search index, queried from Node the way the browser queries it:
 * `dist/pagefind/pagefind.js` with the UI's own options (`pagefindOptions`). One line per case.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAstro, ROOT } from '../helpers/astro.ts';
import { DIST } from '../helpers/dist.ts';
import { SHARED_CONTENT } from '../helpers/shared-site.ts';
import { load } from 'cheerio';
import { loadPagefind, runTogether, topUrls, type PagefindApi } from '../helpers/pagefind.ts';

interface Case {
  query: string;
  /** The URL that must come first. */
  first?: string;
  /** URLs that must be among the first three. */
  top3?: string[];
  /** Pagefind filters for the search. */
  filters?: Record<string, string>;
  /** Every result's URL must start with this. */
  allUnder?: string;
  /** The search must succeed and find nothing. */
  none?: true;
}

// prettier-ignore
const CASES: Case[] = [
  { query: 'Lamplighters',      first: '/actors/lantern-guild/' },
  { query: 'Brannock Vell',     first: '/actors/brannoc-vell/' },
  { query: 'Lantern Guild',     first: '/actors/lantern-guild/' },
  { query: 'Brannock',          first: '/actors/brannoc-vell/' },
  { query: 'Lowmere parish',    first: '/events/2020-07-16-lowmere-operation/' },
  { query: 'Beacon Gazette',    first: '/actors/beacon-gazette/', top3: ['/events/2020-07-20-watch-raid-kestrel-point/'] },
  { query: 'Vell',              first: '/actors/brannoc-vell/' },
  { query: 'Harbour Watch',     top3: ['/actors/harbour-watch/'] },
  { query: 'Isle of Marrow',    top3: ['/actors/isle-of-marrow/'] },
  { query: 'Norvale',           top3: ['/events/2020-07-16-lowmere-operation/'] },
  { query: 'Guild',             filters: { type: 'event' }, allUnder: '/events/' },
  { query: 'Council',           filters: { type: 'actor', kind: 'Person' }, first: '/actors/brannoc-vell/', allUnder: '/actors/' },
  { query: 'qwxzvbnmplk',       none: true },
];

function name(c: Case): string {
  const filters = c.filters ? ` [${Object.entries(c.filters).map(([k, v]) => `${k}=${v}`).join(', ')}]` : '';
  const expects = [c.first && `${c.first} first`, c.top3 && `${c.top3.join(', ')} in top 3`, c.allUnder && `only ${c.allUnder}`, c.none && 'nothing']
    .filter(Boolean).join('; ');
  return `"${c.query}"${filters} → ${expects}`;
}

describe('search relevance on the built site', () => {
  let pagefind: PagefindApi;
  beforeAll(async () => {
    pagefind = await loadPagefind(DIST, '/');
  });

  it.each(CASES.map((c) => [name(c), c] as const))('%s', async (_, c) => {
    const search = await pagefind.search(c.query, { filters: c.filters ?? {} });
    const urls = (await Promise.all(search.results.map((r) => r.data()))).map((d) => d.url);
    if (c.none) {
      expect(urls).toEqual([]);
      return;
    }
    expect(urls.length).toBeGreaterThan(0);
    if (c.first) expect(urls[0]).toBe(c.first);
    for (const url of c.top3 ?? []) expect(urls.slice(0, 3)).toContain(url);
    if (c.allUnder) for (const url of urls) expect(url.startsWith(c.allUnder), url).toBe(true);
  });

  it('finds an actor by an alias first, then the events it is involved in', async () => {
    const data = await Promise.all((await pagefind.search('Lamplighters')).results.map((r) => r.data()));
    expect(data[0]!.url).toBe('/actors/lantern-guild/');
    const rest = data.slice(1);
    expect(rest.length).toBeGreaterThan(3);
    for (const d of rest) {
      expect(d.url.startsWith('/events/'), d.url).toBe(true);
      expect(d.filters.actor).toContain('Lantern Guild');
    }
  });

  it('runs no words of page furniture together in excerpts ("2022Attack")', async () => {
    for (const query of ['Guild', 'Attack', 'Grayhaven', 'Council', '2020', 'Raid']) {
      for (const result of (await pagefind.search(query)).results) {
        const d = await result.data();
        const $ = load(readFileSync(join(DIST, d.url, 'index.html'), 'utf8'));
        const nodes = $('*').contents().toArray().filter((n) => n.type === 'text').map((n) => (n as unknown as { data: string }).data);
        expect(runTogether(d.excerpt, nodes), `${query} → ${d.url}: ${d.excerpt}`).toEqual([]);
      }
    }
  });

  it('sorts events by their earliest day', async () => {
    const search = await pagefind.search(null, { filters: { type: 'event' }, sort: { date: 'asc' } });
    const data = await Promise.all(search.results.map((r) => r.data()));
    expect(data.length).toBeGreaterThan(5);
    const keys = data.map((d) => readFileSync(join(DIST, d.url, 'index.html'), 'utf8').match(/data-pagefind-sort="date\[value\]" value="([^"]+)"/)?.[1]);
    expect(keys.every(Boolean)).toBe(true);
    expect(keys).toEqual([...keys].sort());
  });

  it('shows each result with its type, its date in words and its summary', async () => {
    const [event] = await Promise.all((await pagefind.search('Lowmere parish')).results.slice(0, 1).map((r) => r.data()));
    expect(event!.meta).toMatchObject({ type: 'Event', date: '16 July 2020 (year inferred)', title: 'Council announces operation in Lowmere parish' });
    expect(event!.meta.summary).toMatch(/^The Harbour Watch wounded three lamp-keepers/);
    // Words of neighbouring facts stay apart ("Date 16 July 2020 Place …", not "2020PlaceLowmere").
    expect(event!.excerpt).not.toMatch(/2020Place/);
  });

  it('offers filters for type, kind, actors involved, country and year', async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters.type!).sort()).toEqual(['actor', 'event', 'page', 'source']);
    expect(filters.actor).toHaveProperty(['Lantern Guild']);
    expect(filters.country).toHaveProperty(['Spain']);
    expect(filters.year).toHaveProperty(['2020']);
    expect(filters.kind).toHaveProperty(['Armed group']);
    expect(filters.kind).toHaveProperty(['Raid']);
  });

  it('indexes only articles: no navigation, footer or search page text', async () => {
    // The skip link and the licence line are on every page, outside the article.
    expect((await pagefind.search('"Skip to content"')).results).toEqual([]);
    expect((await pagefind.search('"code under MIT"')).results).toEqual([]);
    const urls = await topUrls(pagefind, 'search', 30);
    expect(urls).not.toContain('/search/');
  });
});

describe('search under a sub-path (BASE_PATH=/sub/)', () => {
  const out = resolve(ROOT, 'tests/.tmp/search-sub-dist');
  let pagefind: PagefindApi;
  beforeAll(async () => {
    const result = runAstro(['build', '--outDir', out], { CONTENT_DIR: SHARED_CONTENT, BASE_PATH: '/sub/' });
    if (result.code !== 0) throw new Error(`build under /sub/ failed:\n${result.output}`);
    pagefind = await loadPagefind(out, '/sub/');
  }, 180_000);

  it('writes the index into the build output', () => {
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('gives result URLs under the base', async () => {
    const urls = await topUrls(pagefind, 'Lamplighters', 5);
    expect(urls[0]).toBe('/sub/actors/lantern-guild/');
    for (const url of urls) expect(url.startsWith('/sub/')).toBe(true);
  });

  it('points the page to the search page and the bundle under the base', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toMatch(/href="\/sub\/search\/"[^>]*data-search-trigger/);
    const scripts = [...html.matchAll(/src="(\/sub\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    // The UI chunk, which the bootstrap imports, loads Pagefind from /sub/pagefind/ with baseUrl /sub/.
    const chunks = readdirSync(join(out, '_astro')).filter((f) => f.startsWith('search-ui.') && f.endsWith('.js'));
    expect(chunks).toHaveLength(1);
    expect(readFileSync(join(out, '_astro', chunks[0]!), 'utf8')).toMatch(/[`"']\/sub\/[`"']/);
  });
});
