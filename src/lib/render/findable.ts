/**
 * Which built pages are pages to find: listed in the sitemap, walked by the checks that go
 * through every page. Embeds are parts of pages for other sites' frames, revision pages
 * records of what a page said, kept for citations, and citation pages the formats of the
 * page they name; none of them is one.
 */
import { isEmbedPath } from './embed.ts';
import { isCitePath, isRevisionPath } from './urls.ts';

/** Whether the page at `pathname` (base included) belongs in the sitemap. */
export function isFindablePage(pathname: string, base = '/'): boolean {
  const path = base !== '/' && pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  return !isEmbedPath(pathname, base) && !isRevisionPath(pathname) && !isCitePath(path);
}
