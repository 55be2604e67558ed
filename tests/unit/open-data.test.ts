import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph.ts';
import { absoluteUrls, EVENT_COLUMNS, eventsCsv, eventsFeed, eventsJson, htmlText } from '../../src/lib/open-data.ts';
import type { SiteConfig } from '../../src/lib/schema.ts';
import { DEFAULT_MODEL } from '../../src/lib/site-config.ts';

const { actorSchema, eventSchema } = DEFAULT_MODEL.schemas;

const site = { title: 'Fixture <site> & co', description: 'd', language: 'en', base: '/', license: { content: 'CC BY 4.0', code: 'MIT' }, editors: [], vocabularies: {}, map: { highlight: [], borders: [], presets: [], countryLabels: {} }, places: { countryNames: {}, adminLevels: { countries: {} } } } as SiteConfig;
const abs = absoluteUrls('https://explainer.example', '/sub/');
const hostile = '</script><script>alert(1)</script> "quoted", ]]> & more';
const graph = buildGraph({
  actors: [{ id: 'group', data: actorSchema.parse({ name: 'Group', kind: 'armed-group', summary: 's' }) }],
  events: [
    { id: '2022-07-20-raid', data: eventSchema.parse({ title: hostile, summary: 'Line one,\nline two', date: '2022-07-20', kind: 'raid', location: { name: 'Kabul', country: 'AF', lat: 34.5553, lon: 69.2075, precision: 1 }, actors: [{ actor: 'group', role: 'perpetrator' }, { actor: 'group', role: 'claimant' }], sources: ['s1', 's2'] }) },
    { id: '2021-22-summer', data: eventSchema.parse({ title: 'Summer', summary: 's', date: '2021-22', kind: 'other', sources: ['s1'] }) },
  ],
  sources: [{ id: 's1', publisher: 'x', kind: 'news-report', date: '2022' }, { id: 's2', publisher: 'y', kind: 'other', date: '2022' }],
});

describe('events.csv', () => {
  const csv = eventsCsv(graph, abs);
  const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];

  it('parses with a CSV parser into one row per event, with the documented columns in order', () => {
    expect(Object.keys(rows[0]!)).toEqual(EVENT_COLUMNS.map(([c]) => c));
    expect(rows.map((r) => r.id)).toEqual(['2021-22-summer', '2022-07-20-raid']);
  });

  it('keeps commas, quotes, newlines and markup intact', () => {
    expect(rows[1]!.title).toBe(hostile);
  });

  it('writes dates with their precision and bounds, and actors with roles', () => {
    expect(rows[0]).toMatchObject({ date: '2021-22', date_min: '2021-06-01', date_max: '2021-08-31', precision: 'season', location_name: '', lat: '' });
    expect(rows[1]).toMatchObject({ actors: 'group:perpetrator;group:claimant', source_ids: 's1;s2', lat: '34.5553', geo_precision: '1', url: 'https://explainer.example/sub/events/2022-07-20-raid/' });
  });

  it('agrees with events.json on every column', () => {
    const json = eventsJson(graph, site, abs);
    expect(json.license).toBe('CC BY 4.0');
    for (const [i, row] of rows.entries()) {
      const event = json.events[i]!;
      for (const [column] of EVENT_COLUMNS) {
        if (column === 'actors') continue; // structured in JSON
        expect(String((event as Record<string, unknown>)[column]), column).toBe(row[column]);
      }
      expect(event.actors.map((a) => `${a.actor}:${a.role}`).join(';')).toBe(row.actors);
    }
  });
});

describe('the Atom feed', () => {
  const xml = eventsFeed(graph, site, abs, () => new Date('2026-11-20T00:00:00Z'), ['Fixture contributors']);

  it('is well-formed XML with an Atom feed root', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed.id).toBe('https://explainer.example/sub/');
    expect(doc.feed.title).toBe('Fixture <site> & co: events');
    expect(doc.feed.author.name).toBe('Fixture contributors');
    expect(doc.feed.entry).toHaveLength(2);
    for (const entry of doc.feed.entry) {
      expect(entry.id).toMatch(/^https:\/\/explainer\.example\/sub\/events\//);
      expect(entry.updated).toBe('2026-11-20T00:00:00.000Z');
    }
  });

  it('carries a hostile title as text, not markup, newest event first', () => {
    const doc = new XMLParser({ ignoreAttributes: false, cdataPropName: '__cdata' }).parse(xml);
    const title = doc.feed.entry[0].title;
    expect(title['@_type']).toBe('html');
    // Declared html: the markup is entity-escaped, so a reader shows it as text.
    expect(title.__cdata).toBe(htmlText(hostile));
    expect(title.__cdata).not.toContain('<script>');
  });
});
