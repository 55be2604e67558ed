/**
 * Page weight over a built site: what each HTML page costs a reader, gzipped.
 *
 * Pure: the caller hands in the files of dist/ (a reader), nothing here touches the disk.
 *
 * What "JavaScript executed at load" means here (the budget counts only this):
 * - every inline `<script>` whose type is JavaScript (no type, `module`, `text/javascript`;
 *   JSON and JSON-LD data blocks are data, not code);
 * - every `<script src>` served by the site (module or classic; `nomodule` is skipped, no
 *   current browser runs it);
 * - for module scripts, every file they reach through *static* `import`/`export … from`
 *   (the browser fetches and runs these before the entry runs);
 * - Astro islands hydrated at load (`<astro-island client="load|idle">`): their component and
 *   renderer modules with their static imports.
 * Not counted: the targets of dynamic `import()` (code that loads when the reader asks: search,
 * citation copy), islands hydrated on `visible`/`media`, `<link rel="modulepreload">` hints
 * whose modules nothing at load imports. They are reported as `jsOnDemand`.
 *
 * A chart island (the timeline, the map, the relations network): every module reachable
 * (statically or dynamically) from a page's scripts or islands whose file name starts with
 * `timeline`, `map`, `relations` or `network` (Astro names a component's script after the
 * component or page: `Timeline.astro_astro_type_script_….js`, `map.astro_….js`). Its size is
 * reported on its own and held to its own 25 KB budget, so that a chart stays light to load; it is not
 * part of the bootstrap. A page that is neither actor, event nor home but carries a chart island
 * is a `figure` page: its HTML is the chart's SVG, so like listing pages it has no HTML budget.
 */
import { load } from 'cheerio';
import { parse as parseModule, initSync } from 'es-module-lexer';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sitePathFor } from '../../src/lib/render/dist-paths.ts';

initSync();

/** The files of a built site, by path relative to dist/ (`actors/some-group/index.html`). */
export interface DistFiles {
  /** Every file path, relative to dist/, with `/` separators. */
  list(): string[];
  /** The bytes of one file, or undefined if dist/ has no such file. */
  read(file: string): Uint8Array | undefined;
}

/** What kind of page a site path is; budgets differ by kind. */
export type PageKind = 'home' | 'actor' | 'event' | 'index' | 'prose' | 'figure' | 'error';

/** The weight of one page; every size is gzipped bytes (level 9), the transfer a reader pays. */
export interface PageWeight {
  /** Site path, without the base: `/actors/some-group/`. */
  path: string;
  kind: PageKind;
  html: number;
  /** Linked stylesheets plus inline `<style>`, each compressed on its own and summed. */
  css: number;
  /** JavaScript executed at load, chart island excluded (see the module comment). */
  jsAtLoad: number;
  /** JavaScript the page can load later (dynamic imports, lazy islands), not counted at load. */
  jsOnDemand: number;
  /** The chart island (timeline, map, network), or 0 on pages without one. */
  chart: number;
  /** dist/ files of the executed-at-load JavaScript, for error messages. */
  loadFiles: string[];
  /** URLs in resource-loading attributes that point to another host. */
  foreign: string[];
}

/** gzip at level 9, the size a static host serving precompressed files sends. */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, { level: 9 }).length;
}

/** The kind of a site path (without base). */
export function pageKind(path: string): PageKind {
  if (path === '/') return 'home';
  if (/^\/404(\.html|\/)$/.test(path)) return 'error';
  if (/^\/actors\/[^/]+\/$/.test(path)) return 'actor';
  // The events of a year, and its further pages: lists (an event id is never a bare year).
  if (/^\/events\/\d{4}\/(\d+\/)?$/.test(path)) return 'index';
  if (/^\/events\/[^/]+\/$/.test(path)) return 'event';
  if (/^\/(actors|events|sources)\/$/.test(path)) return 'index';
  return 'prose';
}

/** File names of chart islands' modules. */
const CHART_ISLAND = /^(timeline|map|relations|network)[._-]/i;
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
/** `<link rel>` values that make the browser fetch something. */
const LOADING_RELS = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'mask-icon', 'manifest', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch']);

/** True when a URL in an attribute leaves the site: another scheme-and-host, or protocol-relative. */
export function isForeign(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());
}

/**
 * Maps a URL written in a document at URL path `from` (base included: `/sub/actors/some-group/` or
 * `/sub/_astro/a.js`) onto a dist/ file, or undefined when it is foreign or another scheme.
 */
function toDistFile(url: string, from: string, base: string): string | undefined {
  if (isForeign(url) || /^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  const clean = url.split('#')[0]!.split('?')[0]!;
  let abs = posix.normalize(clean.startsWith('/') ? clean : posix.join(from.endsWith('/') ? from : posix.dirname(from), clean));
  if (base !== '/' && abs.startsWith(base)) abs = `/${abs.slice(base.length)}`;
  return abs.replace(/^\/+/, '');
}

/** The import specifiers of a script: static (`import`, `export … from`) and dynamic `import()`. */
function importsOf(source: string): { static: string[]; dynamic: string[] } {
  const result = { static: [] as string[], dynamic: [] as string[] };
  let imports;
  try {
    [imports] = parseModule(source);
  } catch {
    return result; // a classic script that is not module syntax imports nothing
  }
  for (const i of imports) {
    if (!i.n || !/^\.{0,2}\//.test(i.n)) continue; // bare or foreign specifiers are not site files
    (i.d > -1 ? result.dynamic : result.static).push(i.n);
  }
  return result;
}

/** Weighs every HTML page of dist/. `base` is the site's base path (`/` or `/sub/`). */
export function pageWeights(dist: DistFiles, base = '/'): PageWeight[] {
  const files = dist.list();
  const sizes = new Map<string, number>();
  const sizeOf = (file: string) => {
    if (!sizes.has(file)) {
      const bytes = dist.read(file);
      sizes.set(file, bytes ? gzipSize(bytes) : 0);
    }
    return sizes.get(file)!;
  };
  const text = (file: string) => {
    const bytes = dist.read(file);
    return bytes ? Buffer.from(bytes).toString('utf8') : undefined;
  };
  const graph = new Map<string, { static: string[]; dynamic: string[] }>();
  const resolveAll = (specs: string[], from: string) => specs.map((u) => toDistFile(u, from, base)).filter((f): f is string => f !== undefined);
  const importsFor = (file: string) => {
    if (!graph.has(file)) {
      const found = importsOf(text(file) ?? '');
      const from = `${base}${file}`;
      graph.set(file, { static: resolveAll(found.static, from), dynamic: resolveAll(found.dynamic, from) });
    }
    return graph.get(file)!;
  };
  /** Files reached from `entries`: through static imports, or static and dynamic ones. */
  const closure = (entries: string[], followDynamic: boolean): Set<string> => {
    const seen = new Set<string>();
    const queue = [...entries];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file) || dist.read(file) === undefined) continue;
      seen.add(file);
      const { static: s, dynamic: d } = importsFor(file);
      queue.push(...s, ...(followDynamic ? d : []));
    }
    return seen;
  };
  const sum = (set: Iterable<string>) => [...set].reduce((n, f) => n + sizeOf(f), 0);

  return files
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const path = sitePathFor(file);
      const url = `${base}${path.slice(1)}`;
      const html = text(file)!;
      const $ = load(html);
      const foreign: string[] = [];
      const resource = (ref: string | undefined) => {
        if (ref === undefined || ref.trim() === '') return undefined;
        if (isForeign(ref)) {
          foreign.push(ref);
          return undefined;
        }
        return toDistFile(ref, url, base);
      };

      let css = 0;
      $('link[href]').each((_, el) => {
        const rels = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
        if (!rels.some((r) => LOADING_RELS.has(r))) return;
        const target = resource($(el).attr('href'));
        if (target && rels.includes('stylesheet')) css += sizeOf(target);
      });
      $('style').each((_, el) => {
        css += gzipSize($(el).text());
      });
      $('img[src], source[src], video[src], audio[src], iframe[src], embed[src], track[src], input[src], video[poster]').each((_, el) => {
        resource($(el).attr('src') ?? $(el).attr('poster'));
      });
      $('img[srcset], source[srcset]').each((_, el) => {
        for (const candidate of ($(el).attr('srcset') ?? '').split(',')) resource(candidate.trim().split(/\s+/)[0]);
      });
      $('object[data]').each((_, el) => {
        resource($(el).attr('data'));
      });

      let inline = 0;
      const loadEntries: string[] = [];
      const lazyEntries: string[] = [];
      $('script').each((_, el) => {
        const type = ($(el).attr('type') ?? '').trim().toLowerCase();
        if (!JS_TYPES.has(type) || $(el).attr('nomodule') !== undefined) return;
        const src = $(el).attr('src');
        if (src === undefined) {
          inline += gzipSize($(el).text());
          // Imports of an inline module resolve against the page's URL.
          const found = importsOf($(el).text());
          loadEntries.push(...resolveAll(found.static, url));
          lazyEntries.push(...resolveAll(found.dynamic, url));
          return;
        }
        const target = resource(src);
        if (target) loadEntries.push(target);
      });
      $('astro-island').each((_, el) => {
        const when = $(el).attr('client') ?? '';
        const modules = [$(el).attr('component-url'), $(el).attr('renderer-url')].map(resource).filter((f): f is string => f !== undefined);
        (when === 'load' || when === 'idle' ? loadEntries : lazyEntries).push(...modules);
      });
      $('link[rel~="modulepreload"][href]').each((_, el) => {
        const target = resource($(el).attr('href'));
        if (target) lazyEntries.push(target);
      });

      const atLoad = closure(loadEntries, false);
      const everything = closure([...loadEntries, ...lazyEntries], true);
      const chartFiles = closure([...everything].filter((f) => CHART_ISLAND.test(posix.basename(f))), true);
      const bootstrap = [...atLoad].filter((f) => !chartFiles.has(f));
      const onDemand = [...everything].filter((f) => !atLoad.has(f) && !chartFiles.has(f));
      const chart = sum(chartFiles);
      const kind = pageKind(path);

      return {
        path,
        kind: kind === 'prose' && chart > 0 ? 'figure' : kind,
        html: gzipSize(html),
        css,
        jsAtLoad: inline + sum(bootstrap),
        jsOnDemand: sum(onDemand),
        chart,
        loadFiles: bootstrap.sort(),
        foreign,
      };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Budgets in gzipped bytes: what a page may weigh on a phone's first load. */
export const BUDGETS = {
  /**
   * Actor, event and prose pages. An actor page carries its timeline, its map and its
   * network as SVG, and every role and relation says whose account it is: 14 KB holds the
   * largest actor of the first explainer with room to spare.
   */
  html: 14 * 1024,
  /** All CSS a page loads. */
  css: 10 * 1024,
  /** JavaScript executed at load, beyond which code must load on demand. */
  jsAtLoad: 3 * 1024,
  /** The chart island (timeline, map, network) on pages that have one. */
  chart: 25 * 1024,
} as const;

/**
 * The caps every page keeps at any size of site, gzipped, so that a phone opens any page of a
 * site of 10,000 entries or more: a page that shows many of something shows a bounded part of
 * them and links the rest (lists go on on further pages, figures aggregate). The home page is
 * the one most readers open first.
 */
export const SIZE_CAPS = {
  page: 60 * 1024,
  home: 30 * 1024,
} as const;

/** The cap a page's HTML is held to whatever the site's size. */
export const sizeCap = (kind: PageKind) => (kind === 'home' ? SIZE_CAPS.home : SIZE_CAPS.page);

/** The size cap a page breaks, as a readable line; empty when it is within it. */
export function overSizeCap(w: Pick<PageWeight, 'path' | 'kind' | 'html'>): string[] {
  const cap = sizeCap(w.kind);
  return w.html > cap ? [`${w.path}: HTML ${(w.html / 1024).toFixed(1)} KB gzipped > ${(cap / 1024).toFixed(1)} KB, the cap of every ${w.kind === 'home' ? 'home page' : 'page'} at any size of site`] : [];
}

/** One HTML page's own weight: gzipped (what the reader downloads) and raw. */
export interface HtmlWeight {
  path: string;
  kind: PageKind;
  html: number;
  raw: number;
}

/**
 * The HTML of every page, heaviest first (gzipped): cheap enough for a site of 20,000
 * pages, where `pageWeights` (which parses every page) would not be. A page that grows with
 * the number of entries shows here first.
 */
export function htmlWeights(dist: DistFiles): HtmlWeight[] {
  return dist.list()
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const bytes = dist.read(file)!;
      const path = sitePathFor(file);
      return { path, kind: pageKind(path), html: gzipSize(bytes), raw: bytes.length };
    })
    .sort((a, b) => b.html - a.html || (a.path < b.path ? -1 : 1));
}

/**
 * Kinds whose HTML is held to the HTML budget, beside the size caps every page keeps: a
 * listing page holds a page of entries and a figure page its SVG, so those are held to the
 * size caps alone.
 */
export const HTML_BUDGET_KINDS: readonly PageKind[] = ['actor', 'event', 'prose', 'home', 'error'];

/** Every budget a page breaks, as readable lines; empty when it is within all of them. */
export function overBudget(w: PageWeight): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const out: string[] = [];
  out.push(...overSizeCap(w));
  if (HTML_BUDGET_KINDS.includes(w.kind) && w.html > BUDGETS.html) out.push(`${w.path}: HTML ${kb(w.html)} gzipped > ${kb(BUDGETS.html)}`);
  if (w.css > BUDGETS.css) out.push(`${w.path}: CSS ${kb(w.css)} gzipped > ${kb(BUDGETS.css)}`);
  if (w.jsAtLoad > BUDGETS.jsAtLoad) out.push(`${w.path}: JavaScript at load ${kb(w.jsAtLoad)} gzipped > ${kb(BUDGETS.jsAtLoad)} (${w.loadFiles.join(', ') || 'inline scripts'})`);
  if (w.chart > BUDGETS.chart) out.push(`${w.path}: chart island ${kb(w.chart)} gzipped > ${kb(BUDGETS.chart)}`);
  for (const url of w.foreign) out.push(`${w.path}: loads from another host: ${url}`);
  return out;
}
