/**
 * The one MDX parser (Markdown, GFM, MDX syntax) that the checks share. Validation reads each
 * body twice in a row (the guard, then the prose citations); parsing was the slowest step of
 * validation, so the last parse is remembered and the second read reuses it.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface MdxSyntaxError {
  line?: number;
  column?: number;
  reason?: string;
  message: string;
}

export type ParsedMdx = { tree: Root; error?: undefined } | { tree?: undefined; error: MdxSyntaxError };

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
let last: { text: string; parsed: ParsedMdx } | undefined;

/** The syntax tree of an MDX body, or the syntax error that stopped the parse. */
export function parseMdx(text: string): ParsedMdx {
  if (last?.text === text) return last.parsed;
  let parsed: ParsedMdx;
  try {
    parsed = { tree: parser.parse(text) as Root };
  } catch (error) {
    parsed = { error: error as MdxSyntaxError };
  }
  last = { text, parsed };
  return parsed;
}
