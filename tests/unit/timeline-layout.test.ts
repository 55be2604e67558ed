import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../src/lib/figures/timeline/lanes.ts';
import { fitLabel, labelWidth, wrapLabel } from '../../src/lib/figures/timeline/labels-fit.ts';
import { layoutTimeline, LINE, type Layout } from '../../src/lib/figures/timeline/layout.ts';
import { fullDomain, markExtent } from '../../src/lib/figures/timeline/scale.ts';
import { base, ev, labels, story, synthetic, words } from './timeline-fixtures.ts';

const DAY = 86_400_000;

describe('lanes', () => {
  it('groups by kind, largest lane first, ties by label', () => {
    const { lanes, laneOf } = assignLanes(story(), 'kind', labels, words);
    expect(lanes.map((l) => [l.label, l.count])).toEqual([['Attack', 3], ['Raid', 2], ['Other', 1], ['Report', 1]]);
    expect(laneOf.get('store')).toBe(1);
  });

  it('puts an event in the lane of the first actor it is attributed to', () => {
    const { lanes, laneOf } = assignLanes(story(), 'actor', labels, words);
    expect(lanes[laneOf.get('store')!]!.label).toBe('Harbour Watch');
    expect(lanes[laneOf.get('warning')!]!.label).toBe('Coastal Assembly');
  });

  it('puts an event that names actors but is attributed to none in the "no actor" lane', () => {
    const { lanes, laneOf } = assignLanes(story(), 'actor', labels, words);
    expect(lanes[laneOf.get('flares')!]!).toMatchObject({ key: '', label: words.noActor });
  });

  it('ignores an actor listed first in a role that does not attribute the event', () => {
    const target = ev('raid', '2022-07-20', 'raid', ['guild', 'watch'], 'A raid', undefined, ['watch']);
    const { lanes, laneOf } = assignLanes([target], 'actor', labels, words);
    expect(lanes[laneOf.get('raid')!]!.label).toBe('Harbour Watch');
  });

  it('names the lane of events without a country instead of dropping them', () => {
    const { lanes, laneOf } = assignLanes(story(), 'country', labels, words);
    expect(lanes.map((l) => l.label)).toEqual(['Portugal', 'Place not given', 'Spain']);
    expect(lanes[laneOf.get('flares')!]!.label).toBe('Place not given');
  });

  it('merges lanes past the limit into Others', () => {
    const events = ['a', 'b', 'c', 'd', 'e'].map((k, i) => ev(`x${i}`, '2022-01-01', k));
    const { lanes, laneOf } = assignLanes(events, 'kind', labels, words, 3);
    expect(lanes).toHaveLength(3);
    expect(lanes[2]).toMatchObject({ key: '*', label: 'Others (3)', count: 3 });
    expect(laneOf.get('x4')).toBe(2);
  });
});

describe('precision drawn as extent', () => {
  it('draws a day as a point at the middle of that day', () => {
    const e = markExtent(ev('d', '2022-07-16'));
    expect(e.point).toBe(true);
    expect(e.start).toBe(Date.UTC(2022, 6, 16, 12));
  });

  it('draws a month as a bar across the whole month', () => {
    expect(markExtent(ev('m', '2022-06'))).toEqual({ start: Date.UTC(2022, 5, 1), end: Date.UTC(2022, 6, 1), point: false });
  });

  it('draws summer 2021 as June to August (northern meteorological summer)', () => {
    expect(markExtent(ev('s', '2021-22'))).toEqual({ start: Date.UTC(2021, 5, 1), end: Date.UTC(2021, 8, 1), point: false });
  });

  it('draws an interval as a bar from its earliest to its latest instant', () => {
    expect(markExtent(ev('i', '2021-06/2022'))).toEqual({ start: Date.UTC(2021, 5, 1), end: Date.UTC(2023, 0, 1), point: false });
  });

  it('lays a month bar out wider than a day and the interval wider still', () => {
    const layout = layoutTimeline(story(), base);
    const width = (id: string) => { const m = layout.marks.find((x) => x.event.id === id)!; return m.t1 - m.t0; };
    expect(width('pier')).toBe(0);
    expect(width('warning')).toBeGreaterThan(20);
    expect(width('flares')).toBeGreaterThan(width('warning') * 10);
  });

  it('keeps the approximate flag and words of "2022-05~"', () => {
    const m = ev('a', '2022-05~');
    expect(m).toMatchObject({ approximate: true, uncertain: false, precision: 'month', words: 'about May 2022' });
    expect(ev('u', '2022-05-03?').words).toBe('possibly 3 May 2022');
    expect(ev('i', '2021-06/2022').words).toBe('from June 2021 to 2022');
    expect(ev('w', '[2021-06..2022-12]')).toMatchObject({ within: true, words: 'at some time between June 2021 and the end of 2022' });
    expect(ev('i', '2021-06/2022').within).toBeUndefined();
    expect(ev('d', '2022-07-16').words).toBe('16 July 2022');
    expect(ev('s', '2021-22').words).toBe('summer 2021');
  });

  it('pads the full range so points at the ends are not cut', () => {
    const [a, b] = fullDomain([ev('d', '2022-07-16')]);
    expect(b - a).toBeGreaterThanOrEqual(28 * DAY);
  });
});

function labelBoxes(layout: Layout) {
  return layout.marks.filter((m) => m.label).map((m) => {
    // A label that wraps (vertical layout) is as wide as its longest line and a LINE taller per line.
    const lines = m.label!.lines ?? [m.label!.text];
    const w = Math.max(...lines.map(labelWidth));
    const below = (lines.length - 1) * LINE;
    return layout.orientation === 'horizontal'
      ? { id: m.event.id, x0: m.label!.x, x1: m.label!.x + w, y0: m.label!.y - 12, y1: m.label!.y + 3 }
      : { id: m.event.id, x0: m.label!.x, x1: m.label!.x + w, y0: m.label!.y - 13, y1: m.label!.y + 3 + below };
  });
}

function overlaps(layout: Layout): string[] {
  const boxes = labelBoxes(layout);
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
}

describe('labels', () => {
  it('wraps a label onto a second line at a space, cutting only what two lines cannot hold', () => {
    expect(wrapLabel('Council seizes power in Grayhaven', 240)).toEqual(['Council seizes power in Grayhaven']);
    expect(wrapLabel('Council seizes power in Grayhaven', 140)).toEqual(['Council seizes power', 'in Grayhaven']);
    const cut = wrapLabel('Flares fired from Grayhaven across the lamp line into Norvale', 140);
    expect(cut).toHaveLength(2);
    expect(cut[1]).toMatch(/…$/);
    for (const line of cut) expect(labelWidth(line)).toBeLessThanOrEqual(140);
  });

  it('cuts a label at a word and ends it with an ellipsis, or drops it when too little fits', () => {
    expect(fitLabel('Attack on a memorial ceremony in Grayhaven', labelWidth('Attack on a memorial'))).toBe('Attack on a…');
    expect(fitLabel('Short', 1000)).toBe('Short');
    expect(fitLabel('Attack on a memorial ceremony', 20)).toBe('');
  });

  it.each([
    ['the story', story(), {}],
    ['200 crowded events, one lane', synthetic(200), { lanes: 'none' as const }],
    ['200 crowded events by kind', synthetic(200, 7), {}],
    ['the story zoomed to 2022', story(), { domain: [Date.UTC(2022, 2, 1), Date.UTC(2022, 7, 1)] as [number, number] }],
    ['the story, vertical', story(), { orientation: 'vertical' as const }],
    ['120 events, vertical', synthetic(120), { orientation: 'vertical' as const }],
  ])('never overlap: %s', (_name, events, options) => {
    const layout = layoutTimeline(events, { ...base, ...options });
    expect(layout.density).toBe(false);
    expect(overlaps(layout)).toEqual([]);
    // And stay inside the chart.
    for (const box of labelBoxes(layout)) expect(box.x1).toBeLessThanOrEqual(layout.width);
  });

  it('never overlap at any zoom level: windows of a month to three years across 2015–2024', () => {
    const events = synthetic(240, 11);
    const day = 86_400_000;
    for (const span of [30, 120, 365, 3 * 365]) {
      for (let start = Date.UTC(2015, 0, 1); start < Date.UTC(2025, 0, 1); start += span * day * 0.7) {
        for (const orientation of ['horizontal', 'vertical'] as const) {
          const layout = layoutTimeline(events, { ...base, orientation, domain: [start, start + span * day] });
          expect(overlaps(layout), `${orientation} ${new Date(start).toISOString()} +${span}d`).toEqual([]);
        }
      }
    }
  });

  it.each([960, 720])('shows every title of the story in full at width %i, putting labels before marks near the right edge', (width) => {
    const layout = layoutTimeline(story(), { ...base, width });
    expect(layout.marks).toHaveLength(7);
    expect(layout.marks.filter((m) => m.label?.text !== m.event.title).map((m) => m.event.id)).toEqual([]);
    const store = layout.marks.find((m) => m.event.id === 'store')!;
    expect(store.label!.x + labelWidth(store.label!.text)).toBeLessThan(store.t0);
  });
});

describe('many events', () => {
  it('counts events per period instead of drawing 5,000 marks, and counts every one', () => {
    const layout = layoutTimeline(synthetic(5000), base);
    expect(layout.density).toBe(true);
    expect(layout.marks).toHaveLength(0);
    expect(layout.bins.reduce((n, b) => n + b.count, 0)).toBe(5000);
  });

  it('reveals single events again when zoomed in to a month', () => {
    const events = synthetic(5000);
    const layout = layoutTimeline(events, { ...base, domain: [Date.UTC(2020, 2, 1), Date.UTC(2020, 3, 1)] });
    expect(layout.density).toBe(false);
    expect(layout.marks.length).toBeGreaterThan(10);
    expect(layout.marks.length).toBe(layout.inView);
  });

  it('leaves out events wholly outside the visible range', () => {
    const layout = layoutTimeline(story(), { ...base, domain: [Date.UTC(2022, 6, 1), Date.UTC(2022, 7, 1)] });
    expect(layout.marks.map((m) => m.event.id).sort()).toEqual(['flares', 'operation', 'store']);
  });
});

describe('a bar running in from before the view', () => {
  it('carries its label from the left edge of the view', () => {
    const layout = layoutTimeline(story(), { ...base, domain: [Date.UTC(2022, 2, 1), Date.UTC(2022, 7, 1)] });
    const flares = layout.marks.find((m) => m.event.id === 'flares')!;
    expect(flares.t0).toBeLessThan(layout.plot.x0);
    expect(flares.label).toMatchObject({ x: layout.plot.x0 + 4, inside: true, text: flares.event.title });
  });
});
