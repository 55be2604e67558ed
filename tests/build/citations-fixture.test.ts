/**
 * Citations of fixture sites as a journalist meets them: every format of an event page parses
 * with a real parser and names the author (the site, one organisation) as reference managers
 * read it, in English and in Russian; a site built with its address gives it everywhere, and
 * one built without it invents no host (no `localhost`) anywhere, and says so beside the citations.
 */
import { isFindablePage } from '../../src/lib/render/findable.ts';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { htmlPages, page } from '../helpers/dist.ts';
import { fixtureBuild, type FixtureBuild } from '../helpers/fixture-builds.ts';
import { MINIMAL } from '../helpers/fixtures.ts';
import { zoteroHighwireCreators, zoteroRisCreator } from '../helpers/reference-readers.ts';

const ORIGIN = 'https://explainer.example';
const EVENT = '/events/2020-05-01-fixture-raid/';
const RUSSIAN_EVENT = '/events/1969-07-20-eagle-lands/';
let withUrl: FixtureBuild;
let withoutUrl: FixtureBuild;
let russian: FixtureBuild;

beforeAll(() => {
  withUrl = fixtureBuild('cite-with-url', join(MINIMAL, 'content'), {
    edit: { key: `url ${ORIGIN}`, apply: (content) => appendFileSync(join(content, 'site.yaml'), `url: ${ORIGIN}\n`) },
  });
  withoutUrl = fixtureBuild('cite-without-url', join(MINIMAL, 'content'));
  russian = fixtureBuild('second-site', resolve(ROOT, 'tests/fixtures/second-site/content'));
}, 600_000);

/** Every text file of a build, by its path in dist. */
function textFiles(dist: string): [string, string][] {
  return readdirSync(dist, { recursive: true }).map(String)
    .filter((f) => /\.(html|xml|json|csv|txt|js|css|svg|webmanifest)$/.test(f))
    .map((f) => [f, readFileSync(join(dist, f), 'utf8')]);
}

/** What each format of a page's citations says: the page itself shows one, its citation page every one. */
function citations(path: string, dist: string) {
  const $ = page(path, dist);
  const formats = page(`${path}cite/`, dist);
  const text = (id: string) => formats(`#cite-${id}`).text();
  return {
    $,
    apa: text('apa'), mla: text('mla'), bibtex: text('bibtex'), ris: text('ris'), csl: JSON.parse(text('csl-json'))[0],
    highwire: $('meta[name="citation_author"]').map((_, m) => $(m).attr('content')!).get(),
    language: $('meta[name="citation_language"]').attr('content') ?? '',
  };
}

/** The site's name, from the page (what every format must give back as its one author). */
const siteName = (path: string, dist: string) => page(path, dist)('meta[property="og:site_name"]').attr('content')!;

describe('every citation format of an event page parses and names the site as one organisation', () => {
  for (const [language, build, path] of [['English', () => withoutUrl, EVENT], ['Russian', () => russian, RUSSIAN_EVENT]] as const) {
    it(`${language}: BibTeX, RIS, CSL-JSON and the Highwire tags`, () => {
      const { dist } = build();
      const name = siteName(path, dist);
      const c = citations(path, dist);

      const bib = parseBibtex(c.bibtex, { english: false });
      expect(bib.errors).toEqual([]);
      expect(bib.entries).toHaveLength(1);
      expect(bib.entries[0]!.fields.author).toEqual([{ name }]);
      expect(bib.entries[0]!.fields.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const [fromBibtex, ...moreBibtex] = new Cite(c.bibtex).data as { author: unknown; title: string }[];
      expect(moreBibtex).toEqual([]);
      expect(fromBibtex!.author).toEqual([{ family: name }]);

      const au = c.ris.split('\n').filter((l) => l.startsWith('AU  - ')).map((l) => l.slice(6));
      expect(au.map(zoteroRisCreator)).toEqual([{ lastName: name, fieldMode: 1 }]);
      const [fromRis, ...moreRis] = new Cite(c.ris).data as { author: unknown; title: string }[];
      expect(moreRis).toEqual([]);
      expect(fromRis!.author).toEqual([{ family: name, given: '' }]);
      expect(fromRis!.title).toBe(page(path, dist)('h1').text());

      expect(c.csl.author).toEqual([{ literal: name }]);
      expect(c.csl).not.toHaveProperty('version');
      expect(zoteroHighwireCreators(c.highwire, c.language)).toEqual([{ lastName: name }]);

      // APA names the site once, as the author; MLA once, as the website.
      expect(c.apa.split(name)).toHaveLength(2);
      expect(c.apa.startsWith(`${name}. (`)).toBe(true);
      expect(c.mla.toLowerCase().split(name.toLowerCase())).toHaveLength(2);
    });
  }
});

describe('a site built with its address', () => {
  it('gives it in the canonical link, OpenGraph, JSON-LD, the citations, the feed and the sitemap', () => {
    const { $, apa, bibtex, ris, csl } = citations(EVENT, withUrl.dist);
    const address = `${ORIGIN}${EVENT}`;
    expect($('link[rel="canonical"]').attr('href')).toBe(address);
    expect($('meta[property="og:url"]').attr('content')).toBe(address);
    expect(JSON.parse($('script[type="application/ld+json"]').text()).mainEntityOfPage.url).toBe(address);
    expect(apa.endsWith(address)).toBe(true);
    expect($('#cite-apa').text()).toBe(apa);
    expect(csl.URL).toBe(address);
    expect(parseBibtex(bibtex).entries[0]!.fields.url).toBe(address);
    expect(ris).toContain(`UR  - ${address}`);
    expect($('[data-address-missing]')).toHaveLength(0);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(withUrl.dist, 'feed.xml'), 'utf8')).feed;
    expect(feed.id).toBe(`${ORIGIN}/`);
    // Every page to find but the not-found page, at its absolute address.
    const listed = [...readFileSync(join(withUrl.dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).sort();
    expect(listed).toContain(address);
    expect(listed).toEqual(htmlPages(withUrl.dist).filter((p) => p !== '/404.html' && isFindablePage(p)).map((p) => `${ORIGIN}${p}`).sort());
  });

  it('contains localhost in no file', () => {
    const files = textFiles(withUrl.dist);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter(([, text]) => /localhost/i.test(text)).map(([f]) => f)).toEqual([]);
  });
});

describe('a site built without its address', () => {
  it('cites each page by its path on the site, and says beside the citations that the address is not configured', () => {
    const { $, apa, mla, bibtex, ris, csl } = citations(EVENT, withoutUrl.dist);
    expect(csl.URL).toBe(EVENT);
    expect(apa.endsWith(` ${EVENT}`)).toBe(true);
    expect(mla.endsWith(` ${EVENT}.`)).toBe(true);
    expect(parseBibtex(bibtex).entries[0]!.fields.url).toBe(EVENT);
    expect(ris).toContain(`UR  - ${EVENT}`);
    const note = $('.cite-this-page [data-address-missing]');
    expect(note.text()).toMatch(/^Address not configured: .*\/events\/2020-05-01-fixture-raid\//);
    expect(note.find('code').attr('dir')).toBe('ltr');
  });

  it('says so in the site\'s language', () => {
    expect(page(RUSSIAN_EVENT, russian.dist)('[data-address-missing]').text()).toMatch(/^Адрес не настроен: .*\/events\/1969-07-20-eagle-lands\//);
  });

  it('gives a site-relative canonical link and leaves out what needs an absolute address: og:url, JSON-LD\'s url, the sitemap', () => {
    const $ = page(EVENT, withoutUrl.dist);
    expect($('link[rel="canonical"]').attr('href')).toBe(EVENT);
    expect($('meta[property="og:url"]')).toHaveLength(0);
    expect($('link[rel="sitemap"]')).toHaveLength(0);
    expect(JSON.parse($('script[type="application/ld+json"]').text()).mainEntityOfPage).not.toHaveProperty('url');
    expect(existsSync(join(withoutUrl.dist, 'sitemap-index.xml')) || existsSync(join(withoutUrl.dist, 'sitemap-0.xml'))).toBe(false);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(withoutUrl.dist, 'feed.xml'), 'utf8')).feed;
    expect([feed.entry].flat().map((e: { id: string }) => e.id)).toContain(EVENT);
  });

  it('contains localhost in no file, citation or otherwise', () => {
    for (const build of [withoutUrl, russian]) {
      const files = textFiles(build.dist);
      expect(files.length).toBeGreaterThan(10);
      expect(files.filter(([, text]) => /localhost|\.invalid\b/i.test(text)).map(([f]) => f)).toEqual([]);
    }
  });
});
