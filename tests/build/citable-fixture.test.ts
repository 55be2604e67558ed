/**
 * A fixture site built on purpose to break things: titles holding `</script>` and `<!--`, a
 * repository address for revision links (the fixture is committed to its own git repository
 * first), one event renamed with `redirectFrom` and one renamed without.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { missingUrls, parsePublished, servedPaths } from '../../scripts/lib/published-urls.ts';
import { buildSite } from '../helpers/astro.ts';
import { page } from '../helpers/dist.ts';
import { materialize } from '../helpers/fixtures.ts';

const HOSTILE = '</script><script>alert(1)</script> <!-- hostile';
let root: string;
let dist: string;
let commit: string;

function git(...args: string[]) {
  const r = spawnSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Fixture', GIT_AUTHOR_EMAIL: 'fixture@example.org', GIT_COMMITTER_NAME: 'Fixture', GIT_COMMITTER_EMAIL: 'fixture@example.org', GIT_COMMITTER_DATE: '2024-03-05T06:07:08Z', GIT_AUTHOR_DATE: '2024-03-05T06:07:08Z' },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

beforeAll(() => {
  root = materialize('citable', 'cases');
  const events = join(root, 'content/events');
  // Renamed and forwarded:
  renameSync(join(events, '2020-05-01-fixture-raid.mdx'), join(events, '2020-05-01-fixture-operation.mdx'));
  const renamed = join(events, '2020-05-01-fixture-operation.mdx');
  writeFileSync(renamed, readFileSync(renamed, 'utf8').replace(/^---\n/, '---\nredirectFrom: [2020-05-01-fixture-raid]\n'));
  // Renamed without redirectFrom: its published address is lost.
  renameSync(join(events, '2020-06-fixture-report.mdx'), join(events, '2020-06-fixture-bulletin.mdx'));
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'fixture');
  commit = git('rev-parse', 'HEAD');
  dist = buildSite(root);
}, 240_000);

const scripts = ($: CheerioAPI) => $('script').toArray().map((s) => ({ type: $(s).attr('type'), src: $(s).attr('src'), text: $(s).text() }));

describe('a site whose titles hold </script> and <!--', () => {
  it('injects no script: every script element is the JSON-LD or the site\'s own module', () => {
    for (const path of ['/events/2020-07-01-hostile-title/', '/', '/actors/fixture-group/', '/events/', '/data/']) {
      const found = scripts(page(path, dist));
      for (const s of found) {
        if (s.type === 'application/ld+json' || s.type === 'application/json') {
          // Data, never run: the hostile text (in the JSON-LD) is there, but escaped, nothing
          // an HTML parser could act on; the islands' words (application/json) likewise.
          expect(s.text).not.toMatch(/[<>]/);
          expect(() => JSON.parse(s.text), path).not.toThrow();
        } else {
          expect(s, path).toMatchObject({ type: 'module', text: '' });
          expect(s.src, path).toMatch(/^\/_astro\/[\w.-]+\.js$/);
        }
      }
      expect(found.filter((s) => s.type === 'application/ld+json'), path).toHaveLength(1);
    }
  });

  it('keeps the JSON-LD parseable, with the title intact', () => {
    const $ = page('/events/2020-07-01-hostile-title/', dist);
    const ld = JSON.parse($('script[type="application/ld+json"]').text());
    expect(ld['@type']).toBe('Event');
    expect(ld.name).toBe(HOSTILE);
    expect(ld.mainEntityOfPage.isPartOf.name).toBe('Fixture </script><script>alert(1)</script> explainer');
  });

  it('shows the title as text in the page, the head and the citations', () => {
    const $ = page('/events/2020-07-01-hostile-title/', dist);
    expect($('h1').text()).toBe(HOSTILE);
    expect($('meta[name="citation_title"]').attr('content')).toBe(HOSTILE);
    expect($('#cite-apa').text()).toContain('</script><script>alert(1)</script>');
    const formats = page('/events/2020-07-01-hostile-title/cite/', dist);
    expect(formats('h1').text()).toContain(HOSTILE);
    expect(JSON.parse(formats('#cite-csl-json').text())[0].title).toBe(HOSTILE);
  });
});

describe('revisions with a repository configured', () => {
  it('links each page to its content file at the commit that last changed it', () => {
    const $ = page('/events/2020-07-01-hostile-title/', dist);
    expect($('.cite-this-page .revision-link').attr('href')).toBe(`https://github.com/example/fixture-explainer/blob/${commit}/content/events/2020-07-01-hostile-title.mdx`);
    expect($('.cite-this-page .revision time').attr('datetime')).toBe('2024-03-05');
    expect($('meta[name="dcterms.modified"]').attr('content')).toBe('2024-03-05');
    expect($('meta[name="citation_publication_date"]').attr('content')).toBe('2024/03/05');
    // The block names the revision; the citations carry no version (MLA would print the hash as one).
    expect($('.cite-this-page .revision-link').text()).toBe(commit.slice(0, 12));
    expect(JSON.parse(page('/events/2020-07-01-hostile-title/cite/', dist)('#cite-csl-json').text())[0]).not.toHaveProperty('version');
  });

  it('names the editors as authors, as persons', () => {
    const $ = page('/actors/fixture-group/', dist);
    // "Family, Given": what Zotero and Google Scholar read a person's name from.
    expect($('meta[name="citation_author"]').map((_, m) => $(m).attr('content')).get()).toEqual(['Editor, A.', 'Editor, B.']);
    expect($('#cite-apa').text()).toMatch(/^Editor, A\., & Editor, B\. \(2024, March 5\)/);
  });
});

describe('published addresses', () => {
  const published = () => parsePublished(readFileSync(join(root, 'content/published-urls.txt'), 'utf8'));

  it('keeps a renamed page\'s old address as a redirect page (meta refresh and canonical)', () => {
    const $ = page('/events/2020-05-01-fixture-raid/', dist);
    expect($('meta[http-equiv="refresh"]').attr('content')).toMatch(/url=\/events\/2020-05-01-fixture-operation\/$/);
    expect($('link[rel="canonical"]').attr('href')).toMatch(/\/events\/2020-05-01-fixture-operation\/$/);
  });

  it('fails the guard for the page renamed without redirectFrom, and only for it', () => {
    expect(missingUrls(published(), servedPaths(dist))).toEqual(['/events/2020-06-fixture-report/']);
  });
});
