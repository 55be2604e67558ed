/**
 * Where a page says it lives. With the site's address configured (site.yaml `url`, or
 * SITE_URL), a page's address is absolute: canonical links, OpenGraph, JSON-LD, citations,
 * the feed and the sitemap give it. Without one the build does not guess a host: what may be
 * site-relative (a canonical link, a citation, the feed's and the data files' links) is the
 * page's path on the site, and what must be absolute (og:url, JSON-LD's `url`, the sitemap)
 * is left out.
 */

export interface SiteAddress {
  /** The absolute address, or the site-relative path (base included) when no address is configured. */
  href: string;
  absolute: boolean;
}

/** The address of `path` (a site path, base included, as Astro.url.pathname gives it). */
export function siteAddress(path: string, site: URL | string | undefined): SiteAddress {
  return site ? { href: new URL(path, site).href, absolute: true } : { href: path, absolute: false };
}

/** The absolute address of `path`, or undefined where a format needs one and the site has none. */
export function absoluteAddress(path: string, site: URL | string | undefined): string | undefined {
  const address = siteAddress(path, site);
  return address.absolute ? address.href : undefined;
}
