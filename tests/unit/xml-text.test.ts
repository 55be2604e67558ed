import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/model/graph.ts';
import { absoluteUrls, eventsFeed } from '../../src/lib/render/open-data.ts';
import type { SiteConfig } from '../../src/lib/content/schema.ts';
import { DEFAULT_MODEL } from '../../src/lib/content/site-config.ts';
import { esc } from '../../src/lib/figures/svg.ts';
import { xmlChars } from '../../src/lib/render/xml-chars.ts';
import { parseXml } from '../helpers/strict-parse.ts';

describe('characters XML cannot carry', () => {
  it('are each written as U+FFFD: C0 controls, U+FFFE, U+FFFF and lone surrogates', () => {
    expect(xmlChars('a\u0000b\u0008c\u000bd\u000ce\u001ff\ufffeg\uffffh\ud800i\udc00')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg\ufffdh\ufffdi\ufffd');
  });

  it('leave tab, line ends, emoji, RTL marks and every script alone', () => {
    const fine = 'a\tb\nc\rd 😀 \u200f\u202eبندر Запуск \u0085\u2028';
    expect(xmlChars(fine)).toBe(fine);
  });

  it('make no SVG text ill-formed', () => {
    expect(() => parseXml(`<svg><title>${esc('bell\u0007 </svg>')}</title></svg>`)).not.toThrow();
    expect(parseXml(`<svg aria-label="${esc('a\u0001"b')}"/>`)[0]!.attributes['aria-label']).toBe('a\ufffd"b');
  });
});

describe('the feed\'s own text', () => {
  const { eventSchema } = DEFAULT_MODEL.schemas;
  const graph = buildGraph({
    actors: [],
    events: [{ id: '2022-07-20-x', data: { ...eventSchema.parse({ title: 'x', summary: 's', date: '2022-07-20', kind: 'raid', sources: ['s1'] }), title: 'Tom &amp; Jerry\u0001' } }],
    sources: [{ id: 's1', publisher: 'x', kind: 'news-report', date: '2022' }],
  });
  const site = { title: 'Q &amp; A \u0002', description: 'd &lt; e', language: 'en', license: { content: 'CC BY 4.0' } } as SiteConfig;
  const elements = parseXml(eventsFeed(graph, site, absoluteUrls('https://x.example', '/'), () => new Date(0), ['Ed &amp; Co'], DEFAULT_MODEL.i18n));
  const text = (name: string) => elements.find((e) => e.name === name)!.text;

  it('keeps an "&amp;" the site wrote as those five characters, not as "&"', () => {
    expect(text('title')).toBe('Q &amp; A \ufffd: events');
    expect(text('name')).toBe('Ed &amp; Co');
    expect(text('subtitle')).toBe('d &lt; e');
  });

  it('gives an entry title its own text when read as HTML', () => {
    const entryTitle = elements.filter((e) => e.name === 'title')[1]!;
    expect(entryTitle.text).toBe('Tom &amp;amp; Jerry\ufffd');
  });
});
