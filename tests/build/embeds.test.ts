/*
 * Embeds on a fixture site built by the generator (tests/fixtures/minimal): /embed/timeline/
 * and /embed/map/ are pages for another site's frame (noindex, no header, navigation or
 * footer), each with its chart, its complete list alternative and a link back to the full
 * page in the top window; neither is in the sitemap or the search index; /embed.js is the host
 * script; and the full pages offer the snippet and the download buttons.
 */
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMBED_HEIGHTS, embedSnippet, hostScript } from '../../src/lib/render/embed.ts';
import { page } from '../helpers/dist.ts';
import { fixtureBuild, type FixtureBuild } from '../helpers/fixture-builds.ts';
import { fixtureGraph } from '../helpers/fixture-graph.ts';
import { MINIMAL } from '../helpers/fixtures.ts';
import { loadPagefind } from '../helpers/pagefind.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const graph = fixtureGraph();
const events = graph.eventsByDate.map((e) => e.id).sort();
// The minimal site gives no `url`: the embed code holds site paths, which the page's script
// completes from the address the reader opened (no host is invented).
const ORIGIN = '';

describe('embeds of the minimal fixture site', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = fixtureBuild('embeds-minimal', join(MINIMAL, 'content'));
  }, 300_000);
  const at = (path: string) => page(path, build.dist);

  it.each([
    ['/embed/timeline/', 'svg.tl-svg'],
    ['/embed/map/', 'figure[data-map="map"] svg.map'],
  ])('%s is a page for frames: not for search engines, without the site\'s header, navigation or footer, with its chart', (path, chart) => {
    const $ = at(path);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('header, nav, footer, .site-header, .site-footer, .skip, [data-search-trigger]').length).toBe(0);
    expect($('link[rel="canonical"]').length).toBe(0);
    expect($('main[data-embed]').length).toBe(1);
    expect($(chart).length).toBe(1);
    expect($('h1').text()).toBe(path.includes('timeline') ? 'Timeline' : 'Map of events');
  });

  it('lists every event of the site after the embedded timeline, each a link to its page', () => {
    const $ = at('/embed/timeline/');
    const list = $('.tl-list');
    expect(list.length).toBe(1);
    expect(list.find('.event-item').map((_, li) => $(li).attr('id')).get().sort()).toEqual(events.map((id) => `event-${id}`));
    for (const id of events) expect(list.find(`a[href="/events/${id}/"]`).length).toBeGreaterThan(0);
    // The chart's skip link leads to the list.
    expect($('a.tl-skip').attr('href')).toBe(`#${list.attr('id')}`);
  });

  it('lists every event by its place after the embedded map, those the map cannot draw included', () => {
    const $ = at('/embed/map/');
    const listed = [...new Set($('[data-place-list] [data-event]').map((_, el) => $(el).attr('data-event')).get())].sort();
    expect(listed).toEqual(events);
    for (const id of events) expect($(`[data-place-list] a[href="/events/${id}/"]`).length).toBeGreaterThan(0);
    expect(graph.eventsByDate.some((e) => e.data.location?.lat === undefined)).toBe(true);
  });

  it.each([
    ['/embed/timeline/', '/timeline/', 'The full timeline on Fixture explainer'],
    ['/embed/map/', '/map/', 'The full map on Fixture explainer'],
  ])('%s links back to %s in the top window, naming the site', (path, full, words) => {
    const link = at(path)('a[data-embed-full]');
    expect(link.length).toBe(1);
    expect(link.attr('href')).toBe(full);
    expect(link.attr('target')).toBe('_top');
    expect(link.text()).toBe(words);
  });

  it('leaves the embeds out of the sitemap, which still lists the full pages', () => {
    const paths = sitemapPaths(build.dist);
    expect(paths).toContain('/timeline/');
    expect(paths).toContain('/map/');
    expect(paths.filter((p) => p.startsWith('/embed'))).toEqual([]);
  });

  it('leaves the embeds out of the search index: the words they show find the full pages only', async () => {
    const pagefind = await loadPagefind(build.dist, '/');
    let found = 0;
    for (const term of [...graph.eventsByDate.map((e) => e.data.title), 'timeline', 'map', 'Fixture explainer']) {
      const urls = await Promise.all((await pagefind.search(term)).results.map(async (r) => (await r.data()).url));
      found += urls.length;
      expect(urls.filter((u) => u.includes('/embed')), term).toEqual([]);
    }
    expect(found).toBeGreaterThan(0);
  });

  it('serves the host script at /embed.js', () => {
    expect(readFileSync(join(build.dist, 'embed.js'), 'utf8')).toBe(hostScript());
  });

  it.each([
    ['/timeline/', 'timeline', 'Embed this timeline', 'Timeline · Fixture explainer'],
    ['/map/', 'map', 'Embed this map', 'Map of events · Fixture explainer'],
  ] as const)('%s offers the snippet of its embed and the chart\'s downloads', (path, chart, summary, title) => {
    const $ = at(path);
    const share = $('[data-chart-share]');
    expect(share.find('summary').text()).toBe(summary);
    const code = share.find('textarea[data-embed-code]');
    expect($(`label[for="${code.attr('id')}"]`).text()).toBe('HTML code');
    expect(code.text()).toBe(embedSnippet({ src: `${ORIGIN}/embed/${chart}/`, title, height: EMBED_HEIGHTS[chart], script: `${ORIGIN}/embed.js` }));
    // The snippet is HTML that loads the embed lazily, as wide as the column.
    const frame = load(code.text())('iframe');
    expect(frame.attr('loading')).toBe('lazy');
    expect(frame.attr('style')).toContain('width: 100%');
    const downloads = share.find('[role="group"]');
    expect(downloads.attr('aria-label')).toBe('Download the chart');
    expect(downloads.find('button').map((_, b) => $(b).text()).get()).toEqual(['Download as SVG', 'Download as PNG']);
    // The buttons need the browser: hidden until its script shows them.
    expect(downloads.attr('hidden')).toBeDefined();
  });
});
