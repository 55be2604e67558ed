/**
 * Link check of a built site: reads every HTML file of `dist/` with a real HTML parser
 * (cheerio) and checks that each internal link, image, script and stylesheet resolves to a
 * file of the build, that each `#anchor` names an element of its page, that internal links
 * stay under the site's `base`, and that every external URL is well-formed https.
 * No network: external pages are not fetched, only their addresses are checked.
 */
import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { distFilesFor, sitePathFor } from '../../src/lib/render/dist-paths.ts';

export interface LinkProblem {
  /** The HTML file holding the link, relative to dist: `actors/some-group/index.html`. */
  file: string;
  /** The link as written in the page. */
  link: string;
  message: string;
}

export interface LinkCheckOptions {
  /** The build output folder. */
  dist: string;
  /** The sub-path the site is served under, as in astro.config: `/` or `/explainer/`. */
  base?: string;
  /** The site's origin (`https://example.org`); absolute links to it count as internal. */
  site?: string;
}

/** Attributes that point at something the browser loads or follows. */
const LINKS: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
  // A map's ground, served once for every page of its frame (src/lib/figures/map/grounds.ts).
  ['use[href]', 'href'],
];

// Schemes that leave the web page without loading anything from the site.
const HARMLESS_SCHEMES = new Set(['mailto:', 'tel:']);
// The fragments browsers resolve without an element: the empty one and #top.
const BUILTIN_FRAGMENTS = new Set(['', 'top']);

/** Every HTML file under `dist`, relative, with `/` separators, sorted. */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** The site path that serves a dist file: `actors/some-group/index.html` → `/base/actors/some-group/`. */
function pathOf(file: string, base: string): string {
  return `${base}${sitePathFor(file).slice(1)}`;
}

/** Whether `url` is a well-formed https address of a real host. */
export function isWellFormedHttps(url: string): boolean {
  if (/\s/.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && /^[^.]+(\.[^.]+)+$/.test(parsed.hostname) && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/** Checks every link of the built site; an empty list means every link resolves. */
export function checkLinks(options: LinkCheckOptions): LinkProblem[] {
  const { dist } = options;
  const base = (options.base ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
  const origin = options.site ? new URL(options.site).origin : undefined;
  const problems: LinkProblem[] = [];
  const parsed = new Map<string, CheerioAPI>();
  const parse = (file: string) => {
    let $ = parsed.get(file);
    if (!$) {
      $ = load(readFileSync(join(dist, file), 'utf8'));
      parsed.set(file, $);
    }
    return $;
  };
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const $ = parse(file);
      set = new Set([...$('[id]').map((_, el) => $(el).attr('id')!), ...$('a[name]').map((_, el) => $(el).attr('name')!)]);
      ids.set(file, set);
    }
    return set;
  };

  /** The dist file a site path resolves to, if any. */
  const target = (pathname: string): string | undefined => {
    let path: string;
    try {
      path = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return undefined;
    }
    return distFilesFor(path).find((c) => {
      const full = join(dist, c);
      return !relative(dist, full).startsWith('..') && existsSync(full) && statSync(full).isFile();
    });
  };

  for (const file of htmlFiles(dist)) {
    const $ = parse(file);
    const here = new URL(pathOf(file, base), 'http://site.invalid');
    for (const [selector, attribute] of LINKS) {
      $(selector).each((_, element) => {
        const link = ($(element).attr(attribute) ?? '').trim();
        if (link === '') return;
        // The 404 page is served at every missing address, so no file answers to its own URL.
        if (file === '404.html' && $(element).attr('rel') === 'canonical') return;
        const report = (message: string) => problems.push({ file, link, message });
        const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(link)?.[1]?.toLowerCase();
        let url: URL;
        try {
          url = new URL(link, here);
        } catch {
          report('is not a well-formed URL');
          return;
        }
        const external = scheme !== undefined || link.startsWith('//');
        if (external && (!origin || url.origin !== origin)) {
          if (scheme && HARMLESS_SCHEMES.has(scheme)) return;
          if (url.protocol !== 'https:') report(`external links must use https, not '${url.protocol}'`);
          else if (!isWellFormedHttps(link.startsWith('//') ? `https:${link}` : link)) report('is not a well-formed https address');
          return;
        }
        if (!url.pathname.startsWith(base)) {
          report(`points outside the site's base '${base}'; build internal links with url() or withBase()`);
          return;
        }
        const to = target(url.pathname);
        if (!to) {
          report(`points to ${url.pathname}, which the build does not contain`);
          return;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (BUILTIN_FRAGMENTS.has(fragment)) return;
        if (!to.endsWith('.html') && !to.endsWith('.svg')) {
          report(`has an anchor '#${fragment}' on a file that is neither a page nor an SVG`);
        } else if (!idsOf(to).has(fragment)) {
          report(`points to the anchor '#${fragment}', which ${pathOf(to, base)} does not have`);
        }
      });
    }
  }
  return problems;
}

/** `dist/actors/some-group/index.html: '/x/' points to /x/, which the build does not contain` */
export function formatLinkProblem(problem: LinkProblem, distName = 'dist'): string {
  return `${distName}/${problem.file}: '${problem.link}' ${problem.message}`;
}
