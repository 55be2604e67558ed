/**
 * The table of citation formats (cite-formats.ts) is the one list of them: the formatter
 * makes exactly its formats, each has a label in every catalogue, and each key gives the
 * block an id no other format has.
 */
import { describe, expect, it } from 'vitest';
import { citeAnchor, CITE_FORMATS } from '../../src/lib/render/citation/cite-formats.ts';
import { formatCitations } from '../../src/lib/render/citation/formats.ts';
import { cslRecord } from '../../src/lib/render/citation/record.ts';
import { CATALOGUES } from '../../src/lib/i18n/catalogue.ts';
import { ID_PATTERN } from '../../src/lib/content/schema.ts';

const site = { title: 'Fixture explainer', editors: [] as string[], language: 'en' };
const page = { key: 'events/2022-01-01-example', title: 'An example event', url: 'https://explainer.example/events/2022-01-01-example/', updated: new Date('2026-11-20T10:00:00Z'), accessed: new Date('2026-11-26T09:00:00Z') };

describe('the citation formats table', () => {
  it('is what the formatter makes: every format of the table, non-empty, and no other', async () => {
    const { locale, ...citations } = await formatCitations(cslRecord(site, page));
    expect(locale).toBe('en-US');
    expect(Object.keys(citations).sort()).toEqual(CITE_FORMATS.map((f) => f.key).sort());
    for (const { key } of CITE_FORMATS) expect(citations[key].trim(), key).not.toBe('');
  });

  it('makes a note and a bibliography entry of one style that differ', async () => {
    const c = await formatCitations(cslRecord(site, page));
    const notes = CITE_FORMATS.filter((f) => 'as' in f.made && f.made.as === 'note');
    for (const n of notes) {
      const entry = CITE_FORMATS.find((f) => 'as' in f.made && f.made.as === 'bibliography' && f.made.style === (n.made as { style: string }).style)!;
      expect(c[n.key]).not.toBe(c[entry.key]);
    }
  });

  it('gives each format a distinct key, an id-shaped anchor and a label in every catalogue', () => {
    const keys = CITE_FORMATS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { key, label } of CITE_FORMATS) {
      expect(citeAnchor(key)).toMatch(ID_PATTERN);
      for (const [language, messages] of Object.entries(CATALOGUES)) expect(messages[label], `${language} ${label}`).toBeTruthy();
    }
  });
});
