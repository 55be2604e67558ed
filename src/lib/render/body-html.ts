/**
 * An actor's or an event's MDX body as HTML, without ever turning it into code.
 *
 * @astrojs/mdx compiles each MDX file into a JavaScript module, bundles it and imports it to
 * render. For content that may not run code anyway (mdx-guard.ts), that is the slowest and
 * heaviest part of a large build: at 2,500 pages it was a third of the build's time and most
 * of its memory. Here the same parser (micromark with GFM and the MDX syntax) reads the body,
 * the same guard refuses what would run, and the one component content may use, `<Cite>`, is
 * drawn as its note; everything else is Markdown turned into HTML by remark-rehype, with the
 * same typographic quotes (smartypants' rules, smart-punctuation.ts) and heading ids as Astro's own Markdown.
 *
 * What this renderer does not do, validation refuses with file and line (`findUnrenderable`):
 * images next to the content file, which Astro's image pipeline used to resolve. Code blocks
 * are not syntax-highlighted. The editorial pages (content/pages/) still go through
 * @astrojs/mdx: there are a handful.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import remarkMdxGuard from '../../plugins/remark-mdx-guard.ts';
import { cachedText } from '../cache/registry.ts';
import { citeNote, citeUses } from './cite-notes.ts';
import remarkSmartPunctuation from './smart-punctuation.ts';
import type { GuardFinding } from '../content/mdx-guard.ts';

export interface BodyOptions {
  /** The content file, for error messages (`content/events/….mdx`). */
  path: string;
  /** The page's numbered list of sources (noteOrder): a note's number is its place here. */
  notes: readonly string[];
  /** How note `n` of a source is named to screen readers: "Source 1: a news report by <publisher>, 2022". */
  label: (id: string, n: number) => string;
}

/** Whether an image URL can be rendered as written: absolute, or from the site's root. */
const servable = (url: string) => url.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(url);

/** What this renderer cannot draw: images given relative to the content file. */
export function findUnrenderable(tree: Root): GuardFinding[] {
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier, node.url));
  const findings: GuardFinding[] = [];
  visit(tree, (node) => {
    const url = node.type === 'image' ? node.url : node.type === 'imageReference' ? definitions.get(node.identifier) : undefined;
    if (url === undefined || servable(url)) return;
    findings.push({
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      message: `the image '${url}' is relative to this file, which actor and event pages cannot serve: put it in public/ and write its path from the site's root (/images/…), or use its https:// address`,
    });
  });
  return findings;
}

function remarkRefuseUnrenderable() {
  return (tree: Root, file: VFile) => {
    const findings = findUnrenderable(tree);
    if (findings.length > 0) file.fail(findings.map((f) => `${file.path}:${f.line}:${f.column} ${f.message}`).join('\n'));
  };
}

/**
 * Each source a body's `<Cite>`s name, with its number on the page and its name: `[id, n,
 * label]`, n 0 for a source the page does not list. All a body's HTML depends on besides its
 * text, as plain data, so that it can be the key of the cache and be sent to a thread.
 */
export type CitedSources = [id: string, n: number, label: string][];

/** The body being rendered (`render` is synchronous, so one at a time): its file and what its `<Cite>`s name. */
let current: { path: string; cited: Map<string, { n: number; label: string }> } | undefined;

function cite(node: MdxJsxTextElement | MdxJsxFlowElement): Element {
  // The guard has refused every other element before this runs.
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  const id = attr && typeof attr.value === 'string' ? attr.value : '';
  const note = current!.cited.get(id);
  if (!note || note.n === 0) throw new Error(`${current!.path}: <Cite id="${id}" /> names a source the page does not list`);
  return citeNote(note.n, id, note.label);
}

/**
 * Draws each `<Cite>` once heading ids are set, so that a note's number never becomes part
 * of a heading's id (which would change whenever the page's sources are reordered). Also
 * what Astro's pipeline did and remark-rehype does not: a code block can be scrolled from the
 * keyboard, and table alignment is a style rather than the obsolete `align` attribute.
 */
function rehypeFinish() {
  return (tree: HastRoot) => {
    visit(tree, (node, index, parent) => {
      const type = (node as { type: string }).type;
      if ((type === 'mdxJsxTextElement' || type === 'mdxJsxFlowElement') && parent && index !== undefined) {
        parent.children[index] = cite(node as unknown as MdxJsxTextElement) as ElementContent;
        return SKIP;
      }
      if (node.type !== 'element') return;
      if (node.tagName === 'pre') node.properties.tabIndex = 0;
      if ((node.tagName === 'td' || node.tagName === 'th') && typeof node.properties.align === 'string') {
        node.properties.style = `text-align:${node.properties.align}`;
        delete node.properties.align;
      }
    });
  };
}

/**
 * A `<Cite>` carried into the HTML tree as it is, for rehypeFinish to draw. (remark-rehype's
 * `passThrough` would deep-copy each one with its positions, a measurable share of a body.)
 */
function keepCite(state: { all: (node: MdxJsxTextElement | MdxJsxFlowElement) => ElementContent[] }, node: MdxJsxTextElement | MdxJsxFlowElement) {
  return { type: node.type, name: node.name, attributes: node.attributes, children: state.all(node) } as unknown as ElementContent;
}

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkMdxGuard)
  .use(remarkRefuseUnrenderable)
  .use(remarkSmartPunctuation)
  .use(remarkRehype, { handlers: { mdxJsxTextElement: keepCite, mdxJsxFlowElement: keepCite } })
  .use(rehypeHeadingIds)
  .use(rehypeFinish)
  .use(rehypeStringify)
  .freeze();

/**
 * One line of inline Markdown (a key fact in a page's frontmatter) as HTML, without the
 * paragraph around it; the guard refuses what would run, as in a body.
 */
export function renderInline(text: string, options: BodyOptions): string {
  const html = renderBody(text, options).trim();
  const match = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return match && !match[1]!.includes('<p>') ? match[1]! : html;
}

/**
 * The body as HTML; throws, naming the file, if it holds anything the guard refuses. The HTML
 * depends on the body and, for each `<Cite>` in it, on its source's number and name: those
 * are its inputs in the build's cache of bodies (src/lib/cache/registry.ts), so a body is
 * rendered again when it, the numbering of what it cites or a cited source's name changes.
 */
export function renderBody(body: string, options: BodyOptions): string {
  const cited = citedSources(body, options);
  return cachedText('bodies', [body, cited], () => renderCited(body, options.path, cited));
}

/** Per source a body's `<Cite>`s name, the source's number on the page and its name: with the text, what its HTML is made from. */
export function citedSources(body: string, options: Pick<BodyOptions, 'notes' | 'label'>): CitedSources {
  return [...new Set(citeUses(body).map((use) => use.id ?? ''))].map((id) => {
    const n = options.notes.indexOf(id) + 1;
    return [id, n, n > 0 ? options.label(id, n) : ''];
  });
}

/** The body as HTML, from its text and its cited sources alone (on the page's thread or another). */
export function renderCited(body: string, path: string, cited: CitedSources): string {
  current = { path, cited: new Map(cited.map(([id, n, label]) => [id, { n, label }])) };
  try {
    return String(processor.processSync({ path, value: body }));
  } finally {
    current = undefined;
  }
}
