/** The built site (the shared fixture site) can be cited and reused: metadata, JSON-LD, "Cite this page", data files, feed, stable addresses. */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeAnchor, CITE_FORMATS } from '../../src/lib/render/citation/cite-formats.ts';
import { isEmbedPath } from '../../src/lib/render/embed.ts';
import { eventColumnNames } from '../../src/lib/render/open-data.ts';
import { deployment, loadSite } from '../../src/lib/content/site-config.ts';
import { missingUrls, parsePublished, servedPaths } from '../../scripts/lib/published-urls.ts';
import { readRevisions } from '../../src/lib/model/git-revisions.ts';
import { SHARED_CONTENT } from '../helpers/shared-site.ts';
import { cslDataSchema } from '../helpers/csl-schema.ts';
import { DIST, htmlPages, page } from '../helpers/dist.ts';
import { siteGraph } from '../helpers/site-graph.ts';
import { zoteroHighwireCreators } from '../helpers/reference-readers.ts';

const site = loadSite().config;
const graph = siteGraph();
const origin = deployment(site).site;

// Embeds are parts of the timeline and map pages for other sites' frames: those pages are the ones to cite.
const pages = htmlPages().filter((p) => !p.startsWith('/pagefind') && !isEmbedPath(p));
// An actor's or event's page; not the list of a letter (/actors/b/) or a year (/events/2020/), which cite nothing.
const citable = pages.filter((p) => /^\/(actors\/[^/]{2,}|events\/(?!\d{4}\/)[^/]+)\/$/.test(p) || ['/', '/about/', '/methodology/'].includes(p));
const file = (path: string) => readFileSync(join(DIST, path), 'utf8');

describe('every page', () => {
  it.each(pages)('%s carries the metadata reference managers read, and JSON-LD that parses', (path) => {
    const $ = page(path);
    const meta = (name: string) => $(`meta[name="${name}"]`).attr('content');
    expect(meta('citation_title'), 'citation_title').toBeTruthy();
    expect(meta('citation_publisher'), 'citation_publisher').toBe(site.title);
    // The authors as Zotero reads the tags: the site as one name, or no tag where its name
    // holds a comma, which every reader would split (src/lib/render/citation/authors.ts).
    const authors = zoteroHighwireCreators($('meta[name="citation_author"]').map((_, m) => $(m).attr('content')!).get());
    expect(authors, 'citation_author').toEqual(site.title.includes(',') ? [] : [{ lastName: site.title }]);
    expect(meta('citation_publication_date'), 'citation_publication_date').toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(meta('DC.type')).toBe('webpage');
    expect(meta('dcterms.modified')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta('DC.rights')).toContain('CC BY 4.0');
    expect($('meta[property="og:site_name"]').attr('content')).toBeTruthy();
    expect($('meta[property="og:type"]').attr('content')).toMatch(/^(article|website)$/);
    // Absolute with the site's address, site-relative without: never an invented host.
    // (Astro renders the not-found page as /404/, and names it so.)
    expect($('link[rel="canonical"]').attr('href')).toBe(`${origin ?? ''}${path === '/404.html' ? '/404/' : path}`);
    const ld = $('script[type="application/ld+json"]');
    expect(ld).toHaveLength(1);
    const data = JSON.parse(ld.text());
    expect(data['@context']).toBe('https://schema.org');
  });
});

describe('JSON-LD types', () => {
  it('describes events as Event with their date at its precision', () => {
    expect(JSON.parse(page('/events/2020-07-20-watch-raid-kestrel-point/')('script[type="application/ld+json"]').text())).toMatchObject({
      '@type': 'Event', name: 'Harbour Watch announces raid on a Guild store in Kestrel Point', startDate: '2020-07-20',
      location: { '@type': 'Place', name: 'Kestrel Point', geo: { latitude: 33.9, longitude: -6.9 } },
    });
    const season = JSON.parse(page('/events/2019-22-guild-takes-the-lamps/')('script[type="application/ld+json"]').text());
    expect(season).toMatchObject({ '@type': 'Event', startDate: '2019-06-01', endDate: '2019-08-31' });
  });

  it('describes actors as Person, Organization or GovernmentOrganization', () => {
    const type = (id: string) => JSON.parse(page(`/actors/${id}/`)('script[type="application/ld+json"]').text())['@type'];
    expect(type('brannoc-vell')).toBe('Person');
    expect(type('lantern-guild')).toBe('Organization');
    expect(type('harbour-watch')).toBe('GovernmentOrganization');
    expect(type('tidewater-council')).toBe('GovernmentOrganization');
  });
});

describe('Cite this page', () => {
  // A page's citation page: under it, the home page's at /cite/.
  const citePageOf = (path: string) => `${path}cite/`;

  it.each(citable)('%s shows the site\'s style as text without JavaScript, and links every other format on its citation page', (path) => {
    const $ = page(path);
    const block = $('section.cite-this-page');
    expect(block).toHaveLength(1);
    const style = site.citationStyle;
    const canonical = $('link[rel="canonical"]').attr('href')!;
    expect($(`#${citeAnchor(style)}`).text()).toContain(canonical);
    for (const { key } of CITE_FORMATS.filter((f) => f.key !== style)) {
      expect($(`#${citeAnchor(key)}`), key).toHaveLength(0);
      expect(block.find(`a[href="${citePageOf(path)}#${citeAnchor(key)}"]`), key).toHaveLength(1);
    }
    // Without JavaScript, "retrieved on" shows the build date.
    expect(block.find('time[data-retrieved]').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(citable)('%s has every citation format as text on its citation page, citing the page itself', (path) => {
    const canonical = page(path)('link[rel="canonical"]').attr('href')!;
    const $ = page(citePageOf(path));
    const block = $('section.cite-this-page');
    expect(block).toHaveLength(1);
    for (const { key } of CITE_FORMATS) {
      expect($(`#${citeAnchor(key)}`).text().trim(), key).not.toBe('');
    }
    expect($('#cite-apa').text()).toContain(canonical);
    expect($('#cite-apa').text()).not.toContain(`${canonical}cite/`);
    expect(parseBibtex($('#cite-bibtex').text()).entries).toHaveLength(1);
    expect($('#cite-ris').text()).toMatch(/^TY {2}- ELEC[\s\S]*\nTI {2}- .+[\s\S]*\nER {2}-/);
    const validate = new Ajv({ allowUnionTypes: true }).compile(cslDataSchema);
    const csl = JSON.parse($('#cite-csl-json').text());
    expect(validate(csl), JSON.stringify(validate.errors)).toBe(true);
    // The same record as the page's own citation: one record, two views of it.
    expect(page(path)(`#${citeAnchor(site.citationStyle)}`).text()).toBe($(`#${citeAnchor(site.citationStyle)}`).text());
    expect(block.find('time[data-retrieved]').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A companion of the page, not a page to find: not indexed, in no search, with no share card of its own.
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('[data-pagefind-body]')).toHaveLength(0);
    expect($('meta[property="og:image"]')).toHaveLength(0);
    expect($(`a[href="${path}"]`).length).toBeGreaterThan(0);
  });

  it('leaves citation pages out of the sitemap', () => {
    const sitemaps = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    if (!origin) return expect(sitemaps).toEqual([]);
    const listed = sitemaps.flatMap((f) => [...file(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    expect(listed).toContain('/events/2020-07-20-watch-raid-kestrel-point/');
    expect(listed.filter((p) => p.endsWith('/cite/'))).toEqual([]);
  });

  it('names the revision, unlinked while the site has no repository address', () => {
    const $ = page('/events/2020-07-20-watch-raid-kestrel-point/');
    if (!readRevisions(SHARED_CONTENT).root) {
      // Built from a shallow clone or without .git: the build date, and the reason.
      expect($('.cite-this-page .revision-note').text()).toMatch(/Date of the build: the site was built/);
      expect($('.cite-this-page .revision-hash')).toHaveLength(0);
      return;
    }
    const hash = $('.cite-this-page .revision-hash').text();
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect($('.cite-this-page .revision-link')).toHaveLength(0);
    // Named beside the citations and in the revision's address, not as a version: MLA would
    // print that where the edition goes.
    const formats = page('/events/2020-07-20-watch-raid-kestrel-point/cite/');
    expect(formats('.cite-this-page .revision-hash').text()).toBe(hash);
    expect(JSON.parse(formats('#cite-csl-json').text())[0]).not.toHaveProperty('version');
    expect(formats('#cite-mla').text().replace(/\S*\/revisions\/[0-9a-f]{12}\/\S*/, '')).not.toContain(hash);
    expect(formats('#cite-mla').text()).toContain(`/revisions/${hash}/`);
  });

  it('loads its island only on demand: a small loader, never the island itself', () => {
    const $ = page('/events/2020-07-20-watch-raid-kestrel-point/');
    const sources = $('script[type="module"]').map((_, s) => $(s).attr('src') ?? '').get();
    expect($('script[type="module"]:not([src])')).toHaveLength(0);
    const loader = sources.find((src) => src.includes('CiteThisPage'));
    expect(loader).toBeDefined();
    expect(sources.some((src) => src.includes('cite-this-page.'))).toBe(false);
    expect(readFileSync(join(DIST, loader!), 'utf8').length).toBeLessThan(1024);
  });
});

describe('claims cite their sources', () => {
  it.each(pages)('%s: every <Cite> note links to a numbered source on the page, and the number is its place', (path) => {
    const $ = page(path);
    $('.cite-note a').each((_, a) => {
      const target = $(a).attr('href')!.slice(1);
      const item = $(`li[id="${target}"]`);
      expect(item, `${path} ${target}`).toHaveLength(1);
      expect($(a).text()).toBe(`[${item.index() + 1}]`);
      const id = target.replace(/^source-/, '');
      // The entry on the list page of the source's kind (one page each: the fixture is small).
      expect(item.find('a.source-entry').attr('href')).toBe(`/sources/${graph.sources.get(id)!.kind}/#${id}`);
    });
  });

  it('numbers the notes of prose that restates a sourced claim as the reader meets them', () => {
    expect(page('/events/2020-07-20-watch-raid-kestrel-point/')('.prose .cite-note a').attr('href')).toBe('#source-watch-statement-2020-07-20');
    // Numbered as the reader meets them: the prose's notes first, in order, then the actor's other sources.
    const $ = page('/actors/lantern-guild/');
    const cited = $('.prose .cite-note a').map((_, a) => $(a).attr('href')!.slice(1)).get();
    expect($('ol.sources li').map((_, li) => $(li).attr('id')).get().slice(0, cited.length)).toEqual([...new Set(cited)]);
    expect($('.prose .cite-note a[href="#source-guild-claims-2020"]').text()).toBe('[2]');
  });

  it('figures and claims name whose they are and where they were reported', () => {
    const $ = page('/events/2020-07-20-watch-raid-kestrel-point/');
    $('ul.figures li').each((_, li) => expect($(li).text()).toMatch(/according to \S/));
    $('ul.claims li').each((_, li) => {
      expect($(li).find('a[href^="/actors/"]').length).toBeGreaterThan(0);
      expect($(li).text()).toMatch(/Source: an official statement by Harbour Watch, 20 July 2020, as reported by Saltmarsh Courier\[\d\]/);
    });
    expect($('ul.claims li').length).toBeGreaterThan(0);
  });
});

describe('open data', () => {
  // The columns follow the site's vocabularies: those of its site.yaml.
  const COLUMNS = eventColumnNames(loadSite(SHARED_CONTENT).vocabularies);
  const json = JSON.parse(file('data/events.json'));
  const rows = parseCsv(file('data/events.csv'), { columns: true }) as Record<string, string>[];

  it('events.csv parses with a CSV parser and agrees with events.json', () => {
    expect(Object.keys(rows[0]!)).toEqual(COLUMNS);
    expect(rows).toHaveLength(json.events.length);
    rows.forEach((row, i) => {
      for (const column of COLUMNS) {
        if (column === 'actors') continue;
        expect(String(json.events[i][column]), `${row.id} ${column}`).toBe(row[column]);
      }
      expect(json.events[i].actors.map((a: { actor: string; role: string; according?: string }) => [a.actor, a.role, ...(a.according ? [a.according] : [])].join(':')).join(';')).toBe(row.actors);
    });
  });

  it('every data file states its licence, and events link to their pages', () => {
    for (const name of ['events', 'actors', 'sources']) {
      const data = JSON.parse(file(`data/${name}.json`));
      expect(data.license).toBe('CC BY 4.0');
      expect(Array.isArray(data[name])).toBe(true);
    }
    for (const row of rows) expect(pages).toContain(new URL(row.url, 'https://any.example').pathname);
  });

  it('the Data page documents every CSV column and links every file', () => {
    const $ = page('/data/');
    const documented = $('table td:first-child code').map((_, c) => $(c).text()).get();
    expect(documented).toEqual(COLUMNS);
    for (const f of ['events.csv', 'events.json', 'actors.json', 'sources.json']) expect($(`a[href="/data/${f}"]`).length, f).toBeGreaterThan(0);
    expect($('main').text()).toContain('CC BY 4.0');
  });

  it('pages link the data files that cover them', () => {
    expect(page('/events/')('a[href="/data/events.csv"]').length).toBe(1);
    expect(page('/events/2020-07-20-watch-raid-kestrel-point/')('a[href="/data/events.json"]').length).toBe(1);
    expect(page('/actors/lantern-guild/')('a[href="/data/actors.json"]').length).toBe(1);
    expect(page('/sources/')('a[href="/data/sources.json"]').length).toBe(1);
  });

  it('the feed is well-formed Atom with one entry per event', () => {
    const xml = file('feed.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect([feed.entry].flat()).toHaveLength(json.events.length);
  });

  it('the reuse page states the licences from site.yaml', () => {
    const text = page('/how-to-cite/')('main').text();
    expect(text).toContain('CC BY 4.0');
    expect(text).toContain('MIT');
  });
});

describe('published addresses', () => {
  it('every address on the site\'s published-urls.txt is still served, as a page or a redirect', () => {
    const published = parsePublished(readFileSync(join(SHARED_CONTENT, 'published-urls.txt'), 'utf8'));
    expect(published.length).toBeGreaterThan(20);
    expect(missingUrls(published, servedPaths(DIST))).toEqual([]);
  });
});
