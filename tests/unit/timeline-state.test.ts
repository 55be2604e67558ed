import { describe, expect, it } from 'vitest';
import { matches, panRange, parseBound, parseState, stateToSearch, zoomRange } from '../../src/lib/timeline/state.ts';
import { story } from './timeline-fixtures.ts';

const DAY = 86_400_000;
const limit: [number, number] = [Date.UTC(2020, 0, 1), Date.UTC(2024, 0, 1)];

describe('view state in the URL', () => {
  it('reads the example link of the issue: ISKP, March to July 2022 inclusive', () => {
    expect(parseState('?actor=iskp&from=2022-03&to=2022-07')).toEqual({ actor: 'iskp', from: Date.UTC(2022, 2, 1), to: Date.UTC(2022, 7, 1) });
  });

  it('writes a view back to the same link', () => {
    expect(stateToSearch({ actor: 'iskp', from: Date.UTC(2022, 2, 1), to: Date.UTC(2022, 7, 1) })).toBe('?actor=iskp&from=2022-03-01&to=2022-07-31');
    expect(parseState(stateToSearch({ actor: 'iskp', from: Date.UTC(2022, 2, 1), to: Date.UTC(2022, 7, 1) }))).toEqual({ actor: 'iskp', from: Date.UTC(2022, 2, 1), to: Date.UTC(2022, 7, 1) });
  });

  it('writes months for ranges over a year', () => {
    expect(stateToSearch({ kind: 'raid', lanes: 'actor', from: Date.UTC(2021, 0, 1), to: Date.UTC(2023, 0, 1) })).toBe('?kind=raid&lanes=actor&from=2021-01&to=2022-12');
  });

  it('ignores malformed or backwards ranges and unknown lanes', () => {
    expect(parseState('?from=March&to=2022-07&lanes=colour')).toEqual({});
    expect(parseState('?from=2022-07&to=2022-03')).toEqual({});
    expect(parseBound('2022-13')).toBeUndefined();
  });

  it('reads years, months and days as the whole period', () => {
    expect(parseBound('2022')).toBe(Date.UTC(2022, 0, 1));
    expect(parseBound('2022', true)).toBe(Date.UTC(2023, 0, 1));
    expect(parseBound('2022-02-28', true)).toBe(Date.UTC(2022, 2, 1));
  });

  it('filters by any listed actor, kind and country', () => {
    const ids = (s: Parameters<typeof matches>[1]) => story().filter((e) => matches(e, s)).map((e) => e.id);
    expect(ids({ actor: 'taliban' })).toEqual(['seize', 'rockets', 'imam']);
    expect(ids({ actor: 'iskp', kind: 'raid' })).toEqual(['gdi']);
    expect(ids({ country: 'PK' })).toEqual(['peshawar']);
  });
});

describe('zoom and pan', () => {
  const year: [number, number] = [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)];

  it('zooms in around the anchor, keeping it in place', () => {
    const [a, b] = zoomRange(year, 2, 0.25, limit);
    expect(b - a).toBe((year[1] - year[0]) / 2);
    expect(a + (b - a) * 0.25).toBe(year[0] + (year[1] - year[0]) * 0.25);
  });

  it('stops at three days and at the limit', () => {
    const [a, b] = zoomRange([year[0], year[0] + 4 * DAY], 100, 0.5, limit);
    expect(b - a).toBe(3 * DAY);
    expect(zoomRange(year, 0.001, 0.5, limit)).toEqual(limit);
  });

  it('pans without leaving the limit', () => {
    expect(panRange(year, 30 * DAY, limit)).toEqual([year[0] + 30 * DAY, year[1] + 30 * DAY]);
    const end = panRange(year, 10_000 * DAY, limit);
    expect(end[1]).toBe(limit[1]);
    expect(end[1] - end[0]).toBe(year[1] - year[0]);
  });
});
