/**
 * The addresses the generator itself takes at the root of a site: its routes' (the table of
 * src/lib/render/site-routes.ts, held to src/routes by a test), the files it serves as they
 * are (public/), the search index's folder and the share cards' folder, so that a new route
 * is reserved the day it is added. A content page (pages/<id>.mdx, served at /<id>/) or a
 * page's `redirectFrom` that took one of these would replace or hide it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CARDS_DIR } from '../figures/cards/registry.ts';
import { PAGEFIND_DIR } from '../render/search.ts';
import { ROUTE_ROOT_SEGMENTS } from '../render/site-routes.ts';

const PUBLIC = fileURLToPath(new URL('../../../public', import.meta.url));

/** The first segment of the address a file of `public` is served at: its name up to the first dot. */
const publicNames = existsSync(PUBLIC) ? readdirSync(PUBLIC).map((name) => name.replace(/\..*$/, '')).filter((stem) => stem !== '') : [];

/** Every id a content page may not have, sorted. */
export const RESERVED_PAGE_IDS: readonly string[] = [...new Set([...ROUTE_ROOT_SEGMENTS, ...publicNames, PAGEFIND_DIR, CARDS_DIR])].sort();
