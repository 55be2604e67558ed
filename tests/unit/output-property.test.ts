/**
 * Hostile text through every writer of the site: seeded random strings made of the pieces
 * that break formats (control characters, quotes, `</script>`, `]]>`, line breaks, formula
 * prefixes, RTL marks, LaTeX's specials, emoji) go into every text field of an entry, and
 * each output must still parse, strictly, and carry the string: exactly, or as the format's
 * documented treatment of it (SECURITY.md) says.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { bibtexEntry } from '../../src/lib/render/citation/bibtex.ts';
import { cslRecord } from '../../src/lib/render/citation/record.ts';
import { risRecord } from '../../src/lib/render/citation/ris.ts';
import { buildGraph, type Graph } from '../../src/lib/model/graph.ts';
import { jsonForScript } from '../../src/lib/render/json-script.ts';
import { eventLd, actorLd } from '../../src/lib/render/jsonld.ts';
import { lastName, personName } from '../../src/lib/render/citation/authors.ts';
import { worldAtlas, loadTopology } from '../../src/lib/figures/map/atlas.ts';
import { frameFor } from '../../src/lib/figures/map/frame.ts';
import { renderMap } from '../../src/lib/figures/map/render.ts';
import { buildNetwork } from '../../src/lib/figures/network/edges.ts';
import { starLayout } from '../../src/lib/figures/network/layout.ts';
import { renderNetwork } from '../../src/lib/figures/network/render.ts';
import { networkText } from '../../src/lib/figures/network/site-network.ts';
import { absoluteUrls, eventsCsv, eventsFeed } from '../../src/lib/render/open-data.ts';
import type { ActorData, EventData, SiteConfig } from '../../src/lib/content/schema.ts';
import { DEFAULT_MODEL } from '../../src/lib/content/site-config.ts';
import { renderTimelineSvg } from '../../src/lib/figures/timeline/render-svg.ts';
import { mulberry32 } from '../../scripts/corpus.ts';
import { parseCsv, parseHtml, parseXml, type XmlElement } from '../helpers/strict-parse.ts';
import { base as timelineBase, ev as timelineEvent } from './timeline-fixtures.ts';

const PIECES = [
  '</script>', '<script>alert(1)</script>', '<!--', '-->', ']]>', '<![CDATA[', '</svg>', '<b onclick="x">', '&amp;', '&#39;', '&', '<', '>',
  '"', "'", '`', '``', "''", '--', '---', '\n', '\r\n', '\r', '\t', '\n\n', '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085',
  '\u2028', '\u2029', '\u200e', '\u200f', '\u202e', '\u2066', '\u2069', '\u200d', '\ufeff', '\ufffe', '\uffff', '\u00a0',
  '=', '+', '-', '@', '=HYPERLINK("https://evil.example")', '+1+1', '@SUM(A1)', '-2',
  '{', '}', '{}', '\\', '\\textbf{x}', '%', '#', '$', '_', '^', '~', ',', ';', ':', ' and ', ' ', '  ',
  'ER  - ', 'TY  - JOUR', 'AU  - ',
  '😀', '👩‍👩‍👧', 'Запуск', 'حمله در بندر', '中文', 'Grayhaven',
];

function hostile(random: () => number): string {
  const n = 1 + Math.floor(random() * 8);
  let text = '';
  for (let i = 0; i < n; i++) text += PIECES[Math.floor(random() * PIECES.length)]!;
  return text;
}

const SAMPLES = (() => {
  // Seeded, so every run feeds the same strings.
  const random = mulberry32(20261202);
  return Array.from({ length: 150 }, () => ({
    title: hostile(random), summary: hostile(random), place: hostile(random), admin1: hostile(random), admin2: hostile(random),
    actor: hostile(random), editor: hostile(random),
  }));
})();

// ---- What each format documents it does to text (SECURITY.md), as functions of the input.

/** XML 1.0 cannot carry these at all, not even as references: each is written U+FFFD. */
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
/** What an XML parser gives back: illegal characters replaced, line ends normalised to LF. */
const asXml = (text: string) => text.replace(XML_ILLEGAL, '\ufffd').replace(/\r\n?/g, '\n');
/** An attribute value, which XML parsers normalise further: every tab, line end and CR a space. */
const asXmlAttribute = (text: string) => asXml(text).replace(/[\t\n]/g, ' ');
/** BibTeX and RIS: every control character and line separator a space, runs of spaces one, none at the ends. */
const spaced = (text: string) => text.replace(/[\p{Cc}\u2028\u2029]/gu, ' ').replace(/ {2,}/g, ' ').trim();
/** CSV: a cell that would start a formula gets a single quote (see csvCell). */
const asCsv = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

// ---- One entry with every text field set to a sample.

const { actorSchema, eventSchema } = DEFAULT_MODEL.schemas;
const site = {
  title: 'Fixture', description: 'd', language: 'en', base: '/', license: { content: 'CC BY 4.0', code: 'MIT' }, editors: [],
  vocabularies: {}, map: { highlight: [], borders: [], presets: [], countryLabels: {} }, places: { countryNames: {}, adminLevels: { countries: {} } },
} as unknown as SiteConfig;
const abs = absoluteUrls('https://explainer.example', '/');

type Sample = (typeof SAMPLES)[number];

function entry(s: Sample): Graph {
  // Parsed with plain values, then given the hostile ones: the writers must hold for any
  // string, whatever the content schema refuses.
  const actor: ActorData = { ...actorSchema.parse({ name: 'x', kind: 'armed-group', summary: 's', relations: [{ actor: 'other', type: 'opposes', sources: ['s1'] }] }), name: s.actor, summary: s.summary };
  const parsed = eventSchema.parse({
    title: 'x', summary: 'x', date: '2022-07-20', kind: 'raid',
    location: { name: 'x', admin1: 'x', admin2: 'x', country: 'PT', lat: 39.6012, lon: -8.4051, precision: 1 },
    actors: [{ actor: 'group', role: 'perpetrator' }], sources: ['s1'],
  });
  const event: EventData = { ...parsed, title: s.title, summary: s.summary, location: { ...parsed.location!, name: s.place, admin1: s.admin1, admin2: s.admin2 } };
  return buildGraph({
    actors: [{ id: 'group', data: actor }, { id: 'other', data: actorSchema.parse({ name: 'Other', kind: 'government', summary: 's' }) }],
    events: [{ id: '2022-07-20-raid', data: event }],
    sources: [{ id: 's1', publisher: 'x', kind: 'news-report', date: '2022' }],
  });
}

const texts = (elements: XmlElement[]) => elements.map((e) => e.text);
const attributeValues = (elements: XmlElement[]) => elements.flatMap((e) => Object.values(e.attributes));

describe.each(SAMPLES.map((s, i) => [i, s] as const))('hostile entry %i', (_, s) => {
  const graph = entry(s);
  const event = graph.eventsByDate[0]!;

  it('events.csv parses into one row carrying every field, neutralised against formulas', () => {
    const rows = parseCsv(eventsCsv(graph, abs, DEFAULT_MODEL.vocabularies));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: asCsv(s.title), location_name: asCsv(s.place), admin1: asCsv(s.admin1), admin2: asCsv(s.admin2), lat: '39.6012' });
  });

  it('JSON-LD stays one script element in the page and parses back to the same values', () => {
    const ld = { url: 'https://explainer.example/e/', modified: new Date(0), language: 'en', siteName: s.editor };
    for (const [value, name] of [[eventLd(event, ld), s.title], [actorLd(graph.actors.get('group')!, undefined, ld, DEFAULT_MODEL.vocabularies.actorKinds), s.actor]] as const) {
      const $ = parseHtml(`<!doctype html><html><head><script type="application/ld+json">${jsonForScript(value)}</script></head><body><p>after</p></body></html>`);
      expect($('script')).toHaveLength(1);
      expect($('body p').text()).toBe('after');
      const back = JSON.parse($('script').text());
      expect(back).toEqual(JSON.parse(JSON.stringify(value)));
      expect(back.name).toBe(name);
    }
    expect((eventLd(event, ld) as { location: { name: string } }).location.name).toBe(s.place);
  });

  it('the Atom feed is well-formed XML whose entry carries the title as HTML text', () => {
    const xml = eventsFeed(graph, { ...site, title: s.editor }, abs, () => new Date('2026-11-20T00:00:00Z'), [s.editor], DEFAULT_MODEL.i18n);
    const elements = parseXml(xml);
    const entryTitle = elements.find((e, i) => e.name === 'title' && elements.slice(0, i).some((p) => p.name === 'entry'))!;
    expect(entryTitle.attributes.type).toBe('html');
    // Declared html: a reader parses the text as HTML and shows what it says.
    expect(parseHtml(`<p>${entryTitle.text}</p>`)('p').text()).toBe(asXml(s.title));
    expect(elements.filter((e) => e.name === 'entry')).toHaveLength(1);
    expect(elements.find((e) => e.name === 'name')!.text).toBe(asXml(s.editor));
  });

  it('the map, the network and the timeline are well-formed SVG, in a page and alone, naming the entry', () => {
    const atlas = ATLAS;
    const map = renderMap(atlas, [{
      id: event.id, title: s.title, href: '/events/x/', when: s.summary, min: 0, max: 1, kind: 'raid', actors: ['group'], country: 'PT', place: s.place, lat: 39.6012, lon: -8.4051, precision: 1,
    }], { frame: FRAME, id: 'm', title: s.editor, description: s.summary, countryName: (c) => c }).svg;
    const links = { actor: (id: string) => `/actors/${id}/`, source: (id: string) => `/sources/#${id}`, sourceLabel: () => s.summary, dateWords: (edtf: string) => edtf };
    const network = buildNetwork(graph, links);
    const net = renderNetwork(network, starLayout(network, 'group', { width: 300, height: 200 }), { width: 300, height: 200, id: 'n', title: s.editor, description: s.summary, edgeHref: () => '#', ...networkText(DEFAULT_MODEL) });
    const timeline = renderTimelineSvg([timelineEvent('x', '2022-07-20', 'attack', ['guild'], s.title)], { ...timelineBase, title: s.editor, description: s.summary });
    for (const [svg, named] of [[map, s.title], [net, s.actor], [timeline, s.title]] as const) {
      const elements = parseXml(svg);
      expect(elements[0]!.name).toBe('svg');
      expect(elements.map((e) => e.name)).not.toContain('script');
      expect(elements.flatMap((e) => Object.keys(e.attributes)).filter((a) => /^on/i.test(a))).toEqual([]);
      expect([...texts(elements), ...attributeValues(elements)].some((t) => t.includes(asXmlAttribute(named)) || t.includes(asXml(named)))).toBe(true);
      expect(texts(elements).some((t) => t === asXml(s.editor))).toBe(true);
      // Inline in HTML, as the pages have it: one svg, no script, and the page goes on after it.
      const $ = parseHtml(`<!doctype html><body><figure>${svg}</figure><p id="after">after</p></body>`);
      expect($('svg')).toHaveLength(1);
      expect($('script')).toHaveLength(0);
      expect($('#after').parent().is('body')).toBe(true);
    }
  });

  it('BibTeX parses, in two parsers, with the title and editor as written, white space folded', () => {
    const record = cslRecord({ title: s.place, editors: [s.editor], language: 'en' }, { key: 'events/x', title: s.title, url: 'https://explainer.example/events/x/', updated: new Date(0), accessed: new Date(0) });
    const bibtex = bibtexEntry(record);
    const parsed = parseBibtex(bibtex, { english: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(1);
    const fields = parsed.entries[0]!.fields;
    expect(fields.title ?? '').toBe(spaced(s.title));
    // A name of nothing but white space is no name; a person's comes back in its parts, anything else whole.
    const person = personName(s.editor);
    const expected = !spaced(s.editor) ? [] : person ? [{ lastName: lastName(person), ...(person.given ? { firstName: person.given } : {}), ...(person.suffix ? { suffix: person.suffix } : {}) }] : [{ name: spaced(s.editor) }];
    expect(fields.author ?? []).toEqual(expected);
    expect(fields.howpublished ?? '').toBe(spaced(s.place));
    expect(fields.url).toBe(record.URL);
  });

  it('RIS is one record, every line a tag, and citation-js reads the title back', () => {
    const record = cslRecord({ title: s.place, editors: [s.editor], language: 'en' }, { key: 'events/x', title: s.title, url: 'https://explainer.example/events/x/', updated: new Date(0), accessed: new Date(0) });
    const ris = risRecord(record);
    const lines = ris.split('\n');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines.filter((l) => /^(TY|ER) {2}- /.test(l)).map((l) => l.slice(0, 2))).toEqual(['TY', 'ER']);
    expect(lines.find((l) => l.startsWith('TI  - '))).toBe(`TI  - ${spaced(s.title)}`);
    const back = new Cite(ris).data as { title?: string }[];
    expect(back).toHaveLength(1);
    expect(back[0]!.title ?? '').toBe(spaced(s.title));
  });
});

const ATLAS = worldAtlas(loadTopology('110m'));
const FRAME = frameFor([[-11, 31], [1, 44]], undefined, 480, 373, 6);
