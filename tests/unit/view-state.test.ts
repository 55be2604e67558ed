import { describe, expect, it } from 'vitest';
import { boundEnd, boundStart, isBound, isFiltered, matches, parseViewState, serializeViewState } from '../../src/lib/view-state.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('parseViewState', () => {
  it('reads actors, kinds, countries and the period from the query string', () => {
    expect(parseViewState('?actor=iskp&actor=gdi&kind=attack&country=af&from=2022-03&to=2022-07-16')).toEqual({
      actors: ['iskp', 'gdi'], kinds: ['attack'], countries: ['AF'], from: '2022-03', to: '2022-07-16',
    });
  });

  it('accepts comma-separated values and drops duplicates', () => {
    expect(parseViewState(new URLSearchParams('actor=iskp,taliban,iskp')).actors).toEqual(['iskp', 'taliban']);
  });

  it('drops values that are not ids, codes or calendar dates', () => {
    expect(parseViewState('?actor=<script>&actor=ISKP&country=AFG&from=2022-13&to=2022-02-30')).toEqual({ actors: [], kinds: [], countries: [] });
    expect(parseViewState('?from=2022&to=summer')).toEqual({ actors: [], kinds: [], countries: [] });
  });

  it('gives an empty selection for an empty query', () => {
    const state = parseViewState('');
    expect(state).toEqual({ actors: [], kinds: [], countries: [] });
    expect(isFiltered(state)).toBe(false);
  });
});

describe('serializeViewState', () => {
  it('round-trips through the URL in a fixed order', () => {
    const query = 'actor=iskp&actor=gdi&kind=raid&country=TJ&from=2022-03&to=2022-07';
    const state = parseViewState(query);
    expect(serializeViewState(state).toString()).toBe(query);
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it('writes nothing for an empty selection', () => {
    expect(serializeViewState({ actors: [], kinds: [], countries: [] }).toString()).toBe('');
  });
});

describe('bounds', () => {
  it('knows real calendar dates', () => {
    expect(isBound('2024-02-29')).toBe(true);
    expect(isBound('2022-02-29')).toBe(false);
    expect(isBound('2022-7')).toBe(false);
  });

  it('spans a whole month or a whole day', () => {
    expect(boundStart('2022-03')).toBe(day('2022-03-01'));
    expect(boundEnd('2022-03')).toBe(day('2022-04-01') - 1);
    expect(boundEnd('2022-12')).toBe(day('2023-01-01') - 1);
    expect(boundStart('2022-07-16')).toBe(day('2022-07-16'));
    expect(boundEnd('2022-07-16')).toBe(day('2022-07-17') - 1);
  });
});

describe('matches', () => {
  const summer2021 = { min: day('2021-06-01'), max: day('2021-09-01') - 1, actors: ['taliban'], kind: 'policy', country: 'AF' };
  const raid = { min: day('2022-07-20'), max: day('2022-07-21') - 1, actors: ['gdi', 'iskp'], kind: 'raid', country: 'AF' };

  it('keeps an event whose date interval overlaps the period', () => {
    expect(matches(parseViewState('from=2021-08'), summer2021)).toBe(true);
    expect(matches(parseViewState('to=2021-06'), summer2021)).toBe(true);
    expect(matches(parseViewState('from=2021-09'), summer2021)).toBe(false);
    expect(matches(parseViewState('to=2021-05'), summer2021)).toBe(false);
  });

  it('includes both ends of the period', () => {
    expect(matches(parseViewState('from=2022-03&to=2022-07'), raid)).toBe(true);
    expect(matches(parseViewState('from=2022-07-20&to=2022-07-20'), raid)).toBe(true);
    expect(matches(parseViewState('to=2022-07-19'), raid)).toBe(false);
  });

  it('keeps an event when any selected actor took part', () => {
    expect(matches(parseViewState('actor=iskp'), raid)).toBe(true);
    expect(matches(parseViewState('actor=taliban&actor=gdi'), raid)).toBe(true);
    expect(matches(parseViewState('actor=taliban'), raid)).toBe(false);
  });

  it('filters by kind and by country; an event with no country fails a country filter', () => {
    expect(matches(parseViewState('kind=raid'), raid)).toBe(true);
    expect(matches(parseViewState('kind=attack'), raid)).toBe(false);
    expect(matches(parseViewState('country=AF'), raid)).toBe(true);
    expect(matches(parseViewState('country=TJ'), raid)).toBe(false);
    expect(matches(parseViewState('country=AF'), { ...raid, country: undefined })).toBe(false);
  });
});
