import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkMdx, isAllowedUrl } from '../../src/lib/content/mdx-guard.ts';
import remarkMdxGuard from '../../src/plugins/remark-mdx-guard.ts';

/*
 * Every form of code an MDX body could smuggle in, with the line it must be reported on
 * and the words the refusal must contain (what is wrong, or what to write instead).
 * The body starts with a harmless line so that line numbers are really checked.
 */
const ATTACKS: [name: string, body: string, line: number, says: RegExp][] = [
  ['import', 'import X from "./x.js"', 1, /import and export are not allowed.*use the project's components without importing/],
  ['export', 'export const x = 1', 1, /import and export are not allowed/],
  ['export default', 'export default function Layout() {}', 1, /import and export are not allowed/],
  ['flow expression', '{alert(1)}', 1, /JavaScript expressions in \{braces\}.*escape a literal brace/],
  ['text expression', 'Killed {count * 2} people.', 1, /JavaScript expressions in \{braces\}/],
  ['comment expression', '{/* a comment */}', 1, /JavaScript expressions in \{braces\}/],
  ['unknown component', '<Chart data="x" />', 1, /<Chart> is not an allowed component.*write plain Markdown/],
  ['fragment', '<>text</>', 1, /JSX fragments/],
  ['member component', '<Foo.Bar />', 1, /<Foo\.Bar> is not an allowed component/],
  ['script', '<script>alert(1)</script>', 1, /<script> is not allowed in content.*remove it/],
  ['SCRIPT in capitals', '<SCRIPT>alert(1)</SCRIPT>', 1, /<SCRIPT> is not allowed/],
  ['iframe', '<iframe src="https://example.org/" />', 1, /<iframe> is not allowed.*\[text\]\(https:/],
  ['object', '<object data="x.swf" />', 1, /<object> is not allowed.*link to the file/],
  ['embed', '<embed src="x.swf" />', 1, /<embed> is not allowed.*link to the file/],
  ['style', '<style>body {"{"} display: none {"}"}</style>', 1, /<style> is not allowed/],
  ['form', '<form action="https://example.org/"><input /></form>', 1, /<form> is not allowed/],
  ['script inside svg', '<svg><script>alert(1)</script></svg>', 1, /<svg> is not allowed/],
  ['onerror handler', '<img src="x.png" onerror="alert(1)" />', 1, /event-handler attribute 'onerror'.*remove it/],
  ['onClick handler', '<a href="/" onClick="alert(1)">x</a>', 1, /event-handler attribute 'onClick'/],
  ['handler on an allowed component', 'Text.<Cite id="x" onMouseOver="alert(1)" />', 1, /event-handler attribute 'onMouseOver' is not allowed on <Cite>/],
  ['expression on an allowed component', 'Text.<Cite id={globalThis.x} />', 1, /attribute 'id' on <Cite> holds a JavaScript expression/],
  ['spread on an allowed component', 'Text.<Cite {...props} />', 1, /spread attributes \{…\} are not allowed on <Cite>/],
  ['spread attributes', '<a {...props}>x</a>', 1, /spread attributes/],
  ['expression attribute', '<a href={url}>x</a>', 1, /holds a JavaScript expression/],
  ['raw html link', '<a href="javascript:alert(1)">x</a>', 1, /'javascript:alert\(1\)' is not an allowed URL/],
  ['javascript: link', '[click](javascript:alert(1))', 1, /'javascript:alert\(1\)' is not an allowed URL.*https:\/\//],
  ['JavaScript: in mixed case', '[click](JaVaScRiPt:alert(1))', 1, /is not an allowed URL/],
  ['javascript: with an entity', '[click](java&#115;cript:alert(1))', 1, /'javascript:alert\(1\)' is not an allowed URL/],
  ['javascript: in angle brackets', '[click](<javascript:alert(1)>)', 1, /is not an allowed URL/],
  ['vbscript: link', '[click](vbscript:msgbox(1))', 1, /'vbscript:msgbox\(1\)' is not an allowed URL/],
  ['data: image', '![pic](data:image/svg+xml;base64,PHN2Zz4=)', 1, /'data:image\/svg\+xml;base64,PHN2…' is not an allowed URL/],
  ['data: link', '[doc](data:text/html,<script>alert(1)</script>)', 1, /'data:text\/html/],
  ['reference definition', '[click][x]\n\n[x]: javascript:alert(1)', 3, /'javascript:alert\(1\)' is not an allowed URL/],
  ['image reference definition', '![pic][x]\n\n[x]: data:image/png;base64,AAAA', 3, /'data:image\/png/],
  ['autolink', '<javascript:alert(1)>', 1, /not valid MDX/],
  ['html comment', '<!-- <script>alert(1)</script> -->', 1, /not valid MDX/],
];

describe('the MDX guard', () => {
  it.each(ATTACKS)('refuses %s with its line and a hint', (_name, body, line, says) => {
    const findings = checkMdx(`Harmless first line.\n\n${body}\n`, 10);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.line === line + 12 && says.test(f.message)), JSON.stringify(findings)).toBe(true);
  });

  it('lets plain Markdown and GFM through', () => {
    const body = [
      '# Heading', '', 'Text with a [link](https://example.org/), a [page](/actors/lantern-guild/),', 'a [relative one](../x/) and an [anchor](#top).',
      '', '![A map](https://example.org/map.png)', '', '| a | b |', '| - | - |', '| 1 | 2 |', '', 'A footnote.[^1]', '', '[^1]: Its text.',
      '', 'A literal \\{brace\\} and \\<angle.', '', 'https://www.example.org', '', '[mail](mailto:a@example.org)', '', '[ref]: https://example.org/',
    ].join('\n');
    expect(checkMdx(body)).toEqual([]);
  });

  it('allows only https, addresses of this site and, for links, mailto:, whatever the spelling', () => {
    for (const url of ['javascript:x', ' JAVASCRIPT:x', 'java\tscript:x', 'vbscript:x', 'data:text/html,x', '\u0000javascript:x', 'http://example.org/', 'file:///etc/passwd',
      '//evil.example/x', ' //evil.example', '/\\evil.example', '\\\\evil.example', 'ftp://example.org/', 'intent://x', 'blob:https://example.org/x']) {
      expect(isAllowedUrl(url, 'link'), url).toBe(false);
    }
    for (const url of ['https://example.org/', 'HTTPS://example.org/', '/actors/lantern-guild/', '#top', '../x/', 'x.png', '?q=1', 'mailto:a@example.org', 'javascript-notes/']) {
      expect(isAllowedUrl(url, 'link'), url).toBe(true);
    }
    expect(isAllowedUrl('mailto:a@example.org', 'image')).toBe(false);
    expect(isAllowedUrl('http://example.org/a.png', 'image')).toBe(false);
  });

  it.each([
    ['a protocol-relative link', '[x](//evil.example/)', /'\/\/evil.example\/' is not an allowed URL: .*leads to another site/],
    ['a file: link', '[x](file:///etc/passwd)', /'file:\/\/\/etc\/passwd' is not an allowed URL/],
    ['an http: image', '![x](http://example.org/a.png)', /'http:\/\/example.org\/a.png' is not an allowed URL: images .*use its https:\/\/ address/],
    ['a bare http: address, which GFM links', 'See http://example.org/ today.', /'http:\/\/example.org\/' is not an allowed URL/],
    ['a bare www. address, which GFM links over http', 'See www.example.org today.', /'http:\/\/www.example.org' is not an allowed URL/],
    ['an http: reference definition', '[x][r]\n\n[r]: http://example.org/', /'http:\/\/example.org\/' is not an allowed URL/],
    ['a mailto: image through a definition', '![x][r]\n\n[r]: mailto:a@example.org', /'mailto:a@example.org' is not an allowed URL: images/],
    ['an http: srcset candidate', '<Cite id="x" srcset="https://a.example/1.png 1x, http://a.example/2.png 2x" />', /'http:\/\/a.example\/2.png' is not an allowed URL/],
  ])('refuses %s, in the full parse and the fast path alike', (_, body, says) => {
    expect(checkMdx(`${body}\n`).some((f) => says.test(f.message)), JSON.stringify(checkMdx(`${body}\n`))).toBe(true);
  });

  it('stops the build as a remark plugin, naming the file and line', () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMdxGuard);
    const file = new VFile({ path: 'content/events/x.mdx', value: 'Fine.\n\n<script>alert(1)</script>\n' });
    expect(() => processor.runSync(processor.parse(file), file)).toThrow(/content\/events\/x\.mdx:3:1 <script> is not allowed/);
    const ok = new VFile({ path: 'content/events/y.mdx', value: 'Fine [text](https://example.org/).\n' });
    expect(() => processor.runSync(processor.parse(ok), ok)).not.toThrow();
  });
});
