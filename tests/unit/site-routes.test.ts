/*
 * The table of the generator's own pages against src/routes: every route file has its row
 * and every row its file, every page the shell links has a label in every catalogue, every
 * fixed address `paths` writes is served by a route, and the rules read from the table (the
 * navigation, the reserved ids, which pages are to find) say what the routes are.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESERVED_PAGE_IDS } from '../../src/lib/content/reserved-paths.ts';
import { CATALOGUES } from '../../src/lib/i18n/catalogue.ts';
import { EMBED_CHARTS } from '../../src/lib/render/embed.ts';
import { isFindablePage } from '../../src/lib/render/findable.ts';
import { navigation, routeAddress, routeOf, SITE_ROUTES, type SiteRoute } from '../../src/lib/render/site-routes.ts';
import { paths } from '../../src/lib/render/urls.ts';
import { ROOT } from '../helpers/astro.ts';

const ROUTES_DIR = join(ROOT, 'src/routes');
const routeFiles = readdirSync(ROUTES_DIR, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => join(d.parentPath, d.name).slice(ROUTES_DIR.length + 1).split('\\').join('/'))
  .sort();
const rows = Object.entries(SITE_ROUTES) as [string, SiteRoute][];

describe('the table of the generator\'s pages', () => {
  it('has a row for every file of src/routes, and no row without its file', () => {
    expect(routeFiles.length).toBeGreaterThan(20);
    expect(Object.keys(SITE_ROUTES).sort()).toEqual(routeFiles);
  });

  it('links pages from the header and the footer, each with a label in every catalogue', () => {
    const linked = rows.filter(([, route]) => route.nav);
    expect(linked.map(([file]) => file)).toEqual(expect.arrayContaining(['events/index.astro', 'timeline.astro', 'how-to-cite.astro', 'changes/index.astro']));
    expect(Object.keys(CATALOGUES).sort()).toEqual(['en', 'fa', 'ru']);
    for (const [file, route] of linked) {
      expect(routeFiles, file).toContain(file);
      expect(file, 'a linked page has a fixed address').not.toMatch(/\[/);
      for (const [language, messages] of Object.entries(CATALOGUES)) expect(messages[route.nav!.label], `${language}: ${route.nav!.label}`).toBeTruthy();
    }
  });

  it('gives the navigation in the table\'s order, by the routes\' addresses', () => {
    expect(navigation('header')).toEqual([
      { path: '/events/', label: 'nav.events' },
      { path: '/timeline/', label: 'nav.timeline' },
      { path: '/actors/', label: 'nav.actors' },
      { path: '/sources/', label: 'nav.sources' },
      { path: '/map/', label: 'nav.map' },
      { path: '/relations/', label: 'nav.relations' },
    ]);
    expect(navigation('footer').map((item) => item.path)).toEqual([paths.reuse(), paths.data(), paths.feed(), paths.changes()]);
  });

  it('serves every fixed address `paths` writes', () => {
    const fixed = Object.entries(paths).filter(([, make]) => make.length === 0) as [string, () => string][];
    expect(fixed.length).toBeGreaterThan(10);
    for (const [name, make] of fixed) expect(routeOf(make()), `paths.${name}()`).toBeDefined();
    expect(routeOf(paths.actor('someone'))).toBe('actors/[id].astro');
    expect(routeOf(paths.revision('events', '2020-01-01-x', 'abcdef012345'))).toBe('events/[id]/revisions/[rev].astro');
    expect(routeOf(paths.page('about'))).toBe('[page].astro');
    expect(routeOf(paths.eventsOfYear('2020', 2))).toBe('events/[...year].astro');
    expect(routeOf(paths.sourcesOfKind('report', 3))).toBe('sources/[...kind].astro');
    for (const chart of EMBED_CHARTS) expect(routeOf(paths.embed(chart)), chart).toBe(`embed/${chart}.astro`);
  });
});

describe('addresses of route files', () => {
  it('reads them as Astro reads src/pages, with trailing slashes', () => {
    expect(routeAddress('index.astro')).toBe('/');
    expect(routeAddress('actors/index.astro')).toBe('/actors/');
    expect(routeAddress('actors/[id].astro')).toBe('/actors/[id]/');
    expect(routeAddress('how-to-cite.astro')).toBe('/how-to-cite/');
    expect(routeAddress('data/events.csv.ts')).toBe('/data/events.csv');
  });

  it('matches a fixed segment before a parameter, with or without the base and index.html', () => {
    expect(routeOf('/map/')).toBe('map.astro');
    expect(routeOf('/map/index.html')).toBe('map.astro');
    expect(routeOf('/sub/map/', '/sub/')).toBe('map.astro');
    expect(routeOf('/404.html')).toBe('404.astro');
    expect(routeOf('/events/')).toBe('events/index.astro');
    expect(routeOf('/changes/2021/')).toBe('changes/[year].astro');
    expect(routeOf('/changes/feed.xml')).toBe('changes/feed.xml.ts');
    expect(routeOf('/pagefind/pagefind.js')).toBeUndefined();
  });

  it('gives a segment no entry\'s id may be (a year, a letter) to the list route, every other to the entry', () => {
    expect(routeOf(paths.eventsOfYear('2020'))).toBe('events/[...year].astro');
    expect(routeOf('/events/2020/')).toBe('events/[...year].astro');
    expect(routeOf('/events/2020/2/')).toBe('events/[...year].astro');
    expect(routeOf('/sub/events/1969/index.html', '/sub/')).toBe('events/[...year].astro');
    expect(routeOf('/events/some-event/')).toBe('events/[id].astro');
    expect(routeOf('/events/2020-07-16-launch/')).toBe('events/[id].astro');
    expect(routeOf('/events/some-event/cite/')).toBe('events/[id]/cite.astro');
    expect(routeOf(paths.actorsOfLetter('a'))).toBe('actors/[...letter].astro');
    expect(routeOf('/actors/a/')).toBe('actors/[...letter].astro');
    expect(routeOf('/actors/a/2/')).toBe('actors/[...letter].astro');
    expect(routeOf('/actors/some-actor/')).toBe('actors/[id].astro');
    expect(routeOf('/actors/ab/')).toBe('actors/[id].astro');
    // The rule is each collection's own: a year is an actor's id, a letter an event's.
    expect(routeOf('/actors/2020/')).toBe('actors/[id].astro');
    expect(routeOf('/events/a/')).toBe('events/[id].astro');
  });
});

describe('what the table decides', () => {
  it('finds every page but embeds and records of past revisions', () => {
    for (const path of ['/', '/events/', '/actors/lantern-guild/', '/about/', '/map/', '/changes/2021/', '/search/', '/404.html']) expect(isFindablePage(path), path).toBe(true);
    for (const path of ['/embed/map/', '/embed/timeline/', '/actors/lantern-guild/revisions/', '/events/e/revisions/abcdef012345/']) expect(isFindablePage(path), path).toBe(false);
    expect(isFindablePage('/sub/embed/map/', '/sub/')).toBe(false);
    expect(isFindablePage('/sub/actors/lantern-guild/revisions/', '/sub')).toBe(false);
    expect(isFindablePage('/sub/actors/lantern-guild/', '/sub/')).toBe(true);
  });

  it('reserves the first segment of every fixed route address against content page ids', () => {
    const roots = routeFiles.map((f) => f.split('/')[0]!.replace(/\..*$/, '')).filter((s) => s !== 'index' && !s.startsWith('['));
    for (const root of roots) expect(RESERVED_PAGE_IDS, root).toContain(root);
    expect(RESERVED_PAGE_IDS).toEqual(expect.arrayContaining(['changes', 'embed', 'feed', 'how-to-cite', 'pagefind', 'cards', 'favicon']));
    expect(RESERVED_PAGE_IDS).not.toContain('index');
  });
});
