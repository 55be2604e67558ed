import { describe, expect, it } from 'vitest';
import { emptySelection, matches, parseSelection } from '../../src/lib/model/selection.ts';
import { selectable } from '../../src/lib/figures/timeline/data.ts';
import { parseTimelineView, timelineSearch } from '../../src/lib/figures/timeline/view.ts';
import { panRange, zoomRange } from '../../src/lib/figures/timeline/zoom.ts';
import { story } from './timeline-fixtures.ts';

const DAY = 86_400_000;
const limit: [number, number] = [Date.UTC(2020, 0, 1), Date.UTC(2024, 0, 1)];

describe('the timeline\'s view in the URL, apart from the selection', () => {
  it('reads lanes and the zoom window, March to July 2022 inclusive', () => {
    expect(parseTimelineView('?lanes=actor&zoom=2022-03..2022-07')).toEqual({ lanes: 'actor', window: [Date.UTC(2022, 2, 1), Date.UTC(2022, 7, 1)] });
    expect(parseTimelineView('?zoom=2022..2022')).toEqual({ window: [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)] });
  });

  it('writes the selection, then the view, and reads both back', () => {
    const selection = parseSelection('actor=a-group&actor=an-agency&from=2021');
    const view = { lanes: 'country' as const, window: [Date.UTC(2022, 2, 1), Date.UTC(2022, 7, 1)] as [number, number] };
    const search = timelineSearch(selection, view);
    expect(search).toBe('?actor=a-group&actor=an-agency&from=2021&lanes=country&zoom=2022-03-01..2022-07-31');
    expect(parseSelection(search)).toEqual(selection);
    expect(parseTimelineView(search)).toEqual(view);
  });

  it('writes months for windows over a year, and nothing for the default view', () => {
    expect(timelineSearch(parseSelection('kind=raid'), { window: [Date.UTC(2021, 0, 1), Date.UTC(2023, 0, 1)] })).toBe('?kind=raid&zoom=2021-01..2022-12');
    expect(timelineSearch(emptySelection(), {})).toBe('');
  });

  it('drops a malformed window and unknown lanes, and swaps a backwards one', () => {
    expect(parseTimelineView('?zoom=March..2022-07&lanes=colour')).toEqual({});
    expect(parseTimelineView('?zoom=2022-03')).toEqual({});
    expect(parseTimelineView('?zoom=2022-13..2022-14')).toEqual({});
    expect(parseTimelineView('?zoom=2022-01..2022-02..2022-03')).toEqual({});
    expect(parseTimelineView(`?zoom=${'2'.repeat(5000)}..2022`)).toEqual({});
    expect(parseTimelineView('?zoom=2022-07..2022-03')).toEqual(parseTimelineView('?zoom=2022-03..2022-07'));
  });

  it('is not the selection: `from` and `to` are no zoom, `zoom` selects nothing', () => {
    expect(parseTimelineView('?from=2022-03&to=2022-07')).toEqual({});
    expect(parseSelection('?zoom=2022-03..2022-07')).toEqual(emptySelection());
  });
});

describe('the selection on timeline records', () => {
  const ids = (query: string) => story().filter((e) => matches(selectable(e), parseSelection(query))).map((e) => e.id);

  it('filters by any listed actor, kind and country', () => {
    expect(ids('actor=council')).toEqual(['seize', 'flares', 'operation']);
    expect(ids('actor=guild&kind=raid')).toEqual(['store']);
    expect(ids('country=ES')).toEqual(['pier']);
    expect(ids('country=ES,MA&kind=attack')).toEqual(['pier']);
  });

  it('reads a claimant as one of the event\'s actors, as the map does', () => {
    const [first] = story();
    const claimed = { ...first!, actors: ['a-group'], claimants: ['a-claimant'] };
    expect(matches(selectable(claimed), parseSelection('actor=a-claimant'))).toBe(true);
    expect(matches(selectable(claimed), parseSelection('actor=a-group'))).toBe(true);
    expect(matches(selectable(claimed), parseSelection('actor=another'))).toBe(false);
  });

  it('narrows by the period, a year-only `to` meaning its last day', () => {
    const all = story().map((e) => e.id);
    expect(ids('from=2020&to=2030')).toEqual(all);
    expect(ids('from=2030')).toEqual([]);
    expect(ids('to=2021')).toEqual(ids('to=2021-12-31'));
    expect(ids('from=2023&to=2022')).toEqual(ids('from=2022&to=2023'));
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
