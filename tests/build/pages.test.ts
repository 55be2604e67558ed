import type { CheerioAPI } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, page } from '../helpers/dist.ts';
import { siteGraph } from '../helpers/site-graph.ts';
import { accountOf, accountText } from '../../src/lib/model/according.ts';
import { rolesText } from '../../src/lib/model/roles.ts';
import { DEFAULT_MODEL, deployment, loadSite } from '../../src/lib/content/site-config.ts';
import { isEmbedPath } from '../../src/lib/render/embed.ts';
import { CITED_BY_SHOWN } from '../../src/lib/render/page-caps.ts';

/** The site's address, if the build had one (site.yaml `url`, SITE_URL). */
const origin = deployment(loadSite().config).site;

const graph = siteGraph();
// The site is in English with the default roles: the words its pages use.
const t = (key: string, values?: Record<string, string>) => DEFAULT_MODEL.i18n.t(key as never, values);
const whose = (id: string) => accountText(accountOf(graph, id, DEFAULT_MODEL), graph, t);
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('every entry has its page', () => {
  it.each([...graph.actors.values()].map((a) => [a.id, a]))('actor %s', (id, actor) => {
    const $ = page(`/actors/${id}/`);
    expect(text($('h1').text())).toContain(actor.data.name);
    expect($('meta[name="description"]').attr('content')).toBe(actor.data.summary);
  });

  it.each(graph.eventsByDate.map((e) => [e.id, e]))('event %s', (id, event) => {
    const $ = page(`/events/${id}/`);
    expect(text($('h1').text())).toBe(event.data.title);
    expect($('meta[name="description"]').attr('content')).toBe(event.data.summary);
    // An inferred year is said after the date.
    expect(text($('.facts dd').first().text())).toBe(event.date.inferred ? `${event.date.words} (${event.date.inferred} inferred)` : event.date.words);
  });

  it('has the indexes, the prose pages and a 404', () => {
    for (const path of ['/', '/actors/', '/events/', '/sources/', '/about/', '/methodology/', '/404.html']) {
      expect(() => page(path), path).not.toThrow();
    }
  });
});

describe('the shell\'s links and the not-found page', () => {
  const links = ($: ReturnType<typeof page>, selector: string) => $(selector).map((_, a) => `${text($(a).text())} ${$(a).attr('href')}`).get();
  const HEADER = ['Events /events/', 'Timeline /timeline/', 'Actors /actors/', 'Sources /sources/', 'Map /map/', 'Relations /relations/'];

  it('links the generator\'s pages, then the content pages that ask for a place in the menu, in the header; the reuse pages in the footer', () => {
    for (const path of ['/', '/events/', '/actors/lantern-guild/', '/about/']) {
      const $ = page(path);
      expect(links($, 'header nav[aria-label="Main"] a'), path).toEqual([...HEADER, 'About /about/', 'Methodology /methodology/']);
      expect(links($, 'footer p:last-child a'), path).toEqual(['How to cite and reuse /how-to-cite/', 'Open data /data/', 'Atom feed of events /feed.xml', 'Corrections /changes/']);
      expect(text($('footer p:last-child').text())).toBe('How to cite and reuse · Open data · Atom feed of events · Corrections');
    }
    expect(page('/map/')('header nav a[aria-current="page"]').attr('href')).toBe('/map/');
  });

  it('leads on from the not-found page by the header\'s pages and the home page', () => {
    expect(links(page('/404.html'), 'main ul a')).toEqual([...HEADER, 'The home page /']);
  });
});

describe('backlinks match the content', () => {
  it.each([...graph.actors.keys()])('the events on /actors/%s/ are the events it appears in, in date order', (id) => {
    const $ = page(`/actors/${id}/`);
    const linked = $('section[aria-labelledby="events-heading"] .event-title a').map((_, a) => $(a).attr('href')).get();
    expect(linked).toEqual(graph.eventsOfActor(id).map((x) => `/events/${x.event.id}/`));
    const roles = $('section[aria-labelledby="events-heading"] .event-roles').map((_, p) => text($(p).text())).get();
    expect(roles).toEqual(graph.eventsOfActor(id).map((x) => `Role: ${rolesText(x.accounts, DEFAULT_MODEL.vocabularies.roles, t, whose)}`));
  });

  it('lists members on the parent\'s page', () => {
    const $ = page('/actors/tidewater-council/');
    const members = $('dt:contains("Members and parts") + dd a').map((_, a) => $(a).attr('href')).get();
    expect(members.sort()).toEqual(graph.membersOf('tidewater-council').map((m) => `/actors/${m.id}/`).sort());
    expect(members).toContain('/actors/brannoc-vell/');
  });

  it('shows a relation on the pages of both actors', () => {
    expect(page('/actors/lantern-guild/')('section[aria-labelledby="relations-heading"] a[href="/actors/tidewater-council/"]').length).toBeGreaterThan(0);
    expect(page('/actors/tidewater-council/')('section[aria-labelledby="relations-heading"] a[href="/actors/lantern-guild/"]').length).toBeGreaterThan(0);
  });

  // Each source on the list page of its kind (one page each: the fixture is small).
  const entryOf = (id: string) => `/sources/${graph.sources.get(id)!.kind}/#${id}`;

  it.each([...graph.sources.keys()])('the bibliography entry of %s lists the pages that cite it', (id) => {
    const $ = page(entryOf(id).split('#')[0]!);
    const entry = $(`li#${id}`);
    expect(entry.length).toBe(1);
    const citing = entry.find('.cited-by a').map((_, a) => $(a).attr('href')).get();
    const expected = graph.citationsOf(id).map((c) => (c.kind === 'actor' ? `/actors/${c.id}/` : c.kind === 'event' ? `/events/${c.id}/` : entryOf(c.id)));
    // The first CITED_BY_SHOWN, then how many more: an entry's weight stays fixed however often it is cited.
    expect(citing).toEqual(expected.slice(0, CITED_BY_SHOWN));
    const more = expected.length - CITED_BY_SHOWN;
    if (more > 0) expect(entry.find('.cited-by').text()).toContain(`and ${more} more page`);
    else expect(entry.find('.cited-by').text()).not.toContain('more page');
  });
});

describe('events', () => {
  it('are listed in date order on the home page and, year after year, on the pages /events/ links', () => {
    const order = graph.eventsByDate.map((e) => `/events/${e.id}/`);
    const titles = ($: CheerioAPI) => $('.event-list .event-title a').map((_, a) => $(a).attr('href')).get();
    expect(titles(page('/'))).toEqual(order);
    const years = page('/events/')('#years-heading + ul a').map((_, a) => page('/events/')(a).attr('href')).get();
    expect(years).toEqual(['/events/2019/', '/events/2020/']);
    expect(years.flatMap((path) => titles(page(path)))).toEqual(order);
  });

  it('say whose figure each count is', () => {
    const $ = page('/events/2020-07-16-lowmere-operation/');
    $('.figures .permalink').remove();
    const figures = $('.figures li').map((_, li) => text($(li).text())).get();
    expect(figures).toEqual(['3 wounded, according to Brannoc Vell, as reported by Saltmarsh Courier', '5 detained, according to Brannoc Vell, as reported by Saltmarsh Courier']);
  });

  it('keep the source\'s own wording of a loose figure', () => {
    const $ = page('/events/2020-03-04-grayhaven-pier-attack/');
    $('.figures .permalink').remove();
    expect(text($('.figures li').text())).toBe('more than 40 wounded, according to Guild, as reported by Saltmarsh Courier');
  });

  it('link their neighbours in time', () => {
    const $ = page('/events/2020-07-20-watch-raid-kestrel-point/');
    expect($('a[rel="prev"]').attr('href')).toBe('/events/2020-07-16-lowmere-operation/');
    expect($('a[rel="next"]').attr('href')).toBe('/events/2020-09-lantern-fire/');
    // The date follows the title without brackets of its own: "(year inferred)" must not nest.
    expect(text($('a[rel="prev"]').text())).toBe('Previous: Council announces operation in Lowmere parish, 16 July 2020 (year inferred)');
  });

  it('say how a source is known', () => {
    const $ = page('/events/2020-07-20-watch-raid-kestrel-point/');
    expect(text($('.sources').text())).toContain('An official statement by Harbour Watch, 20 July 2020, as reported by Saltmarsh Courier.');
  });
});

describe('the home page\'s key facts and unknowns', () => {
  it('are each a line of the page, with a note to its source', () => {
    const $ = page('/');
    const lines = [...$('section.key-facts dd').toArray(), ...$('section.unknowns li').toArray()];
    expect(lines.map((l) => text($(l).text()).replace(/\[\d+\]/g, ''))).toEqual([
      'The Lantern Guild and the Tidewater Council, according to the Saltmarsh Courier.',
      'Grayhaven, Lowmere parish and Kestrel Point, according to the Saltmarsh Courier.',
      'From the summer of 2019 to the autumn of 2020, according to the Saltmarsh Courier.',
      'Who lit the lamps again: the Courier does not say.',
      'When the raid on the store took place: the Watch said only “recently”.',
    ]);
    for (const line of lines) expect($(line).find('sup.cite-note a').length, text($(line).text())).toBeGreaterThan(0);
  });
});

describe('every page', () => {
  // Embeds are parts of pages for other sites' frames: no canonical address, no OpenGraph, not
  // in the sitemap (tests/build/embeds.test.ts says what they carry instead).
  const pages = htmlPages().filter((p) => !isEmbedPath(p));
  it.each(pages)('%s has a language, a title, one h1, a description, a canonical URL and OpenGraph tags', (path) => {
    const $ = page(path);
    expect($('html').attr('lang')).toBe('en-GB');
    expect($('html').attr('dir')).toBe('ltr');
    expect($('title').text().length).toBeGreaterThan(0);
    expect($('h1').length).toBe(1);
    expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(20);
    const canonical = $('link[rel="canonical"]').attr('href')!;
    // Site-relative when the site's address is not configured: no host is guessed.
    if (path !== '/404.html') expect(new URL(canonical, 'https://any.example').pathname).toBe(path);
    expect(canonical.startsWith(origin ?? '/')).toBe(true);
    for (const property of ['og:title', 'og:description', 'og:type', ...(origin ? ['og:url'] : []), 'og:site_name']) {
      expect($(`meta[property="${property}"]`).attr('content'), property).toBeTruthy();
    }
  });

  it('is in the sitemap, apart from the 404 page, the embeds and the records of past revisions; without the site\'s address there is no sitemap, which lists absolute addresses only', () => {
    if (!origin) {
      expect(existsSync(join(DIST, 'sitemap-0.xml'))).toBe(false);
      return;
    }
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    expect(pages.some((p) => p.includes('/revisions/'))).toBe(true);
    expect(listed).toEqual(pages.filter((p) => p !== '/404.html' && !/^\/(actors|events)\/[^/]+\/revisions\//.test(p)).sort());
  });
});

describe('the lists of a site whose entries fit on one list page', () => {
  const links = (path: string, selector: string) => page(path)(selector).map((_, a) => page(path)(a).attr('href')).get();

  it('lists every actor on /actors/, by kind, beside the letters', () => {
    expect(graph.actors.size).toBeLessThanOrEqual(loadSite().config.listPageSize);
    expect(links('/actors/', '.card-list h3 a').sort()).toEqual([...graph.actors.keys()].map((id) => `/actors/${id}/`).sort());
  });

  it('lists every event on /events/, in date order, under its year', () => {
    expect(links('/events/', '.event-list .event-title a')).toEqual(graph.eventsByDate.map((e) => `/events/${e.id}/`));
  });
});
