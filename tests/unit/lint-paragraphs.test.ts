/*
 * The paragraphs of an MDX body as the attribution lint reads them (src/lib/model/lint/paragraphs.ts):
 * where each starts, its words without Markdown or components, and the sources it cites.
 */
import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../src/lib/model/lint/paragraphs.ts';

describe('the paragraphs of a body', () => {
  it('gives each paragraph\'s first line, counted from the body\'s first line', () => {
    expect(paragraphs('\nFirst line\nstill first.\n\n\nSecond.\n').map((p) => [p.line, p.text])).toEqual([
      [2, 'First line still first.'],
      [6, 'Second.'],
    ]);
  });

  it('leaves out headings, code and comments, and keeps what a reader reads of links, emphasis and lists', () => {
    const body = [
      '## A heading',
      'Text right after it, with a [link](https://example.org/) and *emphasis*.',
      '',
      '```',
      'code, not prose',
      '```',
      '',
      '<!-- a note for editors -->',
      '',
      '- one item',
      '- another ![an image](https://example.org/a.png)',
    ].join('\n');
    expect(paragraphs(body).map((p) => [p.line, p.text])).toEqual([
      [2, 'Text right after it, with a link and emphasis.'],
      [10, 'one item another'],
    ]);
  });

  it('gives the sources each paragraph cites with <Cite>, and takes the element out of its text', () => {
    const body = 'A figure.<Cite id="report" />\n\nAnother, cited twice.<Cite id="a" /> <Cite id="b" />\n\nNone here.';
    expect(paragraphs(body)).toEqual([
      { line: 1, text: 'A figure.', cites: ['report'] },
      { line: 3, text: 'Another, cited twice.', cites: ['a', 'b'] },
      { line: 5, text: 'None here.', cites: [] },
    ]);
  });
});
