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

/*
 * Markdown parsing is not linear in the worst case: a run of emphasis marks (`*_*_…`) or of
 * brackets in one paragraph takes time that grows with the square of its length (a 42 KB body
 * took 23 s to check and 65 s to render at 80 KB). A contribution must not stall the build,
 * so a body is bounded before it is parsed: in length (far above any real entry, which run to
 * a few thousand characters), and in Markdown marks per paragraph (real prose has a few dozen).
 * At both limits together, the worst bodies found parse in about two seconds.
 */

/** Most characters a body may hold (CONTRIBUTING.md says so). */
export const MAX_BODY_CHARACTERS = 40_000;

/** Most Markdown marks one paragraph (text between blank lines) may hold. */
export const MAX_MARKS_PER_PARAGRAPH = 400;

const MARKS = /[*_[\]()>!`~]/g;

/** A body too long or too dense in marks to parse in bounded time, with where it is. */
export function findUnbounded(body: string): { line: number; column: number; message: string }[] {
  if (body.length > MAX_BODY_CHARACTERS) {
    return [{ line: 1, column: 1, message: `the body is ${body.length.toLocaleString('en')} characters long; a body may hold at most ${MAX_BODY_CHARACTERS.toLocaleString('en')}, as longer text can stall the build: split it into several entries or pages` }];
  }
  const findings: { line: number; column: number; message: string }[] = [];
  let line = 1;
  for (const block of body.split(/(\n[ \t]*\n)/)) {
    const marks = block.match(MARKS)?.length ?? 0;
    if (marks > MAX_MARKS_PER_PARAGRAPH) {
      const first = line + (block.match(/^\s*\n/)?.[0].split('\n').length ?? 1) - 1;
      findings.push({ line: first, column: 1, message: `this paragraph holds ${marks} Markdown marks (* _ [ ] ( ) > ! \` ~); one paragraph may hold at most ${MAX_MARKS_PER_PARAGRAPH}, as more can stall the build: break it into paragraphs with blank lines, or escape literal marks as \\*` });
    }
    line += block.split('\n').length - 1;
  }
  return findings;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
let last: { text: string; parsed: ParsedMdx } | undefined;

/**
 * The syntax tree of an MDX body, or the syntax error that stopped the parse. A body past the
 * bounds above is not parsed at all: every reader of bodies goes through here, so none stalls.
 */
export function parseMdx(text: string): ParsedMdx {
  if (last?.text === text) return last.parsed;
  last = { text, parsed: parseBounded(text) };
  return last.parsed;
}

function parseBounded(text: string): ParsedMdx {
  const unbounded = findUnbounded(text)[0];
  if (unbounded) return { error: { line: unbounded.line, column: unbounded.column, reason: unbounded.message, message: unbounded.message } };
  try {
    return { tree: parser.parse(text) as Root };
  } catch (error) {
    return { error: error as MdxSyntaxError };
  }
}
