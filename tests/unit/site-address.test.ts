/** A site built without its address (no `url`, no SITE_URL) guesses no host: pages, data and the feed give site-relative paths. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/model/graph.ts';
import { eventsFeed, eventsJson, siteUrls } from '../../src/lib/render/open-data.ts';
import type { SiteConfig } from '../../src/lib/content/schema.ts';
import { DEFAULT_MODEL } from '../../src/lib/content/site-config.ts';
import { absoluteAddress, siteAddress } from '../../src/lib/render/site-address.ts';

const { eventSchema } = DEFAULT_MODEL.schemas;
const site = { title: 'Fixture', description: 'd', language: 'en', base: '/sub/', license: { content: 'CC BY 4.0', code: 'MIT' }, editors: [], branch: 'main', revisions: true, citationStyle: 'apa', shareCards: true, listPageSize: 100, vocabularies: {}, map: { highlight: [], borders: [], presets: [], countryLabels: {} }, places: { countryNames: {}, adminLevels: { countries: {} } } } as SiteConfig;
const graph = buildGraph({
  actors: [],
  events: [{ id: '2022-07-20-raid', data: eventSchema.parse({ title: 'Raid', summary: 's', date: '2022-07-20', kind: 'raid', sources: ['s1'] }) }],
  sources: [{ id: 's1', publisher: 'x', kind: 'news-report', date: '2022' }],
});

describe('a page\'s address', () => {
  it('is absolute with the site\'s origin, and the site-relative path without one', () => {
    expect(siteAddress('/sub/events/x/', 'https://explainer.example')).toEqual({ href: 'https://explainer.example/sub/events/x/', absolute: true });
    expect(siteAddress('/sub/events/x/', undefined)).toEqual({ href: '/sub/events/x/', absolute: false });
  });

  it('is left out where a format needs an absolute one and the site has none', () => {
    expect(absoluteAddress('/sub/events/x/', new URL('https://explainer.example'))).toBe('https://explainer.example/sub/events/x/');
    expect(absoluteAddress('/sub/events/x/', undefined)).toBeUndefined();
  });
});

describe('the data files and the feed without the site\'s address', () => {
  const abs = siteUrls(undefined, '/sub/');

  it('give site paths with the base, and absolute addresses with an origin', () => {
    expect(abs('/events/x/')).toBe('/sub/events/x/');
    expect(siteUrls('https://explainer.example', '/sub/')('/events/x/')).toBe('https://explainer.example/sub/events/x/');
    expect(eventsJson(graph, site, abs, DEFAULT_MODEL.vocabularies, DEFAULT_MODEL.i18n)).toMatchObject({ source: '/sub/', documentation: '/sub/data/', events: [{ url: '/sub/events/2022-07-20-raid/' }] });
  });

  it('write a well-formed feed whose ids and links are site paths, naming no host', () => {
    const xml = eventsFeed(graph, site, abs, () => new Date('2026-11-20T00:00:00Z'), ['Fixture'], DEFAULT_MODEL.i18n);
    expect(XMLValidator.validate(xml)).toBe(true);
    // The one address left is the Atom namespace's.
    expect(xml.replace('xmlns="http://www.w3.org/2005/Atom"', '')).not.toMatch(/invalid|localhost|https?:/);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.id).toBe('/sub/');
    expect([feed.link].flat().map((l: Record<string, string>) => l['@_href'])).toEqual(['/sub/events/', '/sub/feed.xml']);
    expect(feed.entry).toMatchObject({ id: '/sub/events/2022-07-20-raid/', link: { '@_href': '/sub/events/2022-07-20-raid/' } });
  });
});
