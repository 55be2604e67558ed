/**
 * Corrections, on a fixture site built by the generator: the notice under a page's headline,
 * the corrected event's entry in the events feed, the site's list of corrections and its own
 * feed; the anchors of claims and figures that a reader can link to; and the byline's "Edit
 * this page" beside "Report an error". The fixture is committed to its own git repository,
 * on a day before its corrections, so that a correction is what last changed its page.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/astro.ts';
import { htmlPages, page } from '../helpers/dist.ts';
import { materialize } from '../helpers/fixtures.ts';

const EVENT = '/events/2020-05-01-fixture-raid/';
const text = (s: string) => s.replace(/\s+/g, ' ').trim();
let root: string;
let dist: string;

beforeAll(() => {
  root = materialize('corrections', 'cases');
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Fixture', GIT_AUTHOR_EMAIL: 'fixture@example.org', GIT_COMMITTER_NAME: 'Fixture', GIT_COMMITTER_EMAIL: 'fixture@example.org', GIT_COMMITTER_DATE: '2020-05-10T09:00:00Z', GIT_AUTHOR_DATE: '2020-05-10T09:00:00Z' };
  for (const args of [['init', '-q', '-b', 'content/live'], ['add', '-A'], ['commit', '-qm', 'fixture']]) {
    const r = spawnSync('git', args, { cwd: root, encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  }
  dist = buildSite(root);
}, 240_000);

const notice = ($: CheerioAPI) => $('aside.corrections li').map((_, li) => text($(li).text())).get();
const xml = (path: string) => readFileSync(join(dist, path), 'utf8');
const atom = (source: string) => new XMLParser({ ignoreAttributes: false, cdataPropName: '__cdata', isArray: (name) => name === 'entry' || name === 'link' }).parse(source);

describe('the correction notice', () => {
  it('stands under the headline and byline, named by its heading, newest first, each with its day', () => {
    const $ = page(EVENT, dist);
    const aside = $('aside.corrections');
    expect(aside).toHaveLength(1);
    expect(aside.prev().is('p.byline')).toBe(true);
    expect($(`#${aside.attr('aria-labelledby')}`).text()).toBe('Corrections');
    expect(notice($)).toEqual([
      'Corrected on March 4, 2021: An earlier version named the wrong outlet as the source of the <wounded> figure & its date.',
      'Corrected on June 1, 2020: An earlier version gave two wounded; the report gives at least three.',
    ]);
    expect(aside.find('time').map((_, t) => $(t).attr('datetime')).get()).toEqual(['2021-03-04', '2020-06-01']);
    // The note's markup is text, never an element.
    expect(aside.find('wounded')).toHaveLength(0);
    expect(aside.find('a[href="/changes/"]').text()).toBe('All corrections to this site');
  });

  it('is on a corrected actor and prose page too, in the singular for one, and on no other page', () => {
    expect(notice(page('/actors/fixture-group/', dist))).toEqual(['Corrected on July 15, 2020: An earlier version called the group an agency.']);
    expect(page('/actors/fixture-group/', dist)('#corrections-heading').text()).toBe('Correction');
    expect(notice(page('/about/', dist))).toEqual(['Corrected on March 4, 2021: An earlier version gave the wrong year for the fixture.']);
    for (const path of ['/events/2020-06-fixture-report/', '/actors/fixture-outlet/', '/']) expect(page(path, dist)('aside.corrections'), path).toHaveLength(0);
  });
});

describe('the events feed', () => {
  const entries = () => atom(xml('feed.xml')).feed.entry as Record<string, any>[];
  const entry = (id: string) => entries().find((e) => e.id.endsWith(`/events/${id}/`))!;

  it('updates a corrected event\'s entry on its latest correction, later than its last revision', () => {
    expect(XMLValidator.validate(xml('feed.xml'))).toBe(true);
    expect(entry('2020-05-01-fixture-raid').updated).toBe('2021-03-04T00:00:00.000Z');
    expect(entry('2020-06-fixture-report').updated).toBe('2020-05-10T09:00:00.000Z');
    expect(atom(xml('feed.xml')).feed.updated).toBe('2021-03-04T00:00:00.000Z');
  });

  it('says each correction in the entry\'s content, newest first and escaped, and nothing for an uncorrected one', () => {
    const content = entry('2020-05-01-fixture-raid').content;
    expect(content['@_type']).toBe('html');
    expect(content.__cdata).toContain('<p>Corrected on March 4, 2021: An earlier version named the wrong outlet as the source of the &lt;wounded&gt; figure &amp; its date.</p><p>Corrected on June 1, 2020:');
    expect(entry('2020-06-fixture-report').content).toBeUndefined();
  });
});

describe('the site\'s list of corrections', () => {
  it('lists every correction at /changes/: day, page and note, newest first, with its feed linked', () => {
    const $ = page('/changes/', dist);
    const rows = $('.changes-table tbody tr').map((_, tr) => [$(tr).find('td').map((__, td) => text($(td).text())).get()]).get() as string[][];
    expect(rows).toEqual([
      ['March 4, 2021', 'About', 'An earlier version gave the wrong year for the fixture.'],
      ['March 4, 2021', 'Fixture raid', 'An earlier version named the wrong outlet as the source of the <wounded> figure & its date.'],
      ['July 15, 2020', 'Fixture Group', 'An earlier version called the group an agency.'],
      ['June 1, 2020', 'Fixture raid', 'An earlier version gave two wounded; the report gives at least three.'],
    ]);
    expect($('.changes-table tbody a').map((_, a) => $(a).attr('href')).get()).toEqual(['/about/', EVENT, '/actors/fixture-group/', EVENT]);
    expect($('head link[rel="alternate"][href="/changes/feed.xml"]').attr('type')).toBe('application/atom+xml');
    expect($('nav[aria-labelledby="changes-years-heading"] a').map((_, a) => $(a).attr('href')).get()).toEqual(['/changes/2021/', '/changes/2020/']);
  });

  it('is linked from the footer of every page', () => {
    for (const path of [EVENT, '/', '/how-to-cite/']) expect(page(path, dist)('footer a[href="/changes/"]').text(), path).toBe('Corrections');
  });

  it('has its own valid Atom feed, each entry the row of its year\'s page', () => {
    const source = xml('changes/feed.xml');
    expect(XMLValidator.validate(source)).toBe(true);
    const feed = atom(source).feed;
    expect(feed.title).toBe('Fixture explainer: corrections');
    expect(feed.updated).toBe('2021-03-04T00:00:00.000Z');
    const entries = feed.entry as Record<string, any>[];
    expect(entries.map((e) => e.title.__cdata)).toEqual(['Correction to “About”', 'Correction to “Fixture raid”', 'Correction to “Fixture Group”', 'Correction to “Fixture raid”']);
    expect(entries[1].summary.__cdata).toBe('Corrected on March 4, 2021: An earlier version named the wrong outlet as the source of the &lt;wounded&gt; figure &amp; its date.');
    for (const e of entries) {
      // The fixture has no `url`: ids are the rows' site paths (open-data.ts, atomFeed).
      expect(e.id).toMatch(/^\/changes\/\d{4}\/#/);
      const id = new URL(e.id, 'https://site.invalid');
      const $ = page(id.pathname, dist);
      expect($(`tr#${id.hash.slice(1)}`), e.id).toHaveLength(1);
    }
  });
});

describe('claims and figures a reader can link to', () => {
  it('each link to this claim or figure points at an element that exists once on the page', () => {
    const $ = page(EVENT, dist);
    const links = $('a.permalink');
    expect(links).toHaveLength(5);
    for (const a of links.toArray()) {
      const target = $(a).attr('href')!.slice(1);
      expect($(`[id="${target}"]`), target).toHaveLength(1);
      expect($(a).closest('li').attr('id')).toBe(target);
    }
    expect($('.claims a.permalink').first().text()).toBe('#Link to this claim');
    expect($('.figures a.permalink').first().text()).toBe('#Link to this figure');
    // Two identical claims: the second carries the suffix.
    const ids = $('.claims > li').map((_, li) => $(li).attr('id')).get();
    expect(ids[1]).toBe(`${ids[0]}-2`);
  });

  it('leaves no page of the site with two elements of one id', () => {
    for (const path of htmlPages(dist).filter((p) => !p.startsWith('/pagefind'))) {
      const $ = page(path, dist);
      const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), path).toEqual([]);
    }
  });
});

describe('the byline\'s links to the repository', () => {
  it('edits the page\'s file on the site\'s branch, beside the report link that fills in the page\'s address', () => {
    const $ = page(EVENT, dist);
    expect($('.byline a.byline-edit').attr('href')).toBe('https://github.com/example/fixture-explainer/edit/content/live/content/events/2020-05-01-fixture-raid.mdx');
    expect($('.byline a.byline-edit').text()).toBe('Edit this page');
    const report = new URL($('.byline a').filter((_, a) => $(a).text() === 'Report an error').attr('href')!);
    expect(report.searchParams.get('body')).toContain('/events/2020-05-01-fixture-raid/');
    expect(page('/about/', dist)('.byline a.byline-edit').attr('href')).toBe('https://github.com/example/fixture-explainer/edit/content/live/content/pages/about.mdx');
  });
});
