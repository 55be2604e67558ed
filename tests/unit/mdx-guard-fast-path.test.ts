import { describe, expect, it } from 'vitest';
import { checkMdx } from '../../src/lib/content/mdx-guard.ts';

const messages = (body: string) => checkMdx(body).map((f) => `${f.line}:${f.column} ${f.message}`);

describe('checkMdx, with its fast path for plain prose', () => {
  it('finds nothing in plain prose, lists, tables and ordinary links', () => {
    const body = [
      'The *group* said so, according to [the report](https://example.org/a).',
      '',
      '- one',
      '- two',
      '',
      '| a | b |',
      '| --- | --- |',
      '| 1 | 2 |',
      '',
      'Its metadata: none. [Home](../index/)',
    ].join('\n');
    expect(messages(body)).toEqual([]);
  });

  // The guard skips the full parse for bodies that cannot hold code; each of these must
  // still reach the parser and be refused.
  it.each([
    ['a script element', 'Text.\n\n<script>alert(1)</script>\n'],
    ['an expression', 'Two is {1 + 1}.\n'],
    ['an import', 'import X from "y"\n\nText.\n'],
    ['a javascript: link', 'See [this](javascript:alert(1)).\n'],
    ['a scheme in upper case', 'See [this](JAVASCRIPT:alert(1)).\n'],
    ['a scheme spelt with a character reference', 'See [this](&#106;avascript:alert(1)).\n'],
    ['a scheme with an escaped colon', 'See [this](javascript\\:alert(1)).\n'],
    ['a data: image', '![x](data:text/html;base64,PHNjcmlwdD4=)\n'],
    ['a vbscript: definition', '[x]: vbscript:msgbox\n\n[link][x]\n'],
    ['an unclosed brace', 'A { without end.\n'],
  ])('refuses %s', (_, body) => {
    expect(messages(body).length).toBeGreaterThan(0);
  });

  it('reports the line of the file, shifted by the frontmatter', () => {
    expect(checkMdx('Fine.\n\n<script>x</script>\n', 10)[0]?.line).toBe(13);
  });
});
