/**
 * The paragraphs of an MDX body as prose to read: where each starts, its text without
 * Markdown and components, and the sources its `<Cite>`s name. Headings, code and comments
 * are not paragraphs of prose.
 */
import { citeUses } from '../../render/cite-notes.ts';

export interface Paragraph {
  /** 1-based line in the body at which the paragraph starts. */
  line: number;
  /** The words as a reader sees them. */
  text: string;
  /** The ids of the sources its `<Cite>`s name, in order. */
  cites: string[];
}

/** Markdown and components taken off, keeping what a reader reads. */
function prose(block: string): string {
  return block
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/^\s{0,3}(?:>\s?)+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The prose paragraphs of `body`, with lines counted from its first line. */
export function paragraphs(body: string): Paragraph[] {
  const lines = body.split('\n');
  const uses = citeUses(body);
  const found: Paragraph[] = [];
  let start = -1;
  let fence = false;
  const close = (end: number) => {
    if (start < 0) return;
    const block = lines.slice(start, end).join('\n');
    const text = prose(block);
    if (text && !/^\s{0,3}#/.test(lines[start]!)) {
      const first = start + 1;
      const last = end;
      const cites = uses.filter((u) => u.line >= first && u.line <= last && u.id !== undefined).map((u) => u.id!);
      found.push({ line: first, text, cites });
    }
    start = -1;
  };
  lines.forEach((line, index) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) {
      close(index);
      fence = !fence;
      return;
    }
    if (fence) return;
    if (line.trim() === '') close(index);
    else if (/^\s{0,3}#/.test(line)) {
      // A heading is a block of its own, even without a blank line after it.
      close(index);
    } else if (start < 0) start = index;
  });
  close(lines.length);
  return found;
}
