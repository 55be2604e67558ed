/**
 * Astro integration: says once per build when the site's address is not configured. Such a
 * build invents no host (src/lib/render/site-address.ts): citations give each page's path and say
 * so, canonical links are site-relative, and what needs an absolute address (og:url,
 * JSON-LD's url, the sitemap) is left out.
 */
import type { AstroIntegration } from 'astro';

export default function siteAddress(): AstroIntegration {
  let configured = false;
  return {
    name: 'explainer:site-address',
    hooks: {
      'astro:config:done': ({ config }) => {
        configured = config.site !== undefined;
      },
      'astro:build:start': ({ logger }) => {
        if (!configured) {
          logger.warn('site.yaml has no url and SITE_URL is unset: citations give each page\'s path only, canonical links are site-relative, and there is no sitemap. Set the address before deploying.');
        }
      },
    },
  };
}
