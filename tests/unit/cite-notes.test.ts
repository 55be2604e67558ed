import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeUses, noteOrder } from '../../src/lib/render/cite-notes.ts';
import { readContent } from '../../src/lib/content/content-files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { expected, materialize } from '../helpers/fixtures.ts';

describe('<Cite> in MDX prose', () => {
  const body = 'First.<Cite id="b" />\n\nSecond <Cite id="c" /> and again <Cite id="b" />.\n\n<Cite />\n';

  it('finds every use in reading order, with lines shifted to the file', () => {
    expect(citeUses(body, 10)).toEqual([
      { id: 'b', line: 11, column: 7 },
      { id: 'c', line: 13, column: 8 },
      { id: 'b', line: 13, column: 34 },
      { id: undefined, line: 15, column: 1 },
    ]);
  });

  it('gives the same positions in the file whether or not the body starts with blank lines or an indent', () => {
    // Astro hands pages the trimmed body; validation reads the file. Both share one parse.
    expect(citeUses(`\n\n  ${body}`, 10)).toEqual([
      { id: 'b', line: 13, column: 9 },
      { id: 'c', line: 15, column: 8 },
      { id: 'b', line: 15, column: 34 },
      { id: undefined, line: 17, column: 1 },
    ]);
  });

  it('numbers sources in reading order: the prose\'s, then the boxes\' after it, then the entry\'s other sources', () => {
    expect(noteOrder(['a', 'b'], body)).toEqual(['b', 'c', 'a']);
    // A claim box citing d and the prose's c: d is met after the prose, before the entry's a.
    expect(noteOrder(['a', 'b', 'd'], body, [undefined, 'd', 'c'])).toEqual(['b', 'c', 'd', 'a']);
  });

  it('is refused with file, line and a suggestion when the source id is unknown or missing', () => {
    const root = materialize('unknown-cite');
    const raw = readContent(join(root, 'content'), root);
    const lines = validateContent(raw, { now: new Date('2026-01-01') }).problems.map(formatProblem);
    expect(lines).toEqual(expected('unknown-cite'));
  });
});
