import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/model/graph.ts';
import { absoluteUrls, csvCell, eventsCsv, eventsJson } from '../../src/lib/render/open-data.ts';
import type { SiteConfig } from '../../src/lib/content/schema.ts';
import { DEFAULT_MODEL } from '../../src/lib/content/site-config.ts';

const { actorSchema, eventSchema } = DEFAULT_MODEL.schemas;
const { vocabularies } = DEFAULT_MODEL;
const abs = absoluteUrls('https://explainer.example', '/');

/** Titles a spreadsheet would run as formulas if written verbatim (OWASP's CSV injection list). */
const FORMULAS = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tTab first', '\rCR first'];

const graph = buildGraph({
  actors: [{ id: 'group', data: actorSchema.parse({ name: 'Group', kind: 'armed-group', summary: 's' }) }],
  events: FORMULAS.map((title, i) => ({
    id: `2022-07-${String(10 + i)}-e`,
    // The title is set after parsing: the writer must hold for any string, whatever the schema refuses.
    data: { ...eventSchema.parse({
      title: 'x', summary: 's', date: `2022-07-${String(10 + i)}`, kind: 'raid',
      // A place in the southern and western hemispheres: its coordinates are negative numbers.
      location: { name: i === 0 ? '=cmd|"/c calc"!A1' : 'Place', country: 'BR', lat: -22.9068, lon: -43.1729, precision: 1 },
      actors: [{ actor: 'group', role: 'perpetrator' }], sources: ['s1'],
    }), title },
  })),
  sources: [{ id: 's1', publisher: 'x', kind: 'news-report', date: '2022' }],
});

describe('events.csv against spreadsheet formula injection', () => {
  const csv = eventsCsv(graph, abs, vocabularies);
  const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];

  it('starts no text cell with a character a spreadsheet reads as a formula', () => {
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (column === 'lat' || column === 'lon') continue;
        expect(value, `${column}: ${value}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it('keeps the text after one leading single quote, so the title is still there to read', () => {
    expect(rows.map((r) => r.title)).toEqual(FORMULAS.map((t) => `'${t}`));
    expect(rows[0]!.location_name).toBe('\'=cmd|"/c calc"!A1');
  });

  it('writes every neutralised cell inside quotes', () => {
    expect(csv).toContain('"\'=HYPERLINK(""https://evil.example"",""x"")"');
    expect(csv).toContain('"\'+1+1"');
  });

  it('keeps negative coordinates as numbers', () => {
    for (const row of rows) expect([row.lat, row.lon]).toEqual(['-22.9068', '-43.1729']);
  });

  it('leaves events.json as the content wrote it', () => {
    const json = eventsJson(graph, { title: 't', license: { content: 'CC BY 4.0' } } as SiteConfig, abs, vocabularies, DEFAULT_MODEL.i18n);
    expect(json.events.map((e) => (e as unknown as Record<string, string>).title)).toEqual(FORMULAS);
  });
});

describe('a CSV cell', () => {
  it('is prefixed with a single quote when it starts with = + - @ tab or carriage return', () => {
    expect(['=1', '+1', '-1', '@a', '\ta', '\ra'].map((v) => csvCell(v, 'title'))).toEqual(["'=1", "'+1", "'-1", "'@a", "'\ta", "'\ra"]);
  });

  it('is left alone otherwise, a quote or a space first included', () => {
    for (const v of ['', 'Grayhaven', "'=1", ' =1', '1-2', 'a=b', '..20:s1']) expect(csvCell(v, 'title')).toBe(v);
  });

  it('keeps a number in a numeric column, and neutralises anything else there', () => {
    expect(csvCell('-12.5', 'lat')).toBe('-12.5');
    expect(csvCell('-0.25', 'lon')).toBe('-0.25');
    // How JavaScript writes a very small coordinate.
    expect(csvCell(String(-0.0000001), 'lat')).toBe('-1e-7');
    expect(csvCell('-1+1', 'lat')).toBe("'-1+1");
    // The same number in a text column is text: it is neutralised like any other.
    expect(csvCell('-12.5', 'title')).toBe("'-12.5");
  });
});
