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
  // still reach the parser and be refused, at its line and column, with the reason and a hint.
  const LINK = 'links must point to an https:// address, a page of this site';
  it.each([
    ['a script element', 'Text.\n\n<script>alert(1)</script>\n', '3:1 <script> is not allowed in content', 'remove it'],
    ['an expression', 'Two is {1 + 1}.\n', '1:8 JavaScript expressions in {braces} are not allowed', 'escape a literal brace as \\{'],
    ['an import', 'import X from "y"\n\nText.\n', '1:1 import and export are not allowed', "use the project's components without importing them"],
    ['a javascript: link', 'See [this](javascript:alert(1)).\n', "1:5 'javascript:alert(1)' is not an allowed URL", LINK],
    ['a scheme in upper case', 'See [this](JAVASCRIPT:alert(1)).\n', "1:5 'JAVASCRIPT:alert(1)' is not an allowed URL", LINK],
    ['a scheme spelt with a character reference', 'See [this](&#106;avascript:alert(1)).\n', "1:5 'javascript:alert(1)' is not an allowed URL", LINK],
    ['a scheme with an escaped colon', 'See [this](javascript\\:alert(1)).\n', "1:5 'javascript:alert(1)' is not an allowed URL", LINK],
    ['a data: image', '![x](data:text/html;base64,PHNjcmlwdD4=)\n', "1:1 'data:text/html;base64,PHNjcmlw…' is not an allowed URL", 'images must point to an https:// address or a file of this site'],
    ['a vbscript: definition', '[x]: vbscript:msgbox\n\n[link][x]\n', "1:1 'vbscript:msgbox' is not an allowed URL", LINK],
    ['an unclosed brace', 'A { without end.\n', '1:17 this is not valid MDX', 'a literal { or < must be escaped as \\{ or \\<'],
  ])('refuses %s', (_, body, where, hint) => {
    const found = messages(body);
    expect(found, JSON.stringify(found)).toHaveLength(1);
    expect(found[0]!.startsWith(where), found[0]).toBe(true);
    expect(found[0]).toContain(hint);
  });

  it('reports the line of the file, shifted by the frontmatter', () => {
    expect(checkMdx('Fine.\n\n<script>x</script>\n', 10)[0]?.line).toBe(13);
  });
});
