import { describe, expect, it } from 'vitest';
import { byYear, eventYear, inline, timelineIndex } from '../../src/lib/figures/timeline/lod.ts';
import { STATIC_MIN_BIN, TIMELINE_INLINE_CAP } from '../../src/lib/render/page-caps.ts';
import { renderTimelineSvg } from '../../src/lib/figures/timeline/render-svg.ts';
import type { TimelineEvent } from '../../src/lib/figures/timeline/types.ts';
import { base, ev, labels, synthetic } from './timeline-fixtures.ts';

/** The page's drawing beyond the cap, as Timeline.astro asks for it. */
const pageDrawing = (events: TimelineEvent[]) =>
  renderTimelineSvg(events, { ...base, maxMarks: TIMELINE_INLINE_CAP, minBin: STATIC_MIN_BIN, binHref: (from) => `/events/${new Date(from).getUTCFullYear()}/` });

describe('the timeline beyond the events a page carries', () => {
  it('carries up to the cap and no more', () => {
    expect(inline(TIMELINE_INLINE_CAP)).toBe(true);
    expect(inline(TIMELINE_INLINE_CAP + 1)).toBe(false);
  });

  it('files an event under the year its date starts in, and splits the events by year in order', () => {
    const events = [ev('a', '2021-22'), ev('b', '2021-12-31'), ev('c', '2022-01'), ev('d', '[2021-06..2022-12]'), ev('e', '2023')];
    expect(events.map(eventYear)).toEqual([2021, 2021, 2022, 2021, 2023]);
    expect(byYear(events).map(([y, list]) => [y, list.map((e) => e.id)])).toEqual([[2021, ['a', 'b', 'd']], [2022, ['c']], [2023, ['e']]]);
  });

  it('indexes the years with their counts and files', () => {
    const events = [ev('a', '2021-05'), ev('b', '2021-07-01'), ev('c', '2023-02')];
    expect(timelineIndex(events, labels, (y) => `/timeline/data/${y}.json`)).toEqual({
      labels,
      years: [{ year: 2021, count: 2, href: '/timeline/data/2021.json' }, { year: 2023, count: 1, href: '/timeline/data/2023.json' }],
    });
  });

  it('draws counts whose size does not grow with the number of events, each bar a link to its year', () => {
    const sizes = [1_000, 4_000, 16_000].map((n) => pageDrawing(synthetic(n, 7)).length);
    // The same span of time drawn: the bars are as many; only the counts' digits differ.
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(sizes[0]! * 0.05);
    const svg = pageDrawing(synthetic(16_000, 7));
    expect(svg).toContain('data-density="true"');
    expect(svg).not.toContain('<a class="tl-mark ');
    const bars = [...svg.matchAll(/<a class="tl-bin" href="\/events\/(\d{4})\/" aria-label="([^"]+)" data-from="(\d+)"/g)];
    expect(bars.length).toBeGreaterThan(10);
    for (const [, year, name, from] of bars) {
      expect(Number(year)).toBe(new Date(Number(from)).getUTCFullYear());
      expect(name).toMatch(/^\d[\d,]* events?, /);
    }
  });

  it('draws no bar narrower than the page drawing\'s minimum, so the number of bars is bounded by the axis', () => {
    // 3,000 events within two months: days would be 10 units wide here, so the page draws weeks.
    const days = Array.from({ length: 3_000 }, (_, i) => ev(`d${i}`, `2022-0${1 + (i % 2)}-${String(1 + (i % 28)).padStart(2, '0')}`, ['attack', 'raid', 'report'][i % 3]!));
    const titles = [...pageDrawing(days).matchAll(/class="tl-bin"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1]!);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => t.includes('week of'))).toBe(true);
    expect(titles.length).toBeLessThanOrEqual(8 * Math.ceil(936 / STATIC_MIN_BIN) + 8);
    // The island's own drawing of the same events, at the layout's default, is by day.
    expect(renderTimelineSvg(days, base)).not.toContain('week of');
  });
});
