import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { beforeAll, describe, expect, it } from 'vitest';
import { bibtexText, bibtexUrl } from '../../src/lib/render/citation/bibtex.ts';
import { formatCitations } from '../../src/lib/render/citation/formats.ts';
import { cslRecord } from '../../src/lib/render/citation/record.ts';
const page = {
  key: 'events/2022-07-20-raid',
  url: 'https://explainer.example/events/2022-07-20-raid/',
  updated: new Date('2026-11-20T10:00:00Z'),
  accessed: new Date('2026-11-26T09:00:00Z'),
};
const cite = (title: string, editors: string[] = [], siteTitle = 'Fixture explainer') =>
  formatCitations(cslRecord({ title: siteTitle, editors, language: 'en' }, { ...page, title }));

// The first call registers the CSL styles and builds their engines: setup, not the test's time.
beforeAll(() => cite('warm-up'), 60_000);

/** What BibTeX and RIS readers make of white space: runs of it are one space. */
const spaced = (text: string) => text.replace(/[\s\p{Cc}\u2028\u2029]+/gu, ' ').trim();

/** The RIS records of a text, each a map of tag to values, read the way RIS readers read lines. */
function risRecords(ris: string): Map<string, string[]>[] {
  const records: Map<string, string[]>[] = [];
  for (const line of ris.split(/\r?\n/)) {
    const tag = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!tag) continue;
    if (tag[1] === 'TY') records.push(new Map());
    const values = records.at(-1)!.get(tag[1]!) ?? [];
    records.at(-1)!.set(tag[1]!, [...values, tag[2]!]);
  }
  return records;
}

const FORGED = 'Raid\nER  - \nTY  - JOUR\nTI  - Forged record\nAU  - Someone';

describe('RIS', () => {
  it('keeps a title with line breaks in its one record, so no second record is forged', async () => {
    const { ris } = await cite(FORGED);
    const records = risRecords(ris);
    expect(records).toHaveLength(1);
    expect(records[0]!.get('TI')).toEqual([spaced(FORGED)]);
    expect(records[0]!.get('AU')).toEqual(['Fixture explainer,']);
  });

  it('writes every tag on one line: a long title is not wrapped onto a line of its own', async () => {
    // Wrapped after 70 characters, this title would put "ER  - " at the start of a line.
    const title = `${'x'.repeat(70)}ER  - ${'y'.repeat(64)}TY  - JOUR`;
    const { ris } = await cite(title);
    const lines = ris.split('\n');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines.filter((l) => l.startsWith('TY  - '))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('ER  - '))).toEqual(['ER  - ']);
    expect(risRecords(ris)[0]!.get('TI')).toEqual([spaced(title)]);
  });

  it('keeps an emoji whole however long the title', async () => {
    const title = `${'a'.repeat(69)}😀 and more`;
    const { ris } = await cite(title);
    expect(ris).toContain(`TI  - ${title}`);
    expect(ris.isWellFormed()).toBe(true);
  });

  it('is read back by citation-js\'s RIS parser as the same one record', async () => {
    const title = `${FORGED} {braces} "quotes" </script> \u200f«عنوان»\u200f 😀`;
    const { ris } = await cite(title, ['Ed { itor', 'Two\nAU  - Three']);
    const [record, ...more] = new Cite(ris).data as Record<string, unknown>[];
    expect(more).toEqual([]);
    expect(record!.title).toBe(spaced(title));
    // Neither is a person's name: each stays one name, nothing after its comma.
    expect(record!.author).toEqual([{ family: 'Ed { itor', given: '' }, { family: 'Two AU - Three', given: '' }]);
    expect(record!.URL).toBe(page.url);
  });
});

describe('BibTeX', () => {
  const NASTY = 'Braces {a} } { \\ % # & $ _ ^ ~ <i>not markup</b> </script> ]]>';

  it('escapes LaTeX\'s special characters, so the title comes back as written', async () => {
    const { bibtex } = await cite(NASTY);
    const parsed = parseBibtex(bibtex, { english: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.entries[0]!.fields.title).toBe(NASTY);
  });

  it('escapes braces in an editor\'s name, which would otherwise end the author field', async () => {
    const { bibtex } = await cite('Title', ['Ed { itor', 'A } B', 'Smith and Jones, Jr']);
    const parsed = parseBibtex(bibtex, { english: false });
    expect(parsed.errors).toEqual([]);
    // The first two are not persons' names and stay whole; the third is a family and a given name, and "and" does not split it.
    expect(parsed.entries[0]!.fields.author).toEqual([{ name: 'Ed { itor' }, { name: 'A } B' }, { lastName: 'Smith and Jones', firstName: 'Jr' }]);
    expect(parsed.entries[0]!.fields.title).toBe('Title');
  });

  it('keeps letters of every script and the marks of right-to-left text', async () => {
    const title = 'Запуск «Союза» — \u200fحمله در بندر\u200f 😀';
    const { bibtex } = await cite(title, [], 'Сайт');
    const parsed = parseBibtex(bibtex, { english: false });
    expect(parsed.entries[0]!.fields.title).toBe(title);
    expect(parsed.entries[0]!.fields.howpublished).toBe('Сайт');
  });

  it('keeps a line break in a title from making a paragraph', async () => {
    const { bibtex } = await cite('One\n\nTwo');
    expect(bibtex).not.toMatch(/\n\s*\n/);
    expect(parseBibtex(bibtex, { english: false }).entries[0]!.fields.title).toBe('One Two');
  });

  it('is read back by citation-js\'s BibTeX parser with the same title, authors and address', async () => {
    const { bibtex } = await cite(NASTY, ['Ed { itor']);
    const [record, ...more] = new Cite(bibtex).data as Record<string, unknown>[];
    expect(more).toEqual([]);
    expect(record!.title).toBe(NASTY);
    expect(record!.author).toEqual([{ family: 'Ed { itor' }]);
    expect(record!.URL).toBe(page.url);
    // To the day: citation-js reads biblatex's `date`, not only BibTeX's year and month.
    expect(record!.issued).toEqual({ 'date-parts': [[2026, 11, 20]] });
  });

  it('writes an address with what would unbalance the field percent-encoded', () => {
    expect(bibtexUrl('https://x.example/a{b}\\c d')).toBe('https://x.example/a%7Bb%7D%5Cc%20d');
    expect(bibtexUrl('https://x.example/a_b%20c#x')).toBe('https://x.example/a_b%20c#x');
  });

  it('escapes each special character as text that prints it', () => {
    expect(bibtexText('\\{}%#&$_^~<>')).toBe('\\textbackslash{}\\{\\}\\%\\#\\&\\$\\_\\textasciicircum{}\\textasciitilde{}\\textless{}\\textgreater{}');
  });
});

describe('CSL-JSON', () => {
  it('is JSON that parses back to the record, whatever the title holds', async () => {
    const title = `${FORGED} ${'"\\'} </script> \u2028\u2029 \u0000`;
    const { 'csl-json': csl } = await cite(title);
    expect(JSON.parse(csl)[0].title).toBe(title);
  });
});
