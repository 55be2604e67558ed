/**
 * What a page's HTML is made of: the bytes each part of it (the citations, the charts' SVG,
 * JSON-LD, navigation, search data, figure data for islands...) adds, raw and gzipped.
 *
 * Pure: it is handed one page's HTML. A part's gzipped cost is what the page loses when the
 * part is taken out (gzip of the page minus gzip of the page without it), because a part
 * compresses against the rest of the page: six citations that repeat one title cost far less
 * than six times one citation.
 */
import { load, type CheerioAPI } from 'cheerio';
import { gzipSize } from './weight.ts';

/** One part: a name and how to find it in a page. */
export interface PagePart {
  name: string;
  /** Removes the part from the document (mutates it); returns the raw bytes removed. */
  cut: ($: CheerioAPI) => number;
}

const bytes = (s: string) => Buffer.byteLength(s);

/** A part made of the elements a selector finds (outer HTML, nested finds counted once). */
export function elements(name: string, selector: string): PagePart {
  return {
    name,
    cut: ($) => {
      let n = 0;
      $(selector).each((_, el) => {
        // An element inside another found one is counted with it.
        if ($(el).parents(selector).length) return;
        n += bytes($.html(el));
      });
      $(selector).remove();
      return n;
    },
  };
}

/** A part made of attributes whose name matches (the data islands read), with their values. */
export function attributes(name: string, pattern: RegExp): PagePart {
  return {
    name,
    cut: ($) => {
      let n = 0;
      $('*').each((_, el) => {
        const attribs = (el as { attribs?: Record<string, string> }).attribs ?? {};
        for (const [key, value] of Object.entries(attribs)) {
          if (!pattern.test(key)) continue;
          n += bytes(` ${key}="${value}"`);
          $(el).removeAttr(key);
        }
      });
      return n;
    },
  };
}

/**
 * The parts measured, in this order: each is cut from what the ones before it left, so the
 * parts never count the same bytes twice (an SVG inside the citations block is the block's).
 */
export const PAGE_PARTS: readonly PagePart[] = [
  elements('citations block', 'section.cite-this-page'),
  elements('JSON-LD', 'script[type="application/ld+json"]'),
  attributes('figure data (data-* for islands)', /^data-(timeline|map|network|relations|points|events|nodes|edges)/),
  // The land and borders under a map: the same for every map drawn in one frame.
  elements('SVG: map land and borders', 'svg.map > g.map-countries, svg.map > g.map-lines, svg.map > use'),
  elements('SVG: the rest (charts, marks, legends, icons)', 'svg'),
  elements('search data', '[data-pagefind-filter], [data-pagefind-meta], [data-pagefind-sort], span[hidden][data-pagefind-weight]'),
  elements('head: meta and links', 'head meta, head link'),
  elements('inline styles and scripts', 'style, script'),
  elements('header, nav, footer', 'header, nav, footer'),
];

export interface PartSize {
  name: string;
  raw: number;
  gzip: number;
}

/** Each part's raw and gzipped bytes, then `rest` (all that no part took) and `total`. */
export function pageParts(html: string, parts: readonly PagePart[] = PAGE_PARTS): PartSize[] {
  const $ = load(html);
  const out: PartSize[] = [];
  let before = $.html();
  let gzBefore = gzipSize(before);
  for (const part of parts) {
    const raw = part.cut($);
    const after = $.html();
    const gzAfter = gzipSize(after);
    out.push({ name: part.name, raw, gzip: gzBefore - gzAfter });
    before = after;
    gzBefore = gzAfter;
  }
  out.push({ name: 'rest (prose, facts, lists, markup)', raw: bytes(before), gzip: gzBefore });
  out.push({ name: 'total', raw: bytes(html), gzip: gzipSize(html) });
  return out;
}

/** The mean of several pages' breakdowns, part by part (same parts, same order). */
export function meanParts(pages: PartSize[][]): PartSize[] {
  if (pages.length === 0) return [];
  return pages[0]!.map((p, i) => ({
    name: p.name,
    raw: Math.round(pages.reduce((n, page) => n + page[i]!.raw, 0) / pages.length),
    gzip: Math.round(pages.reduce((n, page) => n + page[i]!.gzip, 0) / pages.length),
  }));
}
