/**
 * Published URLs: once an address is out in the world (cited in an article, saved in a
 * reference manager), it must keep working. `published-urls.txt` lists every address the
 * site has published; the build is checked against it, so a page that disappears without a
 * redirect (`redirectFrom`) fails the tests instead of breaking citations. Each explainer
 * has its own addresses, so the list lives in its content folder, beside site.yaml.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sitePathFor } from '../../src/lib/render/dist-paths.ts';

/** The list's lines: site paths, one per line; `#` starts a comment. */
export function parsePublished(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

/** The list as a file: sorted, unique, with a header saying how to update it. */
export function formatPublished(paths: Iterable<string>): string {
  const header = [
    '# Every address this site has published. Do not remove lines: an address that disappears',
    '# breaks citations. Rename a page with `redirectFrom: [old-id]` in its frontmatter instead.',
    '# Add new addresses with `npm run build && npm run published-urls`.',
  ];
  return `${[...header, ...[...new Set(paths)].sort()].join('\n')}\n`;
}

// Build output that is not an address anyone cites.
const NOT_PUBLISHED = [/^\/_astro\//, /^\/pagefind\//, /^\/404(\.html|\/)$/, /^\/sitemap/];

/** The site paths a built site (dist/) serves: pages as `/path/`, other files by name. */
export function servedPaths(dist: string): string[] {
  if (!existsSync(dist)) throw new Error(`${dist} does not exist: build the site first (npm run build)`);
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => /\.(html|json|csv|xml)$/.test(f))
    .map(sitePathFor)
    .filter((p) => !NOT_PUBLISHED.some((re) => re.test(p)))
    .sort();
}

/** Published paths the build no longer serves, neither as a page nor as a redirect. */
export function missingUrls(published: string[], served: string[]): string[] {
  const have = new Set(served);
  return published.filter((p) => !have.has(p));
}

/** The list's file name inside a content folder. */
export const PUBLISHED_FILE = 'published-urls.txt';

/** Where a site's list lives: in its content folder (`CONTENT_DIR`), beside site.yaml. */
export function publishedListPath(contentFolder: string): string {
  return join(contentFolder, PUBLISHED_FILE);
}
