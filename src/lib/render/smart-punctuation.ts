/**
 * Typographic quotes, dashes and ellipses in an entry's body: the same output as
 * remark-smartypants with its defaults (what Astro's own Markdown uses), for a fraction of
 * its cost.
 *
 * remark-smartypants reads all the text of a body as one string, so that a quote before a
 * link or an emphasis pairs with the one after it, and runs retext over it twice: once for
 * the quotes, then once more per text node for dashes, ellipses and backticks. Every run
 * builds a natural-language syntax tree and walks it with a visitor that costs more per node
 * than the work it does; at 2,500 pages that was a third of rendering the bodies.
 * Here the quotes are decided by the same rules (retext-smartypants's `quotesDefault`,
 * below) over the same tree of the same parser, walked with a plain loop; a text without a
 * straight quote is not parsed at all; and the second pass runs only on a text node that
 * holds something it could change (`--`, two dots, two backticks or two single quotes).
 * `tests/unit/smart-punctuation.test.ts` compares the two on every case they decide.
 */
import type { Root } from 'mdast';
import type { Parent as NlcstParent, Root as NlcstRoot, Sentence, Word, Paragraph } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { ParseLatin } from 'parse-latin';
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

type Node = NlcstRoot | Paragraph | Sentence | Word | NlcstRoot['children'][number] | Sentence['children'][number] | Word['children'][number];

const OPEN = ['“', '‘'] as const;
const CLOSE = ['”', '’'] as const;

/** Only these nodes are read: text and inline code (counted, never changed), and the blocks that start fresh. */
const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
/** A block's text starts fresh: a quote at its start opens. Inline parents (emphasis, links) join the sentence. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** HTML elements whose text is never touched. */
const IGNORED_ELEMENTS = new Set(['style', 'script']);

/** What the second pass could change: two dashes, two dots (with or without spaces), two backticks, two single quotes. */
// (parse-latin's white space includes U+0085, which JavaScript's \s does not.)
const SECOND_PASS = /--|\.[\s\u0085]*\.|``|''/;
const dashesAndEllipses = retext().use(smartypants, { quotes: false });

const isPunctuation = (node: Node | undefined) => node?.type === 'PunctuationNode' || node?.type === 'SymbolNode';

/** retext-smartypants's `quotesDefault`: a straight quote, opened or closed by its neighbours. */
function quote(node: { value: string }, index: number, siblings: Node[]) {
  const value = node.value;
  if (value !== '"' && value !== "'") return;
  const which = value === '"' ? 0 : 1;
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  const nextNext = siblings[index + 2];
  const nextValue = next ? toString(next) : '';
  if (next && isPunctuation(next) && (!nextNext || nextNext.type !== 'WordNode')) {
    node.value = CLOSE[which];
  } else if (next && isPunctuation(next) && (nextValue === '"' || nextValue === "'") && nextNext && nextNext.type === 'WordNode') {
    node.value = OPEN[which];
    (next as { value: string }).value = OPEN[nextValue === '"' ? 0 : 1];
  } else if (next && /^\d\ds$/.test(nextValue)) {
    node.value = CLOSE[which];
  } else if (previous && (previous.type === 'WhiteSpaceNode' || isPunctuation(previous)) && next && next.type === 'WordNode') {
    node.value = OPEN[which];
  } else if (previous && previous.type !== 'WhiteSpaceNode' && !isPunctuation(previous)) {
    node.value = CLOSE[which];
  } else if (!next || next.type === 'WhiteSpaceNode' || (value === "'" && nextValue === 's')) {
    node.value = CLOSE[which];
  } else {
    node.value = OPEN[which];
  }
}

/** Every node in document order, as retext's visitor reaches them; quotes decided in place. */
function walk(parent: NlcstParent) {
  const children = parent.children as Node[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (isPunctuation(child)) quote(child as { value: string }, i, children);
    if ('children' in child) walk(child as NlcstParent);
  }
}

/** `text` with its straight quotes made typographic, as retext-smartypants decides them. */
export function smartQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const tree = new ParseLatin().parse(text);
  walk(tree);
  return toString(tree);
}

/** `text` with `--` as an em dash, `...` as an ellipsis and `` ``…'' `` as quotes. */
export function smartDashes(text: string): string {
  return SECOND_PASS.test(text) ? String(dashesAndEllipses.processSync(text)) : text;
}

interface Literal {
  type: string;
  value: string;
}

/** The remark plugin: quotes over the body's whole text, then dashes and ellipses per text node. */
export default function remarkSmartPunctuation() {
  return (tree: Root) => {
    let all = '';
    const nodes: (Literal | { type: string })[] = [];
    visit(tree, (node, _index, parent) => {
      if (!parent || !VISITED.has(node.type)) return;
      if (parent.type === 'mdxJsxTextElement') {
        const name = (parent as { name?: unknown }).name;
        if (typeof name !== 'string' || IGNORED_ELEMENTS.has(name)) return;
      }
      const literal = 'value' in node && typeof node.value === 'string';
      if (literal) all += node.type === 'text' ? (node as Literal).value : 'A'.repeat((node as Literal).value.length);
      else if (BLOCKS.has(node.type)) all += ' ';
      else return;
      nodes.push(node);
    });
    all = smartQuotes(all);
    let start = 0;
    for (const node of nodes) {
      if ('value' in node) {
        const end = start + node.value.length;
        if (node.type === 'text') node.value = smartDashes(all.slice(start, end));
        start = end;
      } else {
        start += 1;
      }
    }
  };
}
