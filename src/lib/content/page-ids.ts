/**
 * The ids the generator's own templates give the elements of a page: `id="main"`,
 * `id="cite-heading"`, and the prefixes of ids made from content (`id={`event-${…}`}`),
 * read from the route that renders an entry and every template it imports (src/routes,
 * src/components, src/layouts). A heading in a body gets an id from its words (as Astro's
 * rehypeHeadingIds gives it); one equal to an id of its page's templates gives the page two
 * elements with that id, and its links and labels point at the wrong one. Read from the
 * templates themselves, so that a new id is known the day it is written; the few made in code
 * (the citations' `cite-apa`, the claims' and figures' anchors) are imported from where they
 * are made. (Headings within one
 * body never clash: the slugger numbers a repeated one, "background-1".)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANCHOR_ID } from '../model/anchors.ts';
import { citeAnchor, CITE_FORMATS } from '../render/citation/cite-formats.ts';
import { noteAnchor } from '../render/cite-notes.ts';
import type { RouteFile } from '../render/site-routes.ts';
import type { CollectionName } from './content-files.ts';

const PAGES = fileURLToPath(new URL('../../routes/', import.meta.url));

/** The routes that render the bodies of each collection; `index` is the home page's. */
const ROUTES = { actors: ['actors/[id].astro'], events: ['events/[id].astro'], pages: ['[page].astro', 'index.astro'] } as const satisfies Record<CollectionName, readonly RouteFile[]>;

export interface PageIds {
  ids: ReadonlySet<string>;
  prefixes: readonly string[];
  /** Ids made from content in code: the claims' and figures' anchors (anchors.ts). */
  patterns: readonly RegExp[];
}

/** The ids of a template and of every template it imports, each read once. */
function collect(file: string, seen: Set<string>, ids: Set<string>, prefixes: Set<string>) {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/\bid="([A-Za-z][\w-]*)"/g)) ids.add(m[1]!);
  for (const m of text.matchAll(/\bid=\{`([a-z][\w-]*-)\$\{/g)) prefixes.add(m[1]!);
  for (const m of text.matchAll(/^import\s[^'"]*['"](\.{1,2}\/[^'"]+\.astro)['"]/gm)) collect(resolve(dirname(file), m[1]!), seen, ids, prefixes);
}

const cache = new Map<string, PageIds>();

/** The ids and id prefixes of the pages that show an entry of `collection`. */
export function pageIds(collection: keyof typeof ROUTES): PageIds {
  let known = cache.get(collection);
  if (!known) {
    // The citations' ids are made in code (citation/cite-formats.ts), not written in a template.
    const ids = new Set<string>(CITE_FORMATS.map((f) => citeAnchor(f.key)));
    // The anchors of a page's numbered sources are made in code (cite-notes.ts), not in a template.
    const prefixes = new Set<string>([noteAnchor('')]);
    const seen = new Set<string>();
    for (const route of ROUTES[collection]) collect(resolve(PAGES, route), seen, ids, prefixes);
    known = { ids, prefixes: [...prefixes].sort(), patterns: [ANCHOR_ID] };
    cache.set(collection, known);
  }
  return known;
}

/**
 * The template id that `id` would equal, if any: one written out, or one made from a prefix
 * and the id of an actor, event or source (`ids`) that the page may show.
 */
export function clashingId(id: string, ids: ReadonlySet<string>, known: PageIds): string | undefined {
  if (known.ids.has(id) || known.patterns.some((p) => p.test(id))) return id;
  return known.prefixes.some((p) => id.startsWith(p) && ids.has(id.slice(p.length))) ? id : undefined;
}
