/**
 * The author of a citation comes back from every format as the one organisation (the site)
 * or the persons (its editors) it names, read by real parsers and by reference managers' own
 * name rules: citation-js (BibTeX and RIS), @retorquere/bibtex-parser, and Zotero's RIS and
 * Highwire readers (tests/helpers/reference-readers.ts).
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { citationAuthors, highwireAuthor, personName, risAuthor, cslName } from '../../src/lib/render/citation/authors.ts';
import { formatCitations } from '../../src/lib/render/citation/formats.ts';
import { cslRecord } from '../../src/lib/render/citation/record.ts';
import { zoteroCleanAuthor, zoteroHighwireCreators, zoteroRisCreator } from '../helpers/reference-readers.ts';

const page = {
  key: 'events/1969-07-20-landing',
  title: 'The landing',
  url: 'https://explainer.example/events/1969-07-20-landing/',
  updated: new Date('2026-11-20T10:00:00Z'),
  accessed: new Date('2026-11-26T09:00:00Z'),
};
const cite = (site: { title: string; editors: string[]; language: string }) => formatCitations(cslRecord(site, page));
const risAuthors = (ris: string) => ris.split('\n').filter((l) => l.startsWith('AU  - ')).map((l) => l.slice(6));

describe('a site without editors is cited as one organisation, in English and in Russian', () => {
  for (const site of [
    { title: 'Fixture explainer', editors: [], language: 'en' },
    { title: '«Аполлон-11» и «Луна-15»: июль 1969 года', editors: [], language: 'ru' },
  ]) {
    it(`${site.language}: CSL-JSON, BibTeX (two parsers), RIS (citation-js and Zotero) and Highwire (Zotero) each name "${site.title}" whole`, async () => {
      const c = await cite(site);
      expect(JSON.parse(c['csl-json'])[0].author).toEqual([{ literal: site.title }]);

      const bib = parseBibtex(c.bibtex, { english: false });
      expect(bib.errors).toEqual([]);
      expect(bib.entries[0]!.fields.author).toEqual([{ name: site.title }]);
      const [fromBibtex] = new Cite(c.bibtex).data as { author: unknown }[];
      expect(fromBibtex!.author).toEqual([{ family: site.title }]);

      expect(risAuthors(c.ris).map(zoteroRisCreator)).toEqual([{ lastName: site.title, fieldMode: 1 }]);
      const [fromRis] = new Cite(c.ris).data as { author: unknown; 'container-title'?: string }[];
      expect(fromRis!.author).toEqual([{ family: site.title, given: '' }]);

      const tags = citationAuthors(site).map((a) => highwireAuthor(a)!);
      expect(zoteroHighwireCreators(tags, site.language)).toEqual([{ lastName: site.title }]);
    });
  }

  it('needs the comma after the name: without it Zotero would take the last word for a family name', () => {
    expect(zoteroCleanAuthor('Fixture explainer', false)).toEqual({ lastName: 'explainer', firstName: 'Fixture' });
    expect(zoteroRisCreator('Fixture explainer,')).toEqual({ lastName: 'Fixture explainer', fieldMode: 1 });
  });

  it('leaves out the RIS and Highwire author of a site whose name holds a comma, which every RIS reader and Zotero would split, and names it everywhere else', async () => {
    const site = { title: 'Fixture, an explainer', editors: [], language: 'en' };
    // What the readers would make of it: a family name "Fixture" and a given name.
    expect(zoteroRisCreator('Fixture, an explainer,')).toEqual({ lastName: 'Fixture', firstName: 'an explainer,' });
    expect(zoteroHighwireCreators(['Fixture, an explainer,'])).toEqual([{ lastName: 'Fixture', firstName: 'an explainer' }]);
    expect(highwireAuthor(citationAuthors(site)[0]!)).toBeUndefined();
    const c = await cite(site);
    expect(risAuthors(c.ris)).toEqual([]);
    expect(c.ris).toContain('T2  - Fixture, an explainer');
    expect(parseBibtex(c.bibtex, { english: false }).entries[0]!.fields.author).toEqual([{ name: 'Fixture, an explainer' }]);
    expect(JSON.parse(c['csl-json'])[0].author).toEqual([{ literal: 'Fixture, an explainer' }]);
    expect(c.apa).toMatch(/^Fixture, an explainer\. \(2026, November 20\)\. The landing\. https:/);
  });
});

describe('editors are cited as persons', () => {
  const site = { title: 'Fixture explainer', editors: ['A. Editor', 'Editor, Berta', 'Ludwig van Beethoven', 'Иван Петров'], language: 'en' };

  it('as written in site.yaml, "Given Family" or "Family, Given", read into their parts', () => {
    expect(personName('A. Editor')).toEqual({ family: 'Editor', given: 'A.' });
    expect(personName('Editor, Berta')).toEqual({ family: 'Editor', given: 'Berta' });
    expect(personName('Jean-Paul O\'Neil')).toEqual({ family: 'O\'Neil', given: 'Jean-Paul' });
    // Not a person's name as far as anyone can tell: kept whole, never guessed at.
    expect(personName('Ed { itor')).toBeUndefined();
    expect(personName('@handle')).toBeUndefined();
    expect(cslName({ kind: 'person', name: 'Ed { itor' })).toEqual({ literal: 'Ed { itor' });
  });

  it('in every format, with the family name where each reader looks for it', async () => {
    const c = await cite(site);
    const expected = [
      { lastName: 'Editor', firstName: 'A.' },
      { lastName: 'Editor', firstName: 'Berta' },
      { lastName: 'van Beethoven', firstName: 'Ludwig' },
      { lastName: 'Петров', firstName: 'Иван' },
    ];
    expect(risAuthors(c.ris).map(zoteroRisCreator)).toEqual(expected);
    expect(zoteroHighwireCreators(citationAuthors(site).map((a) => highwireAuthor(a)!))).toEqual(expected);

    const fromRis = (new Cite(c.ris).data as { author: unknown }[])[0]!.author;
    expect(fromRis).toEqual([{ family: 'Editor', given: 'A.' }, { family: 'Editor', given: 'Berta' }, { family: 'van Beethoven', given: 'Ludwig' }, { family: 'Петров', given: 'Иван' }]);

    const bib = parseBibtex(c.bibtex, { english: false });
    expect(bib.errors).toEqual([]);
    expect(bib.entries[0]!.fields.author).toEqual([
      { lastName: 'Editor', firstName: 'A.' },
      { lastName: 'Editor', firstName: 'Berta' },
      { prefix: 'van', lastName: 'Beethoven', firstName: 'Ludwig' },
      { lastName: 'Петров', firstName: 'Иван' },
    ]);
    const fromBibtex = (new Cite(c.bibtex).data as { author: unknown }[])[0]!.author;
    expect(fromBibtex).toEqual([
      { family: 'Editor', given: 'A.' },
      { family: 'Editor', given: 'Berta' },
      { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' },
      { family: 'Петров', given: 'Иван' },
    ]);
    expect(c.apa).toMatch(/^Editor, A\., Editor, B\., van Beethoven, L\., & Петров, И\. \(2026, November 20\)\./);
  });

  it('keeps a name that is no person\'s whole in RIS, as an institution', () => {
    expect(zoteroRisCreator(risAuthor({ literal: 'Ed { itor' })!)).toEqual({ lastName: 'Ed { itor', fieldMode: 1 });
  });
});
