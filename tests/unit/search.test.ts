import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/lib/content/dates.ts';
import {
  actorRecord, bundlePath, eventRecord, excerptParts, pageRecord, pagefindFilters, pagefindOptions,
  emptySvgs, offersFilterValue, readQuery, searchInput, searchWords, spaceBlocks, writeQuery, yearsOf,
} from '../../src/lib/render/search.ts';
import { DEFAULT_MODEL } from '../../src/lib/content/site-config.ts';
import { sitePathFor } from '../../src/lib/render/dist-paths.ts';

// The generator's defaults, in English.
const words = searchWords(DEFAULT_MODEL);

describe('search records', () => {
  it('gives an actor its names, type, kind and countries as filters, and its summary as metadata', () => {
    const record = actorRecord({ name: 'Lantern Guild', shortName: 'Guild', aliases: ['Lamplighters', 'Guild'], kind: 'armed-group', countries: ['PT', 'ES'], summary: 'A group, with commas.' }, words);
    expect(record.names).toEqual(['Lantern Guild', 'Guild']);
    expect(record.filters).toEqual([['type', 'actor'], ['kind', 'Armed group'], ['country', 'Portugal'], ['country', 'Spain']]);
    expect(record.meta).toEqual([['type', 'Actor'], ['summary', 'A group, with commas.']]);
    expect(record.sort).toEqual([]);
  });

  it('gives an event its actors (once each), kind, country, years, date in words and a sort key', () => {
    const record = eventRecord(
      { kind: 'raid', summary: 'S.', location: { country: 'PT' } },
      parseDate('2021/2022-07'),
      [{ name: 'Harbour Watch' }, { name: 'Guild' }, { name: 'Harbour Watch' }],
      words,
    );
    expect(record.filters).toEqual([
      ['type', 'event'], ['kind', 'Raid'], ['actor', 'Harbour Watch'], ['actor', 'Guild'], ['country', 'Portugal'], ['year', '2021'], ['year', '2022'],
    ]);
    expect(record.meta).toContainEqual(['date', parseDate('2021/2022-07').words]);
    expect(record.sort).toEqual([['date', '2021-01-01']]);
    expect(record.names).toEqual([]);
  });

  it("gives an event its actors' names, short names and aliases as related words, once each", () => {
    const record = eventRecord(
      { kind: 'raid', summary: 'S.' },
      parseDate('2022-07-20'),
      [
        { name: 'Lantern Guild', shortName: 'Guild', aliases: ['Lamplighters', 'the Lamp Guild'] },
        { name: 'Harbour Watch', shortName: 'Watch', aliases: ['Guild'] },
      ],
      words,
    );
    expect(record.related).toEqual(['Lantern Guild', 'Guild', 'Lamplighters', 'the Lamp Guild', 'Harbour Watch', 'Watch']);
    // The filter still lists each actor once, by its name.
    expect(record.filters.filter(([k]) => k === 'actor').map(([, v]) => v)).toEqual(['Lantern Guild', 'Harbour Watch']);
    expect(actorRecord({ name: 'A', kind: 'person', countries: [], summary: 'S.' }, words).related).toEqual([]);
  });

  it('gives an event without a place no country, and its date at its precision', () => {
    const record = eventRecord({ kind: 'report', summary: 'S.' }, parseDate('2022-06'), [], words);
    expect(record.filters.filter(([k]) => k === 'country')).toEqual([]);
    expect(record.meta).toContainEqual(['date', 'June 2022']);
  });

  it('marks the bibliography and prose pages by type', () => {
    expect(pageRecord('source', 'All sources.', words).filters).toEqual([['type', 'source']]);
    expect(pageRecord('page', 'About.', words).meta).toEqual([['type', 'Page'], ['summary', 'About.']]);
  });

  it('counts every year a date can fall in', () => {
    expect(yearsOf(parseDate('2022-07-16'))).toEqual(['2022']);
    expect(yearsOf(parseDate('2021-22'))).toEqual(['2021']);
    expect(yearsOf(parseDate('2020/2022'))).toEqual(['2020', '2021', '2022']);
  });
});

describe('paths and options', () => {
  it('maps built files to site paths', () => {
    expect(sitePathFor('index.html')).toBe('/');
    expect(sitePathFor('actors/lantern-guild/index.html')).toBe('/actors/lantern-guild/');
    expect(sitePathFor('404.html')).toBe('/404.html');
  });

  it('puts the base in front of the bundle and of result URLs', () => {
    expect(bundlePath('/')).toBe('/pagefind/');
    expect(bundlePath('/sub/')).toBe('/sub/pagefind/');
    expect(pagefindOptions('/sub').baseUrl).toBe('/sub/');
    expect(pagefindOptions('/').baseUrl).toBe('/');
  });
});

describe('queries in the URL', () => {
  it('reads the query and known filters, ignoring the rest', () => {
    expect(readQuery('?q=+Lamp-lighters+&type=event&type=actor&year=&evil=1')).toEqual({ q: 'Lamp-lighters', filters: { type: ['event', 'actor'] } });
    expect(readQuery('')).toEqual({ q: '', filters: {} });
  });

  it('writes what it reads', () => {
    const query = { q: 'Voice of the Lamps', filters: { type: ['event'], actor: ['Lantern Guild'] } };
    expect(readQuery(writeQuery(query))).toEqual(query);
    expect(writeQuery({ q: '', filters: {} })).toBe('');
  });

  it('offers every filter value before a search, and during one only those its results have or the reader ticked', () => {
    const counts = { type: { actor: 1, event: 0 }, year: { '2022': 3 } };
    expect(offersFilterValue(undefined, 'type', 'event', false)).toBe(true);
    expect(offersFilterValue(counts, 'type', 'actor', false)).toBe(true);
    expect(offersFilterValue(counts, 'type', 'event', false)).toBe(false);
    expect(offersFilterValue(counts, 'type', 'event', true)).toBe(true);
    expect(offersFilterValue(counts, 'kind', 'Raid', false)).toBe(false);
  });

  it('turns filters into Pagefind filters: any value of one, all of several', () => {
    expect(pagefindFilters({ type: ['event', 'actor'], year: [], kind: ['Raid'] })).toEqual({ type: { any: ['event', 'actor'] }, kind: { any: ['Raid'] } });
  });
});

describe('excerpts and indexing', () => {
  it('keeps only <mark> from an excerpt and decodes the rest as text', () => {
    expect(excerptParts('a &lt;script&gt;x&lt;/script&gt; & <mark>Guild</mark> store')).toEqual([
      { text: 'a <script>x</script> & ', mark: false },
      { text: 'Guild', mark: true },
      { text: ' store', mark: false },
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)>hi')).toEqual([{ text: 'hi', mark: false }]);
  });

  it('keeps words of adjacent definition terms and cells apart', () => {
    expect(spaceBlocks('<dl><dt>Date</dt><dd>16 July 2022</dd></dl><p>x</p>')).toBe('<dl><dt>Date</dt> <dd>16 July 2022</dd> </dl> <p>x</p>');
  });

  it('keeps words of adjacent inline elements apart, and leaves text inside an element alone', () => {
    expect(spaceBlocks('<p><time>May 2022</time><span class="kind">Attack</span><span>Grayhaven</span></p>'))
      .toBe('<p><time>May 2022</time> <span class="kind">Attack</span> <span>Grayhaven</span></p>');
    expect(spaceBlocks('<p>a <em>Guild</em>, store</p>')).toBe('<p>a <em>Guild</em>, store</p>');
  });

  it('hands Pagefind each chart emptied, keeping the element and its attributes, and everything around it', () => {
    const page = '<p>Before</p><svg viewBox="0 0 1 1" aria-label="Map"><g><svg x="1"><path d="M0 0"/></svg><text>Label</text></g></svg><p>After</p>';
    expect(emptySvgs(page)).toBe('<p>Before</p><svg viewBox="0 0 1 1" aria-label="Map"></svg><p>After</p>');
    expect(emptySvgs('<SVG class="a"><Text>x</Text></SVG> <svg/> <svg class="b" /> <svgx>y</svgx> <svg>z</svg>'))
      .toBe('<SVG class="a"></SVG> <svg/> <svg class="b" /> <svgx>y</svgx> <svg></svg>');
    // An element that never closes is left as it is rather than cutting the rest of the page.
    expect(emptySvgs('<p>a</p><svg><path/>')).toBe('<p>a</p><svg><path/>');
    expect(searchInput('<dl><dt>Date</dt><dd>1</dd></dl><svg><text>x</text></svg><p>y</p>')).toBe('<dl><dt>Date</dt> <dd>1</dd> </dl> <svg></svg> <p>y</p>');
  });
});
