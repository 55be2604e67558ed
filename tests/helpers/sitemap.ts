/**
 * The pages a reader can reach, as the built sitemap lists them: every browser gate iterates
 * over this, so pages added later (timeline, search) are checked without touching the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isFindablePage } from '../../src/lib/render/findable.ts';
import { DIST, fileFor, htmlPages } from './dist.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/**
 * Site paths (base included) of every URL in dist/'s sitemap index and the sitemaps it lists.
 * A site built without its address has no sitemap (it lists absolute addresses only): then
 * the pages one would list: every page to find but the not-found page and redirects.
 */
export function sitemapPaths(dist = DIST): string[] {
  if (!existsSync(join(dist, 'sitemap-index.xml')) && !existsSync(join(dist, 'sitemap-0.xml'))) {
    const pages = htmlPages(dist).filter((p) => p !== '/404.html' && isFindablePage(p) && !p.startsWith('/pagefind/') && !/http-equiv="refresh"/i.test(readFileSync(fileFor(p, dist)!, 'utf8')));
    if (pages.length === 0) throw new Error(`${dist} has no sitemap and no pages`);
    return pages;
  }
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
