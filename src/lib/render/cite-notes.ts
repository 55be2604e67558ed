/**
 * `<Cite id="source-id" />` in MDX prose: a maintainer cites a source by its id, and the page
 * shows a numbered note linking to the source's entry in the page's list of sources (and from
 * there to /sources/). Numbers follow the order the reader meets the citations: the prose
 * first, then the page's boxes (figures, claims), then any of the entry's own `sources` not
 * cited on the way.
 */
import type { Element } from 'hast';
import type { MdxJsxTextElement, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { cachedText } from '../cache/registry.ts';
import { parseMdx } from '../content/mdx-parse.ts';

export interface CiteUse {
  /** The cited source id, or undefined when the element has no usable `id`. */
  id?: string;
  line: number;
  column: number;
}

/**
 * Uses per body, parsed once per process. Validation, the lint and every page (and every
 * `<Cite>` on it) ask for the same bodies; parsing each again cost a 2,500-page build ~15 s.
 * The map hangs on globalThis because one `astro build` loads this module more than once (the
 * config, the prerendered pages), like the EDTF cache in dates.ts. It is keyed by the trimmed
 * body, which is what Astro hands the pages, with positions relative to it; validation, which
 * reads the file, fills it first, from the same parse as the MDX guard (mdx-parse.ts).
 */
const CACHE = Symbol.for('explainer.cite-uses');
const cache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map<string, readonly CiteUse[]>()) as Map<string, readonly CiteUse[]>;

/** Lines and first-line indent that trim() takes off the start of `body`. */
function lead(body: string): { lines: number; indent: number } {
  const cut = body.slice(0, body.length - body.trimStart().length).split('\n');
  return { lines: cut.length - 1, indent: cut.at(-1)!.length };
}

function parseUses(body: string): readonly CiteUse[] {
  const { tree } = parseMdx(body);
  if (!tree) return []; // The MDX guard reports syntax errors.
  const uses: CiteUse[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
    const element = node as MdxJsxTextElement | MdxJsxFlowElement;
    if (element.name !== 'Cite') return;
    const attr = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
    const value = attr && typeof attr.value === 'string' ? attr.value : undefined;
    uses.push({ id: value, line: element.position?.start.line ?? 1, column: element.position?.start.column ?? 1 });
  });
  return uses;
}

/** Every `<Cite>` in an MDX body, in reading order, with positions shifted by `lineOffset`. */
export function citeUses(body: string, lineOffset = 0): CiteUse[] {
  const trimmed = body.trim();
  const { lines, indent } = lead(body);
  let uses = cache.get(trimmed);
  if (!uses) {
    // Positions in the cache are relative to the trimmed body. Most bodies cite nothing in
    // their prose (no element can be there without its name); the uses of the others are
    // kept between builds too (src/lib/cache/registry.ts), so a rebuild parses only changed bodies.
    const relative = () => parseUses(body).map((use) => ({ ...use, line: use.line - lines, column: use.line === lines + 1 ? use.column - indent : use.column }));
    uses = trimmed.includes('<Cite') ? (JSON.parse(cachedText('checks', ['cites', trimmed], () => JSON.stringify(relative()))) as CiteUse[]) : [];
    cache.set(trimmed, uses);
  }
  return uses.map((use) => ({ ...use, line: use.line + lines + lineOffset, column: use.line === 1 ? use.column + indent : use.column }));
}

/** Each source once, where it is first met: the page's numbered list, in reading order. */
export function readingOrder(...groups: readonly (readonly (string | undefined)[])[]): string[] {
  const order: string[] = [];
  for (const group of groups) for (const id of group) if (id && !order.includes(id)) order.push(id);
  return order;
}

/**
 * The page's numbered list of sources: those its prose cites, in the order it cites them,
 * then those of each later part of the page (`after`, in page order), then its own `sources`.
 */
export function noteOrder(sources: readonly string[], body: string, ...after: readonly (readonly (string | undefined)[])[]): string[] {
  return readingOrder(citeUses(body).map((use) => use.id), ...after, sources);
}

/**
 * The numbered list of an editorial page, in reading order: its key facts' sources (the box
 * above the prose), its prose's notes, then its unknowns' (the note below it).
 */
export function pageNoteOrder(page: { keyFacts: readonly { sources: readonly string[] }[]; unknowns: readonly { sources: readonly string[] }[] }, body: string): string[] {
  return readingOrder(page.keyFacts.flatMap((f) => f.sources), citeUses(body).map((use) => use.id), page.unknowns.flatMap((u) => u.sources));
}

/** The anchor of a source in a page's list of sources. */
export const noteAnchor = (id: string) => `source-${id}`;

/**
 * The numbered note a `<Cite>` becomes: "[2]", linked to the source's entry in the page's
 * list, named in full for screen readers (`name`, from the catalogue's `source.note`). One
 * definition for MDX pages and the boxes of entry pages (Cite.astro) and for entry bodies
 * (body-html.ts).
 */
export function citeNote(n: number, id: string, name: string): Element {
  return {
    type: 'element',
    tagName: 'sup',
    properties: { className: ['cite-note'] },
    children: [{
      type: 'element',
      tagName: 'a',
      properties: { href: `#${noteAnchor(id)}`, ariaLabel: name },
      children: [{ type: 'text', value: `[${n}]` }],
    }],
  };
}
