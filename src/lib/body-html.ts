/**
 * An actor's or an event's MDX body as HTML, without ever turning it into code.
 *
 * @astrojs/mdx compiles each MDX file into a JavaScript module, bundles it and imports it to
 * render. For content that may not run code anyway (mdx-guard.ts), that is the slowest and
 * heaviest part of a large build: at 2,500 pages it was a third of the build's time and most
 * of its memory. Here the same parser (micromark with GFM and the MDX syntax) reads the body,
 * the same guard refuses what would run, and the one component content may use, `<Cite>`, is
 * drawn as its note; everything else is Markdown turned into HTML by remark-rehype, with the
 * same typographic quotes (smartypants) and heading ids as Astro's own Markdown.
 *
 * The editorial pages (content/pages/) still go through @astrojs/mdx: there are a handful.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkMdxGuard from '../plugins/remark-mdx-guard.ts';
import { citeNote } from './cite-notes.ts';

export interface BodyOptions {
  /** The content file, for error messages (`content/events/….mdx`). */
  path: string;
  /** The page's numbered list of sources (noteOrder): a note's number is its place here. */
  notes: readonly string[];
  /** How a source is named to screen readers: "Source 1: Eurasianet, 2022". */
  label: (id: string) => string;
}

/** The options of the body being rendered; `renderBody` is synchronous, so one at a time. */
let current: BodyOptions | undefined;

function cite(_state: unknown, node: MdxJsxTextElement | MdxJsxFlowElement): Element {
  // The guard has refused every other element before this runs.
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  const id = attr && typeof attr.value === 'string' ? attr.value : '';
  const n = current!.notes.indexOf(id) + 1;
  if (n === 0) throw new Error(`${current!.path}: <Cite id="${id}" /> names a source the page does not list`);
  return citeNote(n, id, current!.label(id));
}

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkMdxGuard)
  .use(remarkSmartypants)
  .use(remarkRehype, { handlers: { mdxJsxTextElement: cite, mdxJsxFlowElement: cite } })
  .use(rehypeHeadingIds)
  .use(rehypeStringify)
  .freeze();

/** The body as HTML; throws, naming the file, if it holds anything the guard refuses. */
export function renderBody(body: string, options: BodyOptions): string {
  current = options;
  try {
    return String(processor.processSync(new VFile({ path: options.path, value: body })));
  } finally {
    current = undefined;
  }
}
