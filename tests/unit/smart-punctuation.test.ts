import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkSmartPunctuation, { smartDashes, smartQuotes } from '../../src/lib/render/smart-punctuation.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Every literal of the tree, in order: what the reader sees of it. */
function literals(tree: Root): string[] {
  const out: string[] = [];
  const walk = (node: { value?: unknown; children?: unknown[] }) => {
    if (typeof node.value === 'string') out.push(node.value);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree);
  return out;
}

/** The body's literals after remark-smartypants (Astro's own) and after ours. */
function both(body: string): [string[], string[]] {
  const theirs = parser.parse(body);
  const ours = parser.parse(body);
  (remarkSmartypants.call(unified()) as unknown as (tree: Root) => void)(theirs);
  remarkSmartPunctuation()(ours);
  return [literals(theirs), literals(ours)];
}

const CASES = [
  'He said "hello" and left.',
  "It's the group's '80s claim, and the 'quoted' word.",
  'A "quote around [a link](https://example.org)" and "*emphasis*".',
  '"At the start" of a paragraph.\n\n"And of the next."',
  'He said, "\'Quoted\' words in a larger quote."',
  'Nested "a \'b\' c" and trailing quote"',
  "Closing at the end'\n\nrock 'n' roll, the 'til, 'twas",
  'Dashes -- an em dash --- three, and a range 1990--1995.',
  'Ellipses... and spaced . . . ones, and two.. dots, four....',
  '``Backticks\'\' and \'\'two singles\'\' and `code with "quotes"` here.',
  '# A "heading" here\n\n| "a" | b\'s |\n| - | - |\n| "1" -- x | ... |\n',
  'Line one "opens\nand closes" on the next line.',
  'Text with a note "quoted"<Cite id="a" /> and "after" it.',
  '<Cite id="a">"inside" an element</Cite> and "out".',
  'گفت "سلام" و رفت... -- پایان',
  'Quotes "before\u0085. . ." a next-line character, and . \u0085 . dots.',
  "'Single at the start, and a possessive: the ministers' statement.",
  '"" empty quotes, and \'\' two, and "\'" mixed.',
  '- a list "item"\n- another\'s -- item\n\n> a "quoted" block...',
];

describe('smart punctuation', () => {
  it('decides every quote, dash and ellipsis as remark-smartypants does', () => {
    for (const body of CASES) {
      const [theirs, ours] = both(body);
      expect(ours, body).toEqual(theirs);
    }
  });

  it('gives the same text as remark-smartypants for every body of the fixture sites', () => {
    const root = join(import.meta.dirname, '..', 'fixtures');
    let bodies = 0;
    for (const site of readdirSync(root)) {
      for (const kind of ['actors', 'events', 'pages']) {
        const dir = join(root, site, 'content', kind);
        let files: string[] = [];
        try { files = readdirSync(dir).filter((f) => f.endsWith('.mdx')); } catch { continue; }
        for (const file of files) {
          const body = readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
          let pair: [string[], string[]];
          try { pair = both(body); } catch { continue; } // a broken fixture's body, which validation refuses
          expect(pair[1], `${site}/${kind}/${file}`).toEqual(pair[0]);
          bodies++;
        }
      }
    }
    expect(bodies).toBeGreaterThan(20);
  });

  it('leaves a text without a straight quote or a dash as it is, and changes those that have them', () => {
    expect(smartQuotes('No quotes here -- none.')).toBe('No quotes here -- none.');
    expect(smartQuotes('"Yes"')).toBe('“Yes”');
    expect(smartDashes('A -- B... C')).toBe('A — B… C');
    expect(smartDashes('Plain text.')).toBe('Plain text.');
  });
});
