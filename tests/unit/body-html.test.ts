import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBody } from '../../src/lib/render/body-html.ts';
import { renderBodyOffThread } from '../../src/lib/render/body-off-thread.ts';
import { endAllPools } from '../../src/lib/render/thread-pool.ts';

const options = { path: 'content/events/2022-07-20-raid.mdx', notes: ['saltmarsh-courier', 'watch-statement'], label: (id: string, n: number) => `Source ${n}: ${id} <"label">` };

describe('renderBody', () => {
  it('draws <Cite> as the numbered note of the page\'s list, with the source named for screen readers', () => {
    const $ = load(renderBody('The Watch said so.<Cite id="watch-statement" /> Reported too.<Cite id="saltmarsh-courier" />\n', options));
    const notes = $('sup.cite-note a');
    expect(notes.map((_, a) => $(a).text()).get()).toEqual(['[2]', '[1]']);
    expect(notes.first().attr('href')).toBe('#source-watch-statement');
    expect(notes.first().attr('aria-label')).toBe('Source 2: watch-statement <"label">');
  });

  it('renders GFM (tables, footnotes) with typographic quotes and dashes and heading ids, like Astro\'s Markdown', () => {
    const $ = load(renderBody('## Who "claimed" it\n\nA -- B[^1].\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[^1]: A note.\n', options));
    expect($('h2').first().attr('id')).toBe('who-claimed-it');
    expect($('h2').first().text()).toBe('Who “claimed” it');
    expect($('p').first().text()).toContain('A — B');
    expect($('table td').map((_, td) => $(td).text()).get()).toEqual(['1', '2']);
    expect($('section[data-footnotes] li').text()).toContain('A note.');
  });

  it('escapes text that looks like markup', () => {
    const html = renderBody('A title \\</script> & \\<b>\n', options);
    expect(html).not.toContain('</script>');
    expect(load(html)('p').text()).toBe('A title </script> & <b>');
  });

  it('refuses, naming file and line, what the MDX guard refuses, so nothing that runs can reach a page', () => {
    expect(() => renderBody('Fine.\n\n<script>alert(1)</script>\n', options)).toThrow(/content\/events\/2022-07-20-raid\.mdx:3:1 <script> is not allowed/);
    expect(() => renderBody('{alert(1)}\n', options)).toThrow(/expressions in \{braces\} are not allowed/);
    expect(() => renderBody('[x](javascript:alert(1))\n', options)).toThrow(/not an allowed URL/);
  });

  it('refuses a note to a source the page does not list', () => {
    expect(() => renderBody('Text.<Cite id="unknown" />\n', options)).toThrow(/content\/events\/2022-07-20-raid\.mdx: <Cite id="unknown" \/> names a source the page does not list/);
  });

  it('keeps a note\'s number out of the id of the heading it sits in', () => {
    const $ = load(renderBody('## Background<Cite id="watch-statement" />\n\nText.\n', options));
    expect($('h2').attr('id')).toBe('background');
    expect($('h2 sup.cite-note a').text()).toBe('[2]');
  });

  it('lets a reader scroll a code block from the keyboard and aligns table cells with a style', () => {
    const $ = load(renderBody('```\nlong line\n```\n\n| a | b |\n| :-: | -: |\n| 1 | 2 |\n', options));
    expect($('pre').attr('tabindex')).toBe('0');
    expect($('td').first().attr('style')).toBe('text-align:center');
    expect($('td').first().attr('align')).toBeUndefined();
  });

  it('refuses an image given relative to the content file, which the page could not serve', () => {
    expect(() => renderBody('Flag:\n\n![Flag](./flag.png)\n', options)).toThrow(/2022-07-20-raid\.mdx:3:1 the image '\.\/flag\.png' is relative to this file/);
    expect(load(renderBody('![Map](/images/map.png) ![Map](https://example.org/map.png)\n', options))('img').map((_, i) => load('')(i).attr('src')).get()).toEqual(['/images/map.png', 'https://example.org/map.png']);
  });

  it('names the file\'s own line when the body keeps its place in the file', () => {
    const padded = `${'\n'.repeat(12)}Fine.\n\n<script>alert(1)</script>\n`;
    expect(() => renderBody(padded, options)).toThrow(/2022-07-20-raid\.mdx:15:1 <script>/);
  });
});

describe('a body rendered on the body thread, as the build does', () => {
  it('is the HTML renderBody makes, notes included', async () => {
    const bodies = ['The Watch said so.<Cite id="watch-statement" /> Reported too.<Cite id="saltmarsh-courier" />\n', '## Who "claimed" it\n\nA -- B[^1].\n\n[^1]: A note.\n'];
    expect(await Promise.all(bodies.map((b) => renderBodyOffThread(b, options)))).toEqual(bodies.map((b) => renderBody(b, options)));
  });

  it('refuses, naming the file, what the guard refuses, and a note to a source the page does not list', async () => {
    await expect(renderBodyOffThread('Fine.\n\n<script>alert(1)</script>\n', options)).rejects.toThrow(/content\/events\/2022-07-20-raid\.mdx:3:1 <script> is not allowed/);
    await expect(renderBodyOffThread('Text.<Cite id="unknown" />\n', options)).rejects.toThrow(/names a source the page does not list/);
  });

  afterAll(() => endAllPools());
});
