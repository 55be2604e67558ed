/**
 * The list pages on a generated corpus large enough to cross every cap they have: years,
 * letters, kinds of source, types of relation and the events of an actor longer than a page (the corpus's site.yaml
 * sets `listPageSize: 5`), a network with more actors than the drawing takes (NETWORK_NODES)
 * and a source cited more often than its entry names (CITED_BY_SHOWN). A reader without
 * JavaScript walks every list to its end; each entry is listed once; every list page is in the
 * sitemap, and the open data per year holds exactly that year's rows.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/corpus.ts';
import { checkLinks } from '../../scripts/lib/link-check.ts';
import { readContent } from '../../src/lib/content/content-files.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { graphOptions } from '../../src/lib/model/claims.ts';
import { buildGraph, type Graph } from '../../src/lib/model/graph.ts';
import { eventYear } from '../../src/lib/render/list-pages.ts';
import { fileSize } from '../../src/lib/render/file-size.ts';
import { CITED_BY_SHOWN, NETWORK_NODES } from '../../src/lib/render/page-caps.ts';
import { ROOT } from '../helpers/astro.ts';
import { htmlPages, page } from '../helpers/dist.ts';
import { fixtureBuild, type FixtureBuild } from '../helpers/fixture-builds.ts';

const SIZE = 5;
// Not example.org: the corpus's sources have their addresses there, which are no pages of this site.
const ORIGIN = 'https://lists.example.net';
const source = resolve(ROOT, 'tests/.tmp/list-pages-corpus');
let build: FixtureBuild;
let graph: Graph;
const $ = (path: string) => page(path, build.dist);
const hrefs = (path: string, selector: string) => { const p = $(path); return p(selector).map((_, a) => p(a).attr('href')!).get(); };

/** Every page of a list from its first: the pager's rel=next, followed to the end. */
function walk(first: string): string[] {
  const pages = [first];
  for (let next = $(first)('nav.pager a[rel="next"]').attr('href'); next; next = $(next)('nav.pager a[rel="next"]').attr('href')) pages.push(next);
  return pages;
}

beforeAll(() => {
  const files = generateCorpus({ actors: 60, events: 120, seed: 3 });
  const site = parse(files.get('site.yaml')!) as Record<string, unknown>;
  files.set('site.yaml', stringify({ ...site, url: ORIGIN, listPageSize: SIZE, shareCards: false }));
  writeCorpus(source, files);
  build = fixtureBuild('list-pages', source);
  const { content } = validateContent(readContent(build.content, build.dir));
  graph = buildGraph(content, graphOptions(content.model.vocabularies));
}, 300_000);

describe('the corpus crosses every cap', () => {
  it('has years, letters, kinds and types longer than a page, more actors than the network draws and a source cited more often than its entry names', () => {
    expect(walk('/events/').length).toBe(1);
    expect(hrefs('/events/', '#years-heading + ul a').some((y) => walk(y).length > 1)).toBe(true);
    expect(hrefs('/actors/', '#letters-heading + ul a').some((l) => walk(l).length > 1)).toBe(true);
    expect(hrefs('/sources/', '#kinds-heading + ul a').some((k) => walk(k).length > 1)).toBe(true);
    expect(hrefs('/relations/', '#types-heading + ul a').some((t) => walk(t).length > 1)).toBe(true);
    expect($('/relations/')('svg.network-wide a.net-node').length).toBe(NETWORK_NODES);
    expect([...graph.sources.keys()].some((id) => graph.citationsOf(id).length > CITED_BY_SHOWN)).toBe(true);
  });
});

describe('events by year', () => {
  it('lists every event once, in date order, on pages of at most the page size, year after year', () => {
    const listed = hrefs('/events/', '#years-heading + ul a').flatMap((year) => walk(year).flatMap((p) => {
      const titles = hrefs(p, '.event-list .event-title a');
      expect(titles.length, p).toBeLessThanOrEqual(SIZE);
      expect(titles.length, p).toBeGreaterThan(0);
      return titles;
    }));
    expect(listed).toEqual(graph.eventsByDate.map((e) => `/events/${e.id}/`));
  });

  it('lists no event on /events/ once they do not fit on one page: its weight stays that of the years', () => {
    expect(graph.eventsByDate.length).toBeGreaterThan(SIZE);
    expect(hrefs('/events/', '.event-list .event-title a')).toEqual([]);
  });

  it('addresses a year’s pages /events/<yyyy>/ and /events/<yyyy>/<n>/, and heads each with its place', () => {
    const year = hrefs('/events/', '#years-heading + ul a').find((y) => walk(y).length > 2)!;
    expect(year).toMatch(/^\/events\/\d{4}\/$/);
    const pages = walk(year);
    expect(pages.slice(1)).toEqual(pages.slice(1).map((_, i) => `${year}${i + 2}/`));
    expect($(pages[1]!)('h1').text()).toMatch(new RegExp(`^Events of ${year.slice(8, 12)}, page 2 of ${pages.length}$`));
  });
});

describe('the pagination', () => {
  it('is a labelled nav of plain links: previous and next with rel, the current page marked, the same in the head', () => {
    const year = hrefs('/events/', '#years-heading + ul a').find((y) => walk(y).length > 2)!;
    const pages = walk(year);
    pages.forEach((path, i) => {
      const p = $(path);
      const nav = p('nav.pager');
      expect(nav.attr('aria-label'), path).toBe('Pages of this list');
      expect(nav.find('a[aria-current="page"]').attr('href'), path).toBe(path);
      expect(nav.find('a[aria-current="page"]').text(), path).toBe(String(i + 1));
      expect(nav.find('a[rel="prev"]').attr('href'), path).toBe(pages[i - 1]);
      expect(nav.find('a[rel="next"]').attr('href'), path).toBe(pages[i + 1]);
      expect(p('head link[rel="prev"]').attr('href'), path).toBe(pages[i - 1]);
      expect(p('head link[rel="next"]').attr('href'), path).toBe(pages[i + 1]);
    });
    // A list of one page has no pagination.
    const short = hrefs('/events/', '#years-heading + ul a').find((y) => walk(y).length === 1);
    if (short) expect($(short)('nav.pager')).toHaveLength(0);
  });
});

describe('actors by letter', () => {
  it('lists no actor on /actors/ once they do not fit on one page', () => {
    expect(graph.actors.size).toBeGreaterThan(SIZE);
    expect(hrefs('/actors/', '.card-list h3 a')).toEqual([]);
  });

  it('lists every actor once, under its first letter, letters and names in the language’s order', () => {
    const collator = new Intl.Collator('en');
    const letters = $('/actors/')('#letters-heading + ul a').map((_, a) => $('/actors/')(a).text()).get();
    expect(letters).toEqual([...letters].sort(collator.compare));
    const listed = hrefs('/actors/', '#letters-heading + ul a').flatMap((letter, i) => walk(letter).flatMap((p) => {
      const names = $(p)('.card-list h3 a').map((_, a) => $(p)(a).attr('href')!).get();
      expect(names.length, p).toBeLessThanOrEqual(SIZE);
      for (const href of names) expect(graph.actors.get(href.split('/')[2]!)!.data.name[0]!.toUpperCase(), href).toBe(letters[i]);
      return names;
    }));
    expect(listed.sort()).toEqual([...graph.actors.keys()].map((id) => `/actors/${id}/`).sort());
  });
});

describe('the events involving an actor', () => {
  it('lists every event of every actor once, in date order, its page first and then pages of at most the page size', () => {
    const long = [...graph.actors.keys()].filter((id) => graph.eventsOfActor(id).length > SIZE);
    expect(long.length).toBeGreaterThan(0);
    for (const id of graph.actors.keys()) {
      const pages = walk(`/actors/${id}/`);
      const listed = pages.flatMap((p, i) => {
        const titles = hrefs(p, i === 0 ? '#actor-events .event-title a' : '.event-list .event-title a');
        expect(titles.length, p).toBeLessThanOrEqual(SIZE);
        return titles;
      });
      expect(listed, id).toEqual(graph.eventsOfActor(id).map((x) => `/events/${x.event.id}/`));
      expect(pages.slice(1), id).toEqual(pages.slice(1).map((_, i) => `/actors/${id}/events/${i + 2}/`));
    }
    // A next page names the actor and leads back to its page.
    const next = `/actors/${long[0]}/events/2/`;
    expect($(next)('h1').text()).toContain(graph.actors.get(long[0]!)!.data.name);
    expect($(next)('.kicker a').attr('href')).toBe(`/actors/${long[0]}/`);
  });
});

describe('sources by kind', () => {
  const entries = () => hrefs('/sources/', '#kinds-heading + ul a').flatMap((kind) => walk(kind).flatMap((p) => {
    const ids = $(p)('ul.bibliography > li').map((_, li) => $(p)(li).attr('id')!).get();
    expect(ids.length, p).toBeLessThanOrEqual(SIZE);
    return ids.map((id) => ({ id, path: p }));
  }));

  it('lists every source once, on the page of its kind', () => {
    const listed = entries();
    expect(listed.map((e) => e.id).sort()).toEqual([...graph.sources.keys()].sort());
    for (const { id, path } of listed) expect(path.startsWith(`/sources/${graph.sources.get(id)!.kind}/`), id).toBe(true);
  });

  it('names the first pages that cite a source, then how many more', () => {
    const { id, path } = entries().find((e) => graph.citationsOf(e.id).length > CITED_BY_SHOWN)!;
    const entry = $(path)(`li[id="${id}"] .cited-by`);
    expect(entry.find('a')).toHaveLength(CITED_BY_SHOWN);
    expect(entry.text()).toContain(`and ${graph.citationsOf(id).length - CITED_BY_SHOWN} more page`);
  });

  it('is where every link to a source goes: each resolves to its entry (the link check)', () => {
    const event = graph.eventsByDate[0]!;
    const links = hrefs(`/events/${event.id}/`, 'a.source-entry');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/sources\/[a-z-]+\/(\d+\/)?#/);
    expect(checkLinks({ dist: build.dist, site: ORIGIN })).toEqual([]);
  });
});

describe('relations', () => {
  it('draws the most connected actors and the relations between them, and says so', () => {
    const p = $('/relations/');
    const drawn = new Set(p('svg.network-wide a.net-node').map((_, a) => p(a).attr('href')!).get());
    expect(drawn.size).toBe(NETWORK_NODES);
    expect(p('main').text()).toMatch(new RegExp(`draws the ${NETWORK_NODES} most connected of \\d+ actors`));
    // The table beside the drawing lists exactly the drawn relations.
    const rows = p('table[data-relations-table] tbody tr');
    expect(rows.length).toBe(p('svg.network-wide a.net-edge').length);
    rows.each((_, tr) => {
      for (const a of p(tr).find('th a, td:nth-of-type(2) a').toArray()) expect(drawn.has(p(a).attr('href')!)).toBe(true);
    });
  });

  it('lists every relation once, by type, on pages of at most the page size', () => {
    const rows = hrefs('/relations/', '#types-heading + ul a').flatMap((type) => walk(type).flatMap((p) => {
      const ids = $(p)('table[data-relations-table] tbody tr').map((_, tr) => $(p)(tr).attr('id')!).get();
      expect(ids.length, p).toBeLessThanOrEqual(SIZE);
      return ids;
    }));
    const expected = [...graph.actors.values()].flatMap((a) => [
      ...a.data.relations.filter((r) => graph.actors.has(r.actor)).map((r) => `rel-${a.id}--${r.type}--${r.actor}`),
      ...(a.data.parent && !a.data.relations.some((r) => r.actor === a.data.parent) ? [`rel-${a.id}--parent--${a.data.parent}`] : []),
    ]);
    expect(rows.sort()).toEqual([...new Set(expected)].sort());
  });

  it('links an actor page’s drawn relations to their rows on the list pages', () => {
    const actor = [...graph.actors.values()].find((a) => a.data.relations.length > 0)!;
    const links = hrefs(`/actors/${actor.id}/`, 'svg a.net-edge');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const [path, id] = link.split('#') as [string, string];
      expect(path).toMatch(/^\/relations\/[a-z-]+\/(\d+\/)?$/);
      expect($(path)(`tr[id="${id}"]`), link).toHaveLength(1);
    }
  });
});

describe('findable', () => {
  it('lists every list page in the sitemap', () => {
    const listed = new Set([...readFileSync(join(build.dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    const lists = htmlPages(build.dist).filter((p) => /^\/(events\/\d{4}|actors\/[^/]|sources\/[a-z-]+|relations\/[a-z-]+)\/(\d+\/)?$/.test(p) || /^\/actors\/[^/]+\/events\/\d+\/$/.test(p));
    expect(lists.some((p) => p.includes('/events/2/'))).toBe(true);
    expect(lists.length).toBeGreaterThan(40);
    for (const p of lists) expect(listed.has(p), p).toBe(true);
  });

  it('keeps every list page light', () => {
    for (const p of htmlPages(build.dist).filter((p) => /^\/(events|actors|sources|relations)\//.test(p) && p.split('/').length <= 6)) {
      const file = readFileSync(join(build.dist, p.replace(/^\//, ''), 'index.html'));
      expect(gzipSync(file).length, p).toBeLessThan(60_000);
    }
  });
});

describe('open data per year', () => {
  const csv = (path: string) => parseCsv(readFileSync(join(build.dist, path), 'utf8'), { columns: false }) as string[][];

  it('gives each year the whole file’s columns and exactly its events, in both formats', () => {
    const whole = csv('data/events.csv');
    const years = [...new Set(graph.eventsByDate.map((e) => eventYear(e.date)))];
    const rows = years.flatMap((year) => {
      const part = csv(`data/events/${year}.csv`);
      expect(part[0]).toEqual(whole[0]);
      const json = JSON.parse(readFileSync(join(build.dist, `data/events/${year}.json`), 'utf8')) as { title: string; events: { id: string }[] };
      expect(json.events.map((e) => e.id)).toEqual(part.slice(1).map((r) => r[0]));
      expect(json.title).toContain(year);
      return part.slice(1);
    });
    expect(rows).toEqual(whole.slice(1));
  });

  it('lists the files on /data/ with their sizes', () => {
    const p = $('/data/');
    for (const name of ['events.csv', 'events.json', 'events/2020.csv', 'events/2020.json']) {
      const link = p(`a[href="/data/${name}"]`);
      expect(link, name).toHaveLength(1);
      const bytes = readFileSync(join(build.dist, 'data', name)).length;
      expect(link.parent().text(), name).toContain(fileSize(bytes, 'en'));
    }
  });
});
