import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/model/graph.ts';
import { absoluteUrls, eventColumnNames, eventColumns, eventsCsv, eventsFeed, eventsJson, htmlText } from '../../src/lib/render/open-data.ts';
import { siteSchema, type SiteConfig } from '../../src/lib/content/schema.ts';
import { DEFAULT_MODEL, siteModel } from '../../src/lib/content/site-config.ts';

const { actorSchema, eventSchema } = DEFAULT_MODEL.schemas;
const { vocabularies } = DEFAULT_MODEL;
const COLUMNS = eventColumnNames(vocabularies);

const site = { title: 'Fixture <site> & co', description: 'd', language: 'en', base: '/', branch: 'main', license: { content: 'CC BY 4.0', code: 'MIT' }, editors: [], revisions: true, citationStyle: 'apa', shareCards: true, listPageSize: 100, vocabularies: {}, map: { highlight: [], borders: [], presets: [], countryLabels: {} }, places: { countryNames: {}, adminLevels: { countries: {} } } } as SiteConfig;
const abs = absoluteUrls('https://explainer.example', '/sub/');
const hostile = '</script><script>alert(1)</script> "quoted", ]]> & more';
const graph = buildGraph({
  actors: [{ id: 'group', data: actorSchema.parse({ name: 'Group', kind: 'armed-group', summary: 's' }) }],
  events: [
    { id: '2022-07-20-raid', data: { ...eventSchema.parse({ title: hostile, summary: 's', date: '2022-07-20', kind: 'raid', location: { name: 'Grayhaven', country: 'PT', lat: 39.6012, lon: -8.4051, precision: 1 }, actors: [{ actor: 'group', role: 'perpetrator', according: 's1' }, { actor: 'group', role: 'announced' }], figures: [{ type: 'killed', count: 3, according: 'group' }, { type: 'killed', min: 51, wording: 'more than 50', according: 's1' }, { type: 'wounded', min: 2, max: 4, according: 's2' }, { type: 'detained', max: 20, according: 's1' }], sources: ['s1', 's2'] }), summary: 'Line one,\nline two' } },
    { id: '2021-22-summer', data: eventSchema.parse({ title: 'Summer', summary: 's', date: '2021-22', kind: 'other', sources: ['s1'] }) },
    { id: '2021-06-within', data: eventSchema.parse({ title: 'Within', summary: 's', date: '[2021-06..2022-12]', dateInferred: 'year', kind: 'attack', sources: ['s1'] }) },
    { id: '2021-06-lasted', data: eventSchema.parse({ title: 'Lasted', summary: 's', date: '2021-06/2022-12', kind: 'other', sources: ['s1'] }) },
  ],
  sources: [{ id: 's1', publisher: 'x', kind: 'news-report', date: '2022' }, { id: 's2', publisher: 'y', kind: 'other', date: '2022' }],
});

describe('events.csv', () => {
  const csv = eventsCsv(graph, abs, vocabularies);
  const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];

  it('parses with a CSV parser into one row per event, with the documented columns in order', () => {
    expect(Object.keys(rows[0]!)).toEqual(COLUMNS);
    expect(COLUMNS).toEqual(['id', 'title', 'date', 'date_min', 'date_max', 'precision', 'date_kind', 'date_inferred', 'kind', 'location_name', 'admin1', 'admin2', 'country', 'body', 'lat', 'lon', 'geo_precision', 'actors',
      'figure_killed', 'figure_wounded', 'figure_detained', 'figure_captured', 'source_ids', 'url']);
    expect(rows.map((r) => r.id)).toEqual(['2021-22-summer', '2021-06-lasted', '2021-06-within', '2022-07-20-raid']);
  });

  it('says whether a date\'s two bounds are a duration or a range it lies within, and what was inferred', () => {
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row('2021-06-within')).toMatchObject({ date: '[2021-06..2022-12]', date_min: '2021-06-01', date_max: '2022-12-31', date_kind: 'within', date_inferred: 'year' });
    expect(row('2021-06-lasted')).toMatchObject({ date_min: '2021-06-01', date_max: '2022-12-31', date_kind: 'lasted', date_inferred: '' });
    expect(row('2021-22-summer')).toMatchObject({ date_kind: 'point' });
  });

  it('keeps commas, quotes, newlines and markup intact', () => {
    expect(rows.find((r) => r.id === '2022-07-20-raid')!.title).toBe(hostile);
  });

  it('writes dates with their precision and bounds, and actors with roles and whose account a role is', () => {
    expect(rows[0]).toMatchObject({ date: '2021-22', date_min: '2021-06-01', date_max: '2021-08-31', precision: 'season', location_name: '', lat: '' });
    expect(rows[3]).toMatchObject({ actors: 'group:perpetrator:s1;group:announced', source_ids: 's1;s2', lat: '39.6012', geo_precision: '1', url: 'https://explainer.example/sub/events/2022-07-20-raid/' });
  });

  it('writes each figure type in its own column, every figure with whose it is', () => {
    expect(rows[3]).toMatchObject({ figure_killed: '3:group;51..:s1', figure_wounded: '2..4:s2', figure_detained: '..20:s1', figure_captured: '' });
    expect(rows[0]).toMatchObject({ figure_killed: '', figure_wounded: '' });
  });

  it('agrees with events.json on every column', () => {
    const json = eventsJson(graph, site, abs, vocabularies, DEFAULT_MODEL.i18n);
    expect(json.license).toBe('CC BY 4.0');
    for (const [i, row] of rows.entries()) {
      const event = json.events[i]!;
      for (const column of COLUMNS) {
        if (column === 'actors') continue; // structured in JSON
        expect(String((event as Record<string, unknown>)[column]), column).toBe(row[column]);
      }
      expect(event.actors.map((a) => [a.actor, a.role, ...(a.according ? [a.according] : [])].join(':')).join(';')).toBe(row.actors);
    }
    expect(json.events[3]!.figures[1]).toEqual({ type: 'killed', min: 51, wording: 'more than 50', according: 's1' });
  });
});

describe('the columns of a site\'s own vocabularies', () => {
  const own = siteModel(siteSchema.parse({
    title: 't', description: 'd', language: 'en',
    vocabularies: {
      eventKinds: { replace: true, values: { launch: { label: 'Rocket launch' }, landing: { label: 'Landing' } } },
      roles: { replace: true, values: { crew: { label: 'crew member' } } },
      figureTypes: { replace: true, values: { 'lunar-samples': { label: 'lunar samples', unit: 'kg' }, orbits: { label: 'orbits' } } },
    },
  }));
  const columns = eventColumns(own);

  it('are a column per figure type of the site, in the vocabulary\'s order, and none of the defaults', () => {
    expect(columns.map((c) => c.name)).toEqual(eventColumnNames(own.vocabularies));
    expect(columns.map((c) => c.name).filter((c) => c.startsWith('figure_'))).toEqual(['figure_lunar_samples', 'figure_orbits']);
  });

  it('document the site\'s codes with their labels and units', () => {
    const meaning = Object.fromEntries(columns.map((c) => [c.name, c.meaning]));
    // A label that only capitalises its code is not repeated.
    expect(meaning.kind).toBe('`launch` (Rocket launch) or `landing`.');
    expect(meaning.actors).toContain('Roles: `crew` (crew member).');
    expect(meaning.figure_lunar_samples).toBe('Figures of lunar samples in kg: "number:whose" (an actor or source id), separated by semicolons; number: 3, 2..4, 51.. (at least) or ..20 (up to).');
    expect(meaning.figure_orbits).toBe('As figure_lunar_samples, for orbits.');
    for (const c of columns) expect(c.meaning).not.toMatch(/attack|perpetrator|killed/);
  });

  it('are documented in the site\'s language', () => {
    const ru = siteModel(siteSchema.parse({ title: 't', description: 'd', language: 'ru', vocabularies: { eventKinds: { replace: true, values: { launch: { label: 'Запуск' }, landing: { label: 'Посадка' } } } } }));
    const kind = eventColumns(ru).find((c) => c.name === 'kind')!;
    expect(kind.meaning).toBe('Тип события: `launch` (Запуск) или `landing` (Посадка).');
  });
});

describe('the Atom feed', () => {
  const xml = eventsFeed(graph, site, abs, () => new Date('2026-11-20T00:00:00Z'), ['Fixture contributors'], DEFAULT_MODEL.i18n);

  it('is well-formed XML with an Atom feed root', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed.id).toBe('https://explainer.example/sub/');
    expect(doc.feed.title).toBe('Fixture <site> & co: events');
    expect(doc.feed.author.name).toBe('Fixture contributors');
    expect(doc.feed.entry).toHaveLength(4);
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

  it('is worded in the site\'s language: title, rights and each entry\'s date', () => {
    const russian = siteModel({ ...site, language: 'ru' });
    const doc = new XMLParser({ ignoreAttributes: false, cdataPropName: '__cdata' }).parse(eventsFeed(graph, { ...site, language: 'ru' }, abs, () => new Date('2026-11-20T00:00:00Z'), ['Авторы'], russian.i18n));
    expect(doc.feed.title).toBe('Fixture <site> & co: события');
    expect(doc.feed.rights).toBe('Текст — по лицензии CC BY 4.0');
    expect(doc.feed.entry[0].summary.__cdata).toMatch(/^20 июля 2022 г\. — /);
    expect(eventsJson(graph, site, abs, vocabularies, russian.i18n).title).toBe('Fixture <site> & co: события');
  });
});
