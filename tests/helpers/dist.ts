/** Reads a built site (by default the shared fixture site's) with a real HTML parser (cheerio, on parse5). */
import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distFilesFor, sitePathFor } from '../../src/lib/render/dist-paths.ts';
import { SHARED_DIST } from './shared-site.ts';

export const DIST = SHARED_DIST;

/** Every HTML file of dist/, as site paths: `/actors/lantern-guild/`, `/404.html`. */
export function htmlPages(dist = DIST): string[] {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map(sitePathFor)
    .sort();
}

/** The file in dist/ that serves a site path, or undefined. */
export function fileFor(path: string, dist = DIST): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  return distFilesFor(clean).map((file) => join(dist, file)).find((c) => existsSync(c) && relative(dist, c).split('/')[0] !== '..');
}

const cache = new Map<string, CheerioAPI>();

/** The parsed page at a site path; throws if dist/ has no such page. */
export function page(path: string, dist = DIST): CheerioAPI {
  const key = `${dist}:${path}`;
  let $ = cache.get(key);
  if (!$) {
    const file = fileFor(path, dist);
    if (!file) throw new Error(`dist has no page at ${path}`);
    $ = load(readFileSync(file, 'utf8'));
    cache.set(key, $);
  }
  return $;
}
