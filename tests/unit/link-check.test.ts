import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblem, isWellFormedHttps } from '../../scripts/lib/link-check.ts';

/* A tiny built site served under /explainer/, with one link of every kind, good and bad. */
let dist: string;
const files: Record<string, string> = {
  'index.html': `<main id="content"><h2 id="latest">Latest</h2>
    <a href="/explainer/actors/lantern-guild/">ok: a page</a>
    <a href="actors/lantern-guild/#relations">ok: relative, with an anchor</a>
    <a href="#latest">ok: anchor on this page</a>
    <a href="#top">ok: the top</a>
    <a href="/explainer/data/events.json">ok: a file</a>
    <a href="http://localhost:4321/explainer/actors/">ok: own origin</a>
    <a href="mailto:editors@example.org">ok: mail</a>
    <a href="https://saltmarsh-courier.example/some-story">ok: https source</a>
    <img src="/explainer/img/map.png" alt="">
    <a href="/explainer/actors/missing/">missing page</a>
    <a href="/explainer/actors/lantern-guild/#nowhere">missing anchor</a>
    <a href="#gone">missing anchor here</a>
    <a href="/actors/lantern-guild/">outside base</a>
    <a href="http://saltmarsh-courier.example/story">http source</a>
    <a href="https://exa mple.org/">malformed</a>
    <a href="https://localhost/x">no real host</a>
    <a href="/explainer/data/events.json#x">anchor on a file</a>
    <img src="/explainer/img/none.png" alt="">
    <svg><use href="/explainer/map/ground/g.svg#land"/><use href="/explainer/map/ground/g.svg#sea"/></svg>
  </main>`,
  'actors/index.html': '<link rel="canonical" href="http://localhost:4321/explainer/actors/gone/"><h1 id="top-of-list">Actors</h1><a href="../">ok: up</a><a href="lantern-guild/">ok: down</a>',
  'actors/lantern-guild/index.html': '<h2 id="relations">Relations</h2><a name="old-anchor"></a><a href="../../#latest">ok</a><a href="../lantern-guild#old-anchor">ok: no slash</a>',
  '404.html': '<link rel="canonical" href="http://localhost:4321/explainer/404/"><a href="/explainer/">ok: home</a>',
  'data/events.json': '[]',
  'img/map.png': '',
  'map/ground/g.svg': '<svg xmlns="http://www.w3.org/2000/svg"><g id="land"></g></svg>',
};

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'dist-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the link check of a built site', () => {
  it('reports exactly the broken links, each with its page and reason', () => {
    const problems = checkLinks({ dist, base: '/explainer/', site: 'http://localhost:4321' }).map((p) => formatLinkProblem(p));
    expect(problems).toEqual([
      // Only the 404 page, served at every missing address, may name a canonical URL no file answers.
      "dist/actors/index.html: 'http://localhost:4321/explainer/actors/gone/' points to /explainer/actors/gone/, which the build does not contain",
      "dist/index.html: '/explainer/actors/missing/' points to /explainer/actors/missing/, which the build does not contain",
      "dist/index.html: '/explainer/actors/lantern-guild/#nowhere' points to the anchor '#nowhere', which /explainer/actors/lantern-guild/ does not have",
      "dist/index.html: '#gone' points to the anchor '#gone', which /explainer/ does not have",
      "dist/index.html: '/actors/lantern-guild/' points outside the site's base '/explainer/'; build internal links with url() or withBase()",
      "dist/index.html: 'http://saltmarsh-courier.example/story' external links must use https, not 'http:'",
      "dist/index.html: 'https://exa mple.org/' is not a well-formed URL",
      "dist/index.html: 'https://localhost/x' is not a well-formed https address",
      "dist/index.html: '/explainer/data/events.json#x' has an anchor '#x' on a file that is neither a page nor an SVG",
      "dist/index.html: '/explainer/img/none.png' points to /explainer/img/none.png, which the build does not contain",
      // A map's ground is one file that many pages <use>: its elements are checked as a page's anchors are.
      "dist/index.html: '/explainer/map/ground/g.svg#sea' points to the anchor '#sea', which /explainer/map/ground/g.svg does not have",
    ]);
  });

  it('reads the same site at the root when base is /', () => {
    const problems = checkLinks({ dist, base: '/' });
    // Under base '/', every /explainer/... link is missing, and /actors/lantern-guild/ resolves.
    expect(problems.some((p) => p.link === '/actors/lantern-guild/')).toBe(false);
    expect(problems.some((p) => p.link === '/explainer/actors/lantern-guild/')).toBe(true);
  });

  it('accepts only well-formed https addresses', () => {
    expect(isWellFormedHttps('https://saltmarsh-courier.example/a?b=c#d')).toBe(true);
    for (const bad of ['http://saltmarsh-courier.example/', 'https://', 'https://nodot/', 'https://user:pw@example.org/', 'javascript:alert(1)', 'saltmarsh-courier.example']) {
      expect(isWellFormedHttps(bad), bad).toBe(false);
    }
  });
});
