/**
 * Which built pages are pages to find: listed in the sitemap, walked by the checks that go
 * through every page. The route that serves a page says so (`unfindable` in site-routes.ts):
 * embeds and the records of past revisions are not.
 */
import { routeOf, SITE_ROUTES, type SiteRoute } from './site-routes.ts';

/** Whether the page at `pathname` (base included) belongs in the sitemap. */
export function isFindablePage(pathname: string, base = '/'): boolean {
  const file = routeOf(pathname, base);
  const route: SiteRoute | undefined = file && SITE_ROUTES[file];
  return !route?.unfindable;
}
