/**
 * How entry pages read, on a fixture site built by the generator: sources named as phrases,
 * notes numbered in reading order, places said once each, the byline (editors, dates from
 * git, a report link to the repository) and the home page's key facts. A second build of the
 * minimal site, with no editors, no repository and no history, reads sensibly too.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import { buildGraph } from '../../src/lib/model/graph.ts';
import { graphOptions } from '../../src/lib/model/claims.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { buildSite } from '../helpers/astro.ts';
import { page } from '../helpers/dist.ts';
import { fixtureBuild } from '../helpers/fixture-builds.ts';
import { MINIMAL, materialize } from '../helpers/fixtures.ts';
import { idsShown, internalIds } from '../helpers/internal-ids.ts';

let root: string;
let dist: string;
let plain: string;
const text = (s: string) => s.replace(/\s+/g, ' ').trim();
const EVENT = '/events/2020-05-01-fixture-raid/';

function commit(message: string, date: string) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Fixture', GIT_AUTHOR_EMAIL: 'fixture@example.org', GIT_COMMITTER_NAME: 'Fixture', GIT_COMMITTER_EMAIL: 'fixture@example.org', GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date };
  for (const args of [['add', '-A'], ['commit', '-qm', message]]) {
    const r = spawnSync('git', args, { cwd: root, encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  }
}

function graphOf(content: string) {
  const { content: data } = validateContent(readContent(content, join(content, '..')));
  return { graph: buildGraph(data, graphOptions(data.model.vocabularies)), pageIds: readdirSync(join(content, 'pages')).map((f) => f.replace(/\.mdx$/, '')) };
}

beforeAll(() => {
  root = materialize('pages', 'cases');
  spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: root });
  commit('first', '2024-03-05T06:07:08Z');
  appendFileSync(join(root, 'content/events/2020-05-01-fixture-raid.mdx'), '\nA later sentence.\n');
  commit('second', '2024-04-10T09:00:00Z');
  dist = buildSite(root);
  plain = fixtureBuild('pages-plain', join(MINIMAL, 'content')).dist;
}, 300_000);

const sourceItems = ($: CheerioAPI) => $('ol.sources > li').map((_, li) => text($(li).text())).get();

describe('sources, as a reader meets them', () => {
  it('names each source as a phrase: its kind, publisher, date and the source it is known through', () => {
    expect(sourceItems(page(EVENT, dist))).toEqual([
      'An official statement by Fixture Group, May 2, 2020, as reported by Fixture Outlet.',
      'A news report by Fixture Outlet, May 2020.',
      'A news report by Fixture Wire, May 4, 2020.',
      // Kind `other` has no noun: never "Fixture Group, other, 2020".
      'Fixture Group, May 3, 2020, as reported by Fixture Outlet.',
    ]);
  });

  it('says once per list that titles are given only where the material gives them', () => {
    const $ = page(EVENT, dist);
    expect($('main').text().match(/Titles are given only where the material gives them/g)).toHaveLength(1);
    expect($('main').text()).not.toContain('Title not given');
  });

  it('numbers notes in reading order (prose, figures, claims, then the rest) and links each both ways', () => {
    const $ = page(EVENT, dist);
    expect($('ol.sources > li').map((_, li) => $(li).attr('id')).get()).toEqual(['source-fixture-statement', 'source-fixture-report', 'source-fixture-wire-2020-05-04', 'source-fixture-leaflet']);
    expect($('.prose sup.cite-note a').map((_, a) => $(a).text()).get()).toEqual(['[1]', '[2]']);
    expect($('.claims sup.cite-note a').map((_, a) => `${$(a).text()} ${$(a).attr('href')}`).get()).toEqual(['[4] #source-fixture-leaflet']);
    for (const a of $('sup.cite-note a').toArray()) expect($($(a).attr('href'))).toHaveLength(1);
    expect($('.prose sup.cite-note a').first().attr('aria-label')).toBe('Source 1: an official statement by Fixture Group, May 2, 2020, as reported by Fixture Outlet');
    // From the list on to the bibliography.
    expect($('#source-fixture-report a.source-entry').attr('href')).toBe('/sources/news-report/#fixture-report');
    expect($('#source-fixture-leaflet a.source-entry').text()).toBe('May 3, 2020');
  });

  it('gives a claim its source compactly: the phrase and its note, not the full entry again', () => {
    const $ = page(EVENT, dist);
    // The claim's permalink is no part of its wording.
    expect($('.claims li > p').map((_, p) => text($(p).clone().find('.permalink').remove().end().text())).get()).toEqual(['Fixture Group claimed: It carried out the raid.', 'Source: Fixture Group, May 3, 2020, as reported by Fixture Outlet[4]']);
  });

  it('says a place once per part, with the country by name', () => {
    const place = text(page(EVENT, dist)('dt:contains("Place") + dd').text());
    expect(place).toBe('Fixture District, Fixture Province, Portugal · precision: near the named place, or somewhere in the area');
  });
});

describe('the byline under the headline', () => {
  it('names the editors, first publication and last change from git, and links a new issue for the page', () => {
    const $ = page(EVENT, dist);
    expect(text($('h1 + .byline').text())).toBe('By A. Editor and B. Editor · First published March 5, 2024 · last updated April 10, 2024 · Report an error · Edit this page');
    expect($('.byline time').map((_, t) => $(t).attr('datetime')).get()).toEqual(['2024-03-05', '2024-04-10']);
    const report = new URL($('.byline-report a').attr('href')!);
    expect(report.origin + report.pathname).toBe('https://github.com/example/fixture-explainer/issues/new');
    expect(report.searchParams.get('title')).toBe('Error on “Fixture raid”');
    expect(report.searchParams.get('body')).toContain(`${EVENT}`);
  });

  it('says published alone for a page not changed since, on actor and prose pages too', () => {
    expect(text(page('/actors/fixture-group/', dist)('h1 + .byline .byline-dates').text())).toBe('Published March 5, 2024');
    expect(text(page('/about/', dist)('h1 + .byline .byline-dates').text())).toBe('Published March 5, 2024');
  });

  it('without editors, repository or history: the site\'s contributors, a draft, and the About page', () => {
    const $ = page(EVENT, plain);
    expect(text($('h1 + .byline').text())).toMatch(/^By Fixture explainer contributors · Draft, not yet published \(this copy was built on \w+ \d+, \d{4}\) · To report an error, see About$/);
    expect($('.byline-report a').attr('href')).toBe('/about/');
  });
});

describe('the home page\'s key facts', () => {
  it('opens with a key-facts box, its lines citing their sources as notes, and ends its prose with what is unknown', () => {
    const $ = page('/', dist);
    const box = $('section.key-facts');
    expect(text(box.find('h2').text())).toBe('Key facts');
    expect(box.find('dt').map((_, dt) => $(dt).text()).get()).toEqual(['Who', 'Disputed']);
    expect(box.find('dd em').text()).toBe('Fixture Group');
    expect(box.find('dd').map((_, dd) => $(dd).find('sup a').map((__, a) => $(a).text()).get().join('')).get()).toEqual(['[1]', '[2][1]']);
    expect(text($('section.unknowns h2').text())).toBe('What we don’t know');
    expect($('section.unknowns li').map((_, li) => text($(li).text())).get()).toEqual(['How many took part: the report does not say.[4]']);
    // The box comes before the prose, the note after it; the list follows reading order.
    expect($('article > *').map((_, e) => $(e).attr('class')?.split(' ')[0] ?? e.tagName).get().filter((c) => ['key-facts', 'prose', 'unknowns'].includes(c))).toEqual(['key-facts', 'prose', 'unknowns']);
    expect($('ol.sources > li').map((_, li) => $(li).attr('id')).get()).toEqual(['source-fixture-report', 'source-fixture-statement', 'source-fixture-leaflet', 'source-fixture-wire-2020-05-04']);
  });

  it('is left out where the page gives none', () => {
    expect(page('/', plain)('section.key-facts, section.unknowns')).toHaveLength(0);
  });
});

describe('internal ids', () => {
  it('reach no reader of either build', () => {
    for (const [content, built] of [[join(root, 'content'), dist], [join(plain, '../content'), plain]] as const) {
      const { graph, pageIds } = graphOf(content);
      expect(idsShown(built, internalIds(graph, pageIds))).toEqual([]);
    }
  });
});
