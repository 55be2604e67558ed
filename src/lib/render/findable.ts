/**
 * Which built pages are pages to find: listed in the sitemap, walked by the checks that go
 * through every page. Embeds are parts of pages for other sites' frames, and revision pages
 * records of what a page said, kept for citations; neither is one.
 */
import { isEmbedPath } from './embed.ts';
import { isRevisionPath } from './urls.ts';

/** Whether the page at `pathname` (base included) belongs in the sitemap. */
export function isFindablePage(pathname: string, base = '/'): boolean {
  return !isEmbedPath(pathname, base) && !isRevisionPath(pathname);
}
