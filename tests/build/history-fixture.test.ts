/**
 * A page's history and the permanent pages of its revisions, on a fixture site committed to a
 * git repository of its own (tests/helpers/history-fixture.ts): one event edited twice in
 * ways readers see and once in a way they do not. Built three times: as it is, with
 * `revisions: false`, and from a copy without any git history.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/astro.ts';
import { page } from '../helpers/dist.ts';
import { MINIMAL } from '../helpers/fixtures.ts';
import { COMMITS, EDITED, FIRST_EDIT_TEXT, LAST_SUMMARY, LONG_ACTOR, LONG_EDITS, OLD_ACTOR, OLD_BODY, OLD_FIELD, ORIGIN, REPOSITORY, historySite, type HistorySite } from '../helpers/history-fixture.ts';

const PAGE = `/events/${EDITED}/`;
const short = (hash: string) => hash.slice(0, 12);
const revisionPath = (hash: string) => `${PAGE}revisions/${short(hash)}/`;

let site: HistorySite;
let off: HistorySite;
let bare: string;

beforeAll(() => {
  site = historySite('history-on');
  off = historySite('history-off', [`url: ${ORIGIN}`, `repository: ${REPOSITORY}`, 'revisions: false']);
  // A copy outside any git work tree: no history at all.
  bare = mkdtempSync(join(tmpdir(), 'history-bare-'));
  cpSync(MINIMAL, bare, { recursive: true });
  buildSite(bare);
}, 600_000);

afterAll(() => rmSync(bare, { recursive: true, force: true }));

const revisionDirs = (dist: string) => ['events', 'actors'].flatMap((kind) =>
  readdirSync(join(dist, kind), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(dist, kind, d.name, 'revisions'))).map((d) => `${kind}/${d.name}`));

describe('the Changes section of an edited event', () => {
  it('lists every commit of its file, latest first, with its date and message', () => {
    const $ = page(PAGE, site.dist);
    const items = $('.page-history .changes li');
    expect(items.map((_, li) => $(li).attr('data-commit')).get()).toEqual([...site.hashes].reverse());
    expect(items.map((_, li) => $(li).find('time').attr('datetime')).get()).toEqual(['2024-04-13', '2024-03-12', '2024-02-11', '2024-01-10']);
    expect(items.map((_, li) => $(li).find('.change-subject').text()).get()).toEqual([...COMMITS].reverse().map((c) => c.subject));
  });

  it('escapes a commit message: its markup is text', () => {
    const html = readFileSync(join(site.dist, 'events', EDITED, 'index.html'), 'utf8');
    expect(html).toContain('summary &lt;b&gt;names&lt;/b&gt; the report &amp; its date');
    expect(html).not.toContain('<b>names</b>');
  });

  it('links each commit to its diff on the repository', () => {
    const $ = page(PAGE, site.dist);
    expect($('.page-history .change-diff').map((_, a) => $(a).attr('href')).get()).toEqual([...site.hashes].reverse().map((h) => `${REPOSITORY}/commit/${h}`));
  });

  it('links each change readers see to its revision page, and says which one had none', () => {
    const $ = page(PAGE, site.dist);
    const items = $('.page-history .changes li').toArray().reverse();
    COMMITS.forEach((commit, i) => {
      const item = $(items[i]);
      expect(item.find('.change-revision').attr('href'), commit.subject).toBe(commit.visible ? revisionPath(site.hashes[i]!) : undefined);
      expect(item.find('.change-invisible').length, commit.subject).toBe(commit.visible ? 0 : 1);
    });
    expect($(items[3]).text()).toContain('(current)');
  });

  it('comes before "Cite this page"', () => {
    const $ = page(PAGE, site.dist);
    const sections = $('article > section').map((_, s) => $(s).attr('class') ?? $(s).attr('aria-labelledby')).get();
    expect(sections.indexOf('page-history')).toBeGreaterThan(-1);
    expect(sections.indexOf('page-history')).toBe(sections.findIndex((c) => c.includes('cite-this-page')) - 1);
  });
});

describe('the permanent page of each revision', () => {
  it('exists for each change readers see, and for no other', () => {
    const dir = join(site.dist, 'events', EDITED, 'revisions');
    const expected = site.hashes.filter((_, i) => COMMITS[i]!.visible).map(short).sort();
    expect(readdirSync(dir).sort()).toEqual(expected);
    // The commit that changed only whitespace and a comment has none.
    expect(existsSync(join(dir, short(site.hashes[2]!)))).toBe(false);
  });

  it('shows that revision\'s text, marked as an old revision with its date and a link to the current page', () => {
    const $ = page(revisionPath(site.hashes[1]!), site.dist);
    expect($('.prose').text()).toContain(FIRST_EDIT_TEXT);
    expect($('.lede').text()).not.toBe(LAST_SUMMARY);
    const banner = $('.revision-banner');
    expect(banner.text()).toContain('This is an old revision of this page');
    expect(banner.find('time').attr('datetime')).toBe('2024-02-11');
    expect(banner.find(`a[href="${PAGE}"]`).text()).toBe('Read the current page');
    const first = page(revisionPath(site.hashes[0]!), site.dist);
    expect(first('.prose').text()).toContain('An invented raid.');
    expect(first('.prose').text()).not.toContain(FIRST_EDIT_TEXT);
  });

  it('says the newest revision is the current one', () => {
    const $ = page(revisionPath(site.hashes[3]!), site.dist);
    expect($('.revision-banner').text()).toContain('This is the current revision of this page');
    expect($('.lede').text()).toBe(LAST_SUMMARY);
  });

  it('is a light record: noindex, no script, not searchable, not in the sitemap', () => {
    for (const hash of [site.hashes[0]!, site.hashes[3]!]) {
      const $ = page(revisionPath(hash), site.dist);
      expect($('meta[name="robots"]').attr('content')).toBe('noindex');
      expect($('script').toArray().filter((s) => $(s).attr('type') !== 'application/ld+json')).toEqual([]);
      expect($('[data-pagefind-body]').length).toBe(0);
      expect($('.timeline, svg').length).toBe(0);
    }
    const sitemap = readdirSync(site.dist).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(join(site.dist, f), 'utf8')).join('');
    expect(sitemap).toContain(`${ORIGIN}${PAGE}`);
    expect(sitemap).not.toContain('/revisions/');
  });
});

describe('a revision that no longer fits today\'s site', () => {
  const path = () => `/actors/${OLD_ACTOR}/revisions/${short(site.hashes[0]!)}/`;

  it('shows its frontmatter as it was written, escaped, instead of failing the build', () => {
    const $ = page(path(), site.dist);
    expect($('.revision-source').first().text()).toContain(OLD_FIELD);
    expect($('.revision-source b').length).toBe(0);
    expect($('h1').text()).toBe('Fixture Outlet');
  });

  it('shows a body the guard refuses as text: nothing in it runs', () => {
    const $ = page(path(), site.dist);
    expect($('.revision-source').last().text()).toBe(OLD_BODY);
    expect($('script').toArray().filter((s) => $(s).attr('type') !== 'application/ld+json')).toEqual([]);
    expect(readFileSync(join(site.dist, 'actors', OLD_ACTOR, 'revisions', short(site.hashes[0]!), 'index.html'), 'utf8')).not.toContain('<script>alert');
  });

  it('renders the revision after it, which fits, as the page renders it', () => {
    const $ = page(`/actors/${OLD_ACTOR}/revisions/${short(site.hashes[1]!)}/`, site.dist);
    expect($('.revision-source').length).toBe(0);
    expect($('.prose').text()).toContain('The Fixture Outlet is invented for tests.');
    expect($('.revision-banner').text()).toContain('This is the current revision');
  });
});

describe('a long history', () => {
  it('lists the latest five changes on the page, and every one on the entry\'s history page', () => {
    const $ = page(`/actors/${LONG_ACTOR}/`, site.dist);
    const subjects = $('.page-history .change-subject').map((_, s) => $(s).text()).get();
    expect(subjects).toEqual([6, 5, 4, 3, 2].map((n) => `The group's summary, revision ${n}`));
    const more = $('.page-history .history-more');
    expect(more.text()).toBe('2 earlier changes are listed on the page\'s full history.');
    expect(more.find('a').attr('href')).toBe(`/actors/${LONG_ACTOR}/revisions/`);
    const all = page(`/actors/${LONG_ACTOR}/revisions/`, site.dist);
    expect(all('.page-history .changes li').length).toBe(LONG_EDITS + 1);
    expect(all('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(all(`a[href="/actors/${LONG_ACTOR}/"]`).length).toBeGreaterThan(0);
  });

  it('has no history page for an entry whose page lists every change', () => {
    expect(existsSync(join(site.dist, 'events', EDITED, 'revisions', 'index.html'))).toBe(false);
  });

  it('says how many earlier changes it leaves out when revision pages are off', () => {
    const $ = page(`/actors/${LONG_ACTOR}/`, off.dist);
    expect($('.page-history .history-more').text()).toBe('2 earlier changes are not listed here.');
    expect(existsSync(join(off.dist, 'actors', LONG_ACTOR, 'revisions'))).toBe(false);
  });
});

describe('citations of a page with revision pages', () => {
  it('cite the address of the revision readers see, absolute on the site\'s origin', () => {
    const $ = page(PAGE, site.dist);
    const address = `${ORIGIN}${revisionPath(site.hashes[3]!)}`;
    expect($('#cite-apa').text()).toContain(address);
    // The page's citation page cites the same revision, in every format.
    const formats = page(`${PAGE}cite/`, site.dist);
    expect(JSON.parse(formats('#cite-csl-json').text())[0].URL).toBe(address);
    expect(formats('#cite-apa').text()).toContain(address);
  });

  it('cite the page itself when revision pages are off', () => {
    expect(page(PAGE, off.dist)('#cite-apa').text()).toContain(`${ORIGIN}${PAGE}`);
    expect(JSON.parse(page(`${PAGE}cite/`, off.dist)('#cite-csl-json').text())[0].URL).toBe(`${ORIGIN}${PAGE}`);
  });
});

describe('revision pages turned off (revisions: false)', () => {
  it('builds none, and the Changes list links no revision page', () => {
    expect(revisionDirs(off.dist)).toEqual([]);
    const $ = page(PAGE, off.dist);
    expect($('.page-history .changes li').length).toBe(COMMITS.length);
    expect($('.page-history .change-revision').length).toBe(0);
    expect($('.page-history .change-diff').length).toBe(COMMITS.length);
  });
});

describe('a site built without git', () => {
  it('says on each page that the history is unavailable, and builds no revision page', () => {
    const $ = page(PAGE, join(bare, 'dist'));
    expect($('.page-history .history-unavailable').text()).toBe('The history of this page is not available: the site was built without its git history.');
    expect($('.page-history .changes').length).toBe(0);
    expect(revisionDirs(join(bare, 'dist'))).toEqual([]);
  });
});
