/**
 * The pages a reader can reach, as the built sitemap lists them: every browser gate iterates
 * over this, so pages added later (timeline, search) are checked without touching the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/** Site paths (base included) of every URL in dist/'s sitemap index and the sitemaps it lists. */
export function sitemapPaths(dist = DIST): string[] {
  const index = join(dist, 'sitemap-index.xml');
  const files = existsSync(index) ? locs(readFileSync(index, 'utf8')).map((u) => join(dist, new URL(u).pathname.split('/').pop()!)) : [join(dist, 'sitemap-0.xml')];
  const paths = files.flatMap((f) => {
    if (!existsSync(f)) throw new Error(`${f} is missing: the sitemap integration did not write it`);
    return locs(readFileSync(f, 'utf8')).map((u) => new URL(u).pathname);
  });
  if (paths.length === 0) throw new Error(`the sitemap in ${dist} lists no pages`);
  return [...new Set(paths)].sort();
}

/** A sitemap path as a URL on the preview server (the sitemap's host is the deployed one). */
export function onPreview(path: string, baseURL: string): string {
  return new URL(path, baseURL).href;
}
