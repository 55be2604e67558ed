/**
 * The generator's own pages, each named once: the file of `src/routes` that serves it (which
 * gives its address), where the page shell links it (the header's navigation or the footer)
 * with the catalogue key of its label, and whether it is a page to find. The shell's links,
 * the not-found page's way on, the ids a content page may not take and the sitemap's rule all
 * read this table; a unit test holds it to the files of `src/routes`, so a route cannot be
 * added, moved or removed without its row.
 */
import { isListAddress } from './list-pages.ts';
import type { MessageKey } from '../i18n/catalogue.ts';

/** Where the page shell links a page: the header's navigation, or the line of the footer. */
export type NavPlace = 'header' | 'footer';

export interface SiteRoute {
  /** Where the page shell links it, and the catalogue message it is linked with; in table order. */
  nav?: { place: NavPlace; label: MessageKey };
  /**
   * A page that is not a page to find: no sitemap lists it and the checks that walk every
   * page pass it over. Embeds are parts of pages for other sites' frames, revision pages
   * records of what a page said (kept for citations), citation pages the formats of the page
   * they name. (The not-found page is a page like
   * any other here, with its share card; the sitemap integration leaves it out itself.)
   */
  unfindable?: true;
}

const header = (label: MessageKey): SiteRoute => ({ nav: { place: 'header', label } });
const footer = (label: MessageKey): SiteRoute => ({ nav: { place: 'footer', label } });
const UNFINDABLE: SiteRoute = { unfindable: true };

/** Every file of `src/routes`, by its path there; a navigation's order is the table's. */
export const SITE_ROUTES = {
  'index.astro': {},
  'events/index.astro': header('nav.events'),
  'timeline.astro': header('nav.timeline'),
  'actors/index.astro': header('nav.actors'),
  'sources/index.astro': header('nav.sources'),
  'map.astro': header('nav.map'),
  'relations.astro': header('nav.relations'),
  'how-to-cite.astro': footer('layout.reuse'),
  'data/index.astro': footer('layout.data'),
  'feed.xml.ts': footer('layout.feed'),
  'changes/index.astro': footer('changes.footer'),
  // The header's search control links it (a button once its script runs): not a navigation entry.
  'search.astro': {},
  'search/messages.json.ts': {},
  // Content pages (pages/<id>.mdx) join the header's navigation by their own `nav` field.
  '[page].astro': {},
  '404.astro': {},
  'events/[id].astro': {},
  // The list pages of the events by year, the actors by letter, the sources by kind and the
  // relations by type, each with its numbered further pages.
  'events/[...year].astro': {},
  'actors/[...letter].astro': {},
  'sources/[...kind].astro': {},
  'relations/[...type].astro': {},
  'events/[id]/revisions/index.astro': UNFINDABLE,
  'events/[id]/revisions/[rev].astro': UNFINDABLE,
  'actors/[id].astro': {},
  // The events involving an actor beyond the first page, which its own page shows.
  'actors/[id]/events/[n].astro': {},
  'actors/[id]/revisions/index.astro': UNFINDABLE,
  'actors/[id]/revisions/[rev].astro': UNFINDABLE,
  'changes/[year].astro': {},
  'changes/feed.xml.ts': {},
  'data/events.json.ts': {},
  'data/events.csv.ts': {},
  'data/actors.json.ts': {},
  'data/sources.json.ts': {},
  'data/events/[year].json.ts': {},
  'data/events/[year].csv.ts': {},
  'embed/timeline.astro': UNFINDABLE,
  'embed/map.astro': UNFINDABLE,
  'embed.js.ts': {},
  // What the timeline's and the map's islands fetch when the reader acts, beyond their caps.
  'timeline/data/index.json.ts': {},
  'timeline/data/[year].json.ts': {},
  'map/data/events.json.ts': {},
  // After the entries' own routes: `/actors/cite/` is the actor `cite`, no prose page being `actors`.
  'cite.astro': UNFINDABLE,
  '[page]/cite.astro': UNFINDABLE,
  'events/[id]/cite.astro': UNFINDABLE,
  'actors/[id]/cite.astro': UNFINDABLE,
} as const satisfies Record<string, SiteRoute>;

export type RouteFile = keyof typeof SITE_ROUTES;

const ROUTES = Object.entries(SITE_ROUTES) as [RouteFile, SiteRoute][];

/**
 * The address a route file serves, as Astro reads `src/pages` (with trailing slashes): a
 * page `a/b.astro` or `a/b/index.astro` at `/a/b/`, an endpoint `a/b.json.ts` at `/a/b.json`;
 * a `[param]` segment stays as it is written.
 */
export function routeAddress(file: string): string {
  if (/\.(ts|js)$/.test(file)) return `/${file.replace(/\.(ts|js)$/, '')}`;
  const segments = file.replace(/\.astro$/, '').split('/');
  if (segments.at(-1) === 'index') segments.pop();
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/**
 * The name a route takes at the site's root, if it is fixed: the first segment of its address
 * up to any dot (`feed.xml` takes `feed`, as a file of public/ takes its stem).
 */
export function rootSegment(file: string): string | undefined {
  const first = routeAddress(file).split('/')[1]!.replace(/\..*$/, '');
  return first === '' || first.startsWith('[') ? undefined : first;
}

/** The first segment of every fixed address the routes take at the site's root, sorted. */
export const ROUTE_ROOT_SEGMENTS: readonly string[] = [...new Set(ROUTES.map(([file]) => rootSegment(file)).filter((s): s is string => s !== undefined))].sort();

/** The pages the shell links at `place`, in table order: a fixed address and its label's key. */
export function navigation(place: NavPlace): { path: string; label: MessageKey }[] {
  return ROUTES.flatMap(([file, route]) => (route.nav?.place === place ? [{ path: routeAddress(file), label: route.nav.label }] : []));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|\\]/g, '\\$&');
/**
 * Routes as Astro matches them: a fixed segment before a `[param]` one, and a `[param]` before
 * a `[...rest]` one, which takes one segment or more. An entry's `[id]` never takes a segment
 * whose address a list page of its collection takes (a year under /events/, a letter under
 * /actors/): validation refuses such ids by the same rule (list-addresses.ts), so that
 * segment falls to the list's `[...rest]` route, which made the page.
 */
const MATCHERS = ROUTES.map(([file, route]) => {
  const address = routeAddress(file);
  const params = address.match(/\[[^\]]+\]/g)?.length ?? 0;
  const rest = address.includes('[...') ? 1 : 0;
  const source = address.split(/(\[[^\]]+\])/).map((part) => (part.startsWith('[...') ? '.+' : part === '[id]' ? '([^/]+)' : part.startsWith('[') ? '[^/]+' : escape(part))).join('');
  const collection = address.split('/')[1]!;
  const pattern = new RegExp(`^${source}$`);
  const test = (path: string) => pattern.exec(path)?.slice(1).every((id) => !isListAddress(collection, id)) ?? false;
  return { file, route, rank: params + rest * 100, test };
}).sort((a, b) => a.rank - b.rank);

/**
 * The route file that serves a built page's path (base included or not), read as the server
 * does: `/a/`, `/a/index.html` and `/a.html` are one page; undefined for a file no route makes.
 */
export function routeOf(pathname: string, base = '/'): RouteFile | undefined {
  const b = base.endsWith('/') ? base : `${base}/`;
  let path = pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
  path = path.replace(/\/index\.html$/, '/').replace(/\.html$/, '/');
  return MATCHERS.find((m) => m.test(path))?.file;
}

