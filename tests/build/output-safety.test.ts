/**
 * The built site, file by file: nothing in it refers off the site's origin unless the content
 * linked it (the shared fixture site's build and a fixture), the build writes nothing outside its output folder,
 * and a fixture whose entry, site title and editors hold hostile (but schema-valid) text builds
 * into files that all still parse, each carrying the text as its format documents.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deployment, loadSiteConfig } from '../../src/lib/content/site-config.ts';
import { ROOT, buildSite } from '../helpers/astro.ts';
import { DIST } from '../helpers/dist.ts';
import { SHARED_CONTENT } from '../helpers/shared-site.ts';
import { contentLinks, distUrls, unlinkedOffsite } from '../helpers/dist-urls.ts';
import { materialize } from '../helpers/fixtures.ts';
import { parseCsv, parseHtml, parseXml } from '../helpers/strict-parse.ts';

/** The hostile fixture's event title, as its YAML means it. */
const TITLE = '=HYPERLINK("https://evil.example/x","</script><!--") {a} } \\ % # $ _ ^ ~ ]]> \'q\' "dq" \u200fحمله\u200f 😀 ER  - TY  - JOUR';
const SITE_URL = 'https://hostile.example';
/** The fixture's `repository` setting. */
const REPOSITORY = 'https://github.com/example/hostile-explainer';

describe('the URL scan', () => {
  it('finds an off-site URL in every place a page can refer to one, and lets the content\'s own links through', () => {
    const dist = join(ROOT, 'tests/.tmp/url-scan');
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(join(dist, 'a'), { recursive: true });
    writeFileSync(join(dist, 'a/index.html'), `<!doctype html><html><head>
      <script src="https://cdn.evil.example/x.js"></script><link rel="stylesheet" href="//fonts.evil.example/f.css">
      <meta http-equiv="refresh" content="0; url=https://redirect.evil.example/"><meta property="og:image" content="https://img.evil.example/og.png">
      <style>body { background: url("https://bg.evil.example/b.png") }</style>
      <script type="application/ld+json">{"@context":"https://schema.org","url":"https://ld.evil.example/"}</script></head><body>
      <img src="/ok.png" srcset="/ok-2x.png 2x, https://srcset.evil.example/i.png 3x"><iframe src="https://frame.evil.example/"></iframe>
      <form action="https://form.evil.example/"></form><a href="https://reports.example/linked#part">linked</a><a href="${SITE_URL}/events/">own</a>
      <div style="background-image:url(https://style.evil.example/s.png)"></div></body></html>`);
    writeFileSync(join(dist, 'a/site.css'), '@import "https://import.evil.example/i.css"; a { background: url(/ok.png) }');
    writeFileSync(join(dist, 'feed.xml'), '<feed><link href="https://xml.evil.example/"/><id>https://hostile.example/</id></feed>');
    const off = unlinkedOffsite(distUrls(dist), SITE_URL, new Set(['https://reports.example/linked']));
    expect(off.map((f) => new URL(f.url, 'https://x.example').host).sort()).toEqual([
      'bg.evil.example', 'cdn.evil.example', 'fonts.evil.example', 'form.evil.example', 'frame.evil.example', 'img.evil.example',
      'import.evil.example', 'ld.evil.example', 'redirect.evil.example', 'srcset.evil.example', 'style.evil.example', 'xml.evil.example',
    ]);
  });
});

describe('the shared fixture site, built', () => {
  it('refers to nothing off its origin that the content did not link', () => {
    const configured = deployment(loadSiteConfig()).site;
    // Without the site's address the pages name no origin of their own (src/lib/render/site-address.ts):
    // any other would be off the site. The placeholder host below is no host anybody has.
    const site = configured ?? 'https://own-origin.invalid';
    const found = distUrls(DIST);
    // The scan sees the pages' references, absolute ones included, so an empty result means something.
    // JSON-LD holds addresses only where the site has one (its `url` needs an absolute address).
    expect([...new Set(found.map((f) => f.where))]).toEqual(expect.arrayContaining(['a[href]', 'link[href]', 'script[src]', 'xml', ...(configured ? ['json-ld'] : [])]));
    if (configured) expect(found.filter((f) => f.url.startsWith(new URL(site).origin)).length).toBeGreaterThan(0);
    expect(unlinkedOffsite(found, site, contentLinks(SHARED_CONTENT))).toEqual([]);
  });
});

/** Every file under `dir` with its size and modification time, minus the folders named. */
function listing(dir: string, skip: (path: string) => boolean = () => false): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (skip(relative(dir, path))) continue;
      if (entry.isDirectory()) walk(path);
      else {
        const stat = statSync(path);
        files.set(relative(dir, path), `${stat.size} ${stat.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return files;
}

const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...after].filter(([file, stamp]) => before.get(file) !== stamp).map(([file]) => file)
    .concat([...before.keys()].filter((file) => !after.has(file)).map((file) => `removed ${file}`)).sort();

// Astro's and Vite's own caches, the builds of other test files and the first explainer's build.
const NOT_THE_BUILDS_BUSINESS = /^(node_modules|\.git|\.astro|dist|tests\/\.tmp)(\/|$)/;

describe('a fixture of hostile text, built', () => {
  let root: string;
  let dist: string;
  let outside: string[];
  let inFolder: string[];

  beforeAll(() => {
    root = materialize('hostile-text', 'cases');
    const folderBefore = listing(root);
    const repoBefore = listing(ROOT, (p) => NOT_THE_BUILDS_BUSINESS.test(p));
    dist = buildSite(root);
    inFolder = changed(folderBefore, listing(root));
    outside = changed(repoBefore, listing(ROOT, (p) => NOT_THE_BUILDS_BUSINESS.test(p)));
  }, 240_000);

  it('writes into its output folder only: not into the content, not into the repository', () => {
    expect(inFolder.length).toBeGreaterThan(10);
    expect(inFolder.filter((f) => !f.startsWith('dist/'))).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('refers to nothing off its origin but the content\'s links', () => {
    const found = distUrls(dist);
    expect(found.some((f) => f.url.startsWith('https://reports.example/fixture-report'))).toBe(true);
    // The byline's "report an error" link opens an issue on the site's repository.
    expect(found.some((f) => f.url.startsWith(`${REPOSITORY}/issues/new?`))).toBe(true);
    expect(unlinkedOffsite(found, SITE_URL, contentLinks(join(root, 'content')), [REPOSITORY])).toEqual([]);
    expect(unlinkedOffsite(found, SITE_URL, contentLinks(join(root, 'content'))).length).toBeGreaterThan(0);
  });

  it('builds files that all parse: HTML and its JSON scripts, JSON, XML and SVG, CSV', () => {
    const files = readdirSync(dist, { recursive: true }).map(String).filter((f) => !f.startsWith('pagefind/'));
    const kinds = new Set<string>();
    for (const file of files) {
      const path = join(dist, file);
      if (statSync(path).isDirectory()) continue;
      const text = () => readFileSync(path, 'utf8');
      const kind = file.split('.').at(-1)!;
      try {
        if (kind === 'html') {
          const $ = parseHtml(text());
          $('script[type="application/ld+json"], script[type="application/json"]').each((_, e) => { JSON.parse($(e).text()); });
          // The hostile text is in JSON data only, never in a script that runs.
          $('script:not([type="application/ld+json"]):not([type="application/json"])').each((_, e) => { expect($(e).text(), file).not.toContain('alert(1)'); });
        } else if (kind === 'json') JSON.parse(text());
        else if (kind === 'xml' || kind === 'svg') parseXml(text());
        else if (kind === 'csv') parseCsv(text());
        else continue;
      } catch (error) {
        throw new Error(`${file} does not parse: ${String(error)}`);
      }
      kinds.add(kind);
    }
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['csv', 'html', 'json', 'xml']));
  });

  it('shows the hostile title as text on its page, in its JSON-LD, the feed and the data', () => {
    const event = parseHtml(readFileSync(join(dist, 'events/2020-05-01-fixture-raid/index.html'), 'utf8'));
    expect(event('h1').text().trim()).toBe(TITLE);
    expect(event('head > title').text()).toContain(TITLE);
    expect(event('meta[property="og:title"]').attr('content')).toContain(TITLE);
    const ld = event('script[type="application/ld+json"]').toArray().map((e) => JSON.parse(event(e).text()));
    expect(ld.some((l) => l.name === TITLE)).toBe(true);
    const feed = parseXml(readFileSync(join(dist, 'feed.xml'), 'utf8'));
    const titles = feed.filter((e) => e.name === 'title' && e.attributes.type === 'html').map((e) => parseHtml(`<p>${e.text}</p>`)('p').text());
    expect(titles).toContain(TITLE);
    const rows = parseCsv(readFileSync(join(dist, 'data/events.csv'), 'utf8'));
    const row = rows.find((r) => r.id === '2020-05-01-fixture-raid')!;
    expect([row.title, row.location_name, row.admin1]).toEqual([`'${TITLE}`, "'+Fixture Town </svg><script>alert(1)</script>", '\'-Province & "quoted"']);
  });

  it('gives citations that their parsers read back: BibTeX, RIS and CSL-JSON', () => {
    const event = parseHtml(readFileSync(join(dist, 'events/2020-05-01-fixture-raid/cite/index.html'), 'utf8'));
    const bibtex = parseBibtex(event('#cite-bibtex').text(), { english: false });
    expect(bibtex.errors).toEqual([]);
    expect(bibtex.entries).toHaveLength(1);
    expect(bibtex.entries[0]!.fields.title).toBe(TITLE.replace(/ {2,}/g, ' '));
    expect(bibtex.entries[0]!.fields.author?.map((a) => a.name)).toEqual(['Ed {itor} }', '=Formula, Editor', '\\ % # & $ _ ^ ~']);
    const ris = event('#cite-ris').text().split('\n');
    expect(ris.filter((l) => /^(TY|ER) {2}-/.test(l)).map((l) => l.slice(0, 2))).toEqual(['TY', 'ER']);
    for (const line of ris) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(JSON.parse(event('#cite-csl-json').text())[0].title).toBe(TITLE);
  });
});
