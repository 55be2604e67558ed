import { describe, expect, it } from 'vitest';
import {
  boundEnd, boundStart, emptySelection, isBound, isNarrowed, matches, parseSelection, selectedPeriod, selectionSearch, serializeSelection,
} from '../../src/lib/model/selection.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('parseSelection', () => {
  it('reads actors, kinds, countries and the period from the query string', () => {
    expect(parseSelection('?actor=a-group&actor=an-agency&kind=attack&country=pt&from=2022-03&to=2022-07-16')).toEqual({
      actors: ['a-group', 'an-agency'], kinds: ['attack'], countries: ['PT'], from: '2022-03', to: '2022-07-16',
    });
  });

  it('reads repeated keys and comma lists alike, and drops duplicates', () => {
    expect(parseSelection('actor=a-group,an-agency,a-group').actors).toEqual(['a-group', 'an-agency']);
    expect(parseSelection('actor=a-group&actor=an-agency')).toEqual(parseSelection('actor=a-group,an-agency'));
    expect(parseSelection('kind=raid,attack&kind=raid&country=es,KZ').kinds).toEqual(['raid', 'attack']);
    expect(parseSelection('country=es,KZ').countries).toEqual(['ES', 'KZ']);
  });

  it('reads a year, a month or a day as either end of the period', () => {
    expect(parseSelection('from=2021&to=2022')).toMatchObject({ from: '2021', to: '2022' });
    expect(parseSelection('from=2021-02&to=2022-02-28')).toMatchObject({ from: '2021-02', to: '2022-02-28' });
    expect(parseSelection('from=2021')).toEqual({ ...emptySelection(), from: '2021' });
  });

  it('swaps a backwards period: both ends are kept, in order', () => {
    expect(parseSelection('from=2022-07&to=2022-03')).toMatchObject({ from: '2022-03', to: '2022-07' });
    expect(parseSelection('from=2023&to=2021-05-04')).toMatchObject({ from: '2021-05-04', to: '2023' });
    // Not backwards: a day inside the month that ends the period.
    expect(parseSelection('from=2022-03-15&to=2022-03')).toMatchObject({ from: '2022-03-15', to: '2022-03' });
  });

  it('drops values that are not ids, codes or calendar dates', () => {
    expect(parseSelection('?actor=<script>&actor=A-GROUP&actor=a--b&kind=&country=PRT&from=2022-13&to=2022-02-30')).toEqual(emptySelection());
    expect(parseSelection('?from=22&to=summer')).toEqual(emptySelection());
    expect(parseSelection('?from=2022-7&to=2022-07-1')).toEqual(emptySelection());
    expect(parseSelection('?actor=%22%3E%3Cimg%20src%3Dx%3E&kind=raid%00&country=P%0AT')).toEqual(emptySelection());
  });

  it('keeps the first valid end when a key repeats, and ignores keys it does not know', () => {
    expect(parseSelection('from=spring&from=2021&from=2020&lanes=actor&zoom=2021..2022&x=1')).toEqual({ ...emptySelection(), from: '2021' });
  });

  it('stays small and quick on a hostile address', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `actor=a${i}`).join('&');
    expect(parseSelection(many).actors).toHaveLength(50);
    expect(parseSelection(`actor=${'a'.repeat(100_000)}&from=${'2'.repeat(10_000)}`)).toEqual(emptySelection());
    expect(parseSelection(`actor=${',,,'.repeat(10_000)}a-group`).actors).toEqual(['a-group']);
  });

  it('gives an empty selection for an empty query', () => {
    const selection = parseSelection('');
    expect(selection).toEqual(emptySelection());
    expect(isNarrowed(selection)).toBe(false);
    expect(isNarrowed(parseSelection('to=2020'))).toBe(true);
  });
});

describe('serializeSelection', () => {
  it('round-trips through the URL in a fixed order', () => {
    const query = 'actor=a-group&actor=an-agency&kind=raid&country=ES&from=2022&to=2022-07';
    const selection = parseSelection(query);
    expect(serializeSelection(selection).toString()).toBe(query);
    expect(parseSelection(serializeSelection(selection))).toEqual(selection);
  });

  it('writes a comma list and a backwards period in the one form', () => {
    expect(serializeSelection(parseSelection('to=2021&from=2023&actor=b,a')).toString()).toBe('actor=b&actor=a&from=2021&to=2023');
  });

  it('writes nothing for an empty selection', () => {
    expect(serializeSelection(emptySelection()).toString()).toBe('');
  });

  it('carries only the selection: another figure\'s view and unknown keys stay behind', () => {
    expect(selectionSearch('?actor=a&lanes=actor&zoom=2021-01..2021-06&from=2021')).toBe('?actor=a&from=2021');
    expect(selectionSearch('?lanes=actor')).toBe('');
  });
});

describe('bounds', () => {
  it('knows real calendar dates', () => {
    expect(isBound('2024-02-29')).toBe(true);
    expect(isBound('2022-02-29')).toBe(false);
    expect(isBound('2022-7')).toBe(false);
    expect(isBound('2022')).toBe(true);
    expect(isBound('0099')).toBe(true);
    expect(isBound('20222')).toBe(false);
  });

  it('spans a whole year, month or day', () => {
    expect(boundStart('2022')).toBe(day('2022-01-01'));
    expect(boundEnd('2022')).toBe(day('2023-01-01') - 1);
    expect(boundStart('2022-03')).toBe(day('2022-03-01'));
    expect(boundEnd('2022-03')).toBe(day('2022-04-01') - 1);
    expect(boundEnd('2022-12')).toBe(day('2023-01-01') - 1);
    expect(boundStart('2022-07-16')).toBe(day('2022-07-16'));
    expect(boundEnd('2022-07-16')).toBe(day('2022-07-17') - 1);
    expect(new Date(boundStart('0099')).toISOString()).toBe('0099-01-01T00:00:00.000Z');
  });

  it('names the period as a window when both ends are given', () => {
    expect(selectedPeriod(parseSelection('from=2022-03&to=2022-07'))).toEqual([day('2022-03-01'), day('2022-08-01')]);
    expect(selectedPeriod(parseSelection('from=2022'))).toBeUndefined();
  });
});

describe('matches(event, selection)', () => {
  const summer2021 = { min: day('2021-06-01'), max: day('2021-09-01') - 1, actors: ['a-group'], kind: 'policy', country: 'PT' };
  const raid = { min: day('2022-07-20'), max: day('2022-07-21') - 1, actors: ['an-agency', 'b-group'], kind: 'raid', country: 'PT' };
  const m = (event: typeof raid, query: string) => matches(event, parseSelection(query));

  it('keeps an event whose date interval overlaps the period', () => {
    expect(m(summer2021, 'from=2021-08')).toBe(true);
    expect(m(summer2021, 'to=2021-06')).toBe(true);
    expect(m(summer2021, 'from=2021-09')).toBe(false);
    expect(m(summer2021, 'to=2021-05')).toBe(false);
  });

  it('reads a year-only end as the whole year', () => {
    expect(m(raid, 'from=2022')).toBe(true);
    expect(m(raid, 'to=2022')).toBe(true);
    expect(m(raid, 'to=2021')).toBe(false);
    expect(m(summer2021, 'from=2021&to=2021')).toBe(true);
    expect(m(raid, 'from=2023')).toBe(false);
  });

  it('matches a backwards period as the same period in order', () => {
    for (const event of [summer2021, raid]) expect(m(event, 'from=2022-08&to=2022-07')).toBe(m(event, 'from=2022-07&to=2022-08'));
    expect(m(raid, 'from=2022-08&to=2022-07')).toBe(true);
  });

  it('includes both ends of the period', () => {
    expect(m(raid, 'from=2022-03&to=2022-07')).toBe(true);
    expect(m(raid, 'from=2022-07-20&to=2022-07-20')).toBe(true);
    expect(m(raid, 'to=2022-07-19')).toBe(false);
  });

  it('keeps an event when any selected actor took part', () => {
    expect(m(raid, 'actor=b-group')).toBe(true);
    expect(m(raid, 'actor=a-group&actor=an-agency')).toBe(true);
    expect(m(raid, 'actor=a-group,an-agency')).toBe(true);
    expect(m(raid, 'actor=a-group')).toBe(false);
  });

  it('filters by kind and by country; an event with no country fails a country filter', () => {
    expect(m(raid, 'kind=raid')).toBe(true);
    expect(m(raid, 'kind=attack,raid')).toBe(true);
    expect(m(raid, 'kind=attack')).toBe(false);
    expect(m(raid, 'country=pt')).toBe(true);
    expect(m(raid, 'country=ES')).toBe(false);
    expect(m({ ...raid, country: undefined } as unknown as typeof raid, 'country=PT')).toBe(false);
  });

  it('keeps every event for a selection that was all malformed', () => {
    expect(m(raid, 'actor=<b>&from=never&to=2022-13')).toBe(true);
  });
});
