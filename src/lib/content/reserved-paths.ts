/**
 * The addresses the generator itself takes at the root of a site, read from its routes
 * (src/routes), the files it serves as they are (public/) the search index's folder and the share cards' folder, so
 * that a new route is reserved the day it is added. A content page (pages/<id>.mdx, served
 * at /<id>/) or a page's `redirectFrom` that took one of these would replace or hide it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CARDS_DIR } from '../figures/cards/registry.ts';
import { PAGEFIND_DIR } from '../render/search.ts';

const SRC = fileURLToPath(new URL('../..', import.meta.url));

/** The first segment of the address a file of `src/routes` or `public` is served at, if fixed. */
function addressOf(name: string): string | undefined {
  const stem = name.replace(/\..*$/, '');
  // [page] is where content pages themselves go; index is the home page, /.
  return stem.startsWith('[') || stem === 'index' || stem === '' ? undefined : stem;
}

const names = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

/** Every id a content page may not have, sorted. */
export const RESERVED_PAGE_IDS: readonly string[] = [
  ...new Set([...names(`${SRC}routes`), ...names(`${SRC}../public`)].map(addressOf).filter((a): a is string => a !== undefined).concat(PAGEFIND_DIR, CARDS_DIR)),
].sort();
