/**
 * A timeline in a right-to-left language: time runs from right to left like the text (the
 * earliest event at the right, lanes named at the right), text keeps its own direction
 * (`direction="rtl"`, never mirrored glyphs), and tick labels are written by Intl in the
 * site's language.
 */
import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../src/lib/i18n/catalogue.ts';
import { layoutTimeline } from '../../src/lib/figures/timeline/layout.ts';
import { renderTimelineSvg } from '../../src/lib/figures/timeline/render-svg.ts';
import { dateFormat, ticks, timeScale } from '../../src/lib/figures/timeline/scale.ts';
import { siteSchema } from '../../src/lib/content/schema.ts';
import { siteModel } from '../../src/lib/content/site-config.ts';
import { timelineText } from '../../src/lib/figures/timeline/page-words.ts';
import { base, story } from './timeline-fixtures.ts';

const fa = siteModel(siteSchema.parse({ title: 't', description: 'd', language: 'fa' }));
const words = timelineText(fa).words;
const rtl = { ...base, words, language: 'fa', direction: 'rtl' as const };

/** The x of each mark's shape (a point's centre, a bar's left edge, a range's start), by event id. */
function xs(svg: string): Map<string, number> {
  return new Map([...svg.matchAll(/data-id="([^"]+)">(?:<title>[^<]*<\/title>)?(?:<rect class="tl-hit"[^>]*\/>)*<(?:circle|rect|path) class="tl-shape" (?:cx="|x="|d="M)([\d.]+)/g)].map((m) => [m[1]!, Number(m[2])]));
}

describe('a right-to-left timeline', () => {
  const ltr = renderTimelineSvg(story(), base);
  const svg = renderTimelineSvg(story(), rtl);

  it('declares its direction for the text, and only then', () => {
    expect(svg).toMatch(/^<svg [^>]*direction="rtl"/);
    expect(ltr).not.toContain('direction=');
  });

  it('runs time from right to left: the earliest event is at the right', () => {
    const at = xs(svg);
    expect(at.get('seize')!).toBeGreaterThan(at.get('pier')!);
    expect(at.get('pier')!).toBeGreaterThan(at.get('store')!);
  });

  it('mirrors every position of the left-to-right chart', () => {
    const left = xs(ltr);
    const right = xs(svg);
    const layout = layoutTimeline(story(), base);
    for (const m of layout.marks) {
      const id = m.event.id;
      // A range is drawn from its start, which mirrors onto itself; a bar from its left edge.
      const width = m.point || m.event.within ? 0 : Math.round((m.t1 - m.t0) * 10) / 10;
      expect(right.get(id)! + left.get(id)! + width, id).toBeCloseTo(layout.width, 0);
    }
  });

  it('names lanes at the right edge and writes labels towards the left of their marks', () => {
    const lane = /class="tl-lane-name" x="([\d.]+)"/.exec(svg)!;
    expect(Number(lane[1])).toBe(960 - 12);
    const point = /data-id="pier">.*?cx="([\d.]+)".*?class="tl-label" x="([\d.]+)"/.exec(svg)!;
    expect(Number(point[2])).toBeLessThan(Number(point[1]));
  });

  it('keeps the legend inside the chart, starting at the right', () => {
    const origin = /class="tl-legend" aria-hidden="true" transform="translate\(([\d.]+) /.exec(svg)!;
    expect(Number(origin[1])).toBe(960 - 12);
    const offsets = [...svg.slice(svg.indexOf('tl-legend')).matchAll(/<text x="(-?[\d.]+)"/g)].map((m) => Number(m[1]));
    expect(offsets.length).toBeGreaterThan(0);
    for (const x of offsets) expect(x).toBeLessThan(0);
  });

  it('does not space out the joined letters of lane names', () => {
    expect(svg).not.toContain('letter-spacing');
    expect(ltr).toContain('letter-spacing:.06em');
  });

  it('writes its words in the language', () => {
    expect(svg).toContain('روز معلوم');
    expect(svg).toMatch(/aria-label="Attack on the pier lamps of Saltmere، /);
  });
});

describe('tick and period labels in the site\'s language', () => {
  const scale = timeScale([Date.UTC(2022, 0, 1), Date.UTC(2022, 11, 31)], [0, 900]);

  it('are written by Intl, Gregorian and in UTC', () => {
    expect(ticks(scale, 4, 'en-GB').map((t) => t.label)).toEqual(['Jan 2022', 'Apr', 'Jul', 'Oct']);
    const ru = ticks(scale, 4, 'ru').map((t) => t.label);
    expect(ru[0]).toMatch(/^янв\.? 2022/);
    expect(ru[1]).toMatch(/^апр/);
    const persian = ticks(scale, 4, 'fa').map((t) => t.label);
    expect(persian[0]).toBe('ژانویه ۲۰۲۲');
    // A Persian calendar would start the year in March (Farvardin); the sources' calendar is Gregorian.
    expect(dateFormat('fa', 'dayLong')(new Date(Date.UTC(2022, 2, 21)))).toBe('۲۱ مارس ۲۰۲۲');
  });

  it('leave out a tick label that would run into the one before it', () => {
    for (const options of [rtl, base]) {
      const svg = renderTimelineSvg(story(), { ...options, domain: [Date.UTC(2022, 6, 1), Date.UTC(2022, 6, 29)] });
      const lines = svg.match(/class="tl-grid"/g)!.length;
      const labels = [...svg.matchAll(/class="tl-tick" x="([\d.]+)" y="18" text-anchor="(\w+)">([^<]*)</g)].map((m) => {
        const w = m[3]!.length * 6.6;
        // In SVG units, left to right whatever the direction: `start` is the right end in a right-to-left chart.
        const x = Number(m[1]);
        const r = options.direction === 'rtl';
        const from = m[2] === 'middle' ? x - w / 2 : (m[2] === 'start') !== r ? x : x - w;
        return [from, from + w] as const;
      }).sort((a, b) => a[0] - b[0]);
      expect(labels.length).toBeGreaterThan(1);
      expect(labels.length).toBeLessThanOrEqual(lines);
      for (let i = 1; i < labels.length; i++) expect(labels[i]![0], options.language).toBeGreaterThan(labels[i - 1]![1]);
    }
  });

  it('name the density bins in the language too', () => {
    const layout = layoutTimeline(story(), { ...rtl, maxMarks: 2 });
    expect(layout.density).toBe(true);
    expect(layout.bins[0]!.name).toMatch(/۲۰۲۲|۲۰۲۱/);
  });

  it('come with complete Persian and Russian timeline catalogues', () => {
    for (const language of ['fa', 'ru']) {
      const missing = catalogueFor(language).missing.filter((k) => /^(timeline|network|relations)\./.test(k));
      expect(missing, language).toEqual([]);
    }
  });
});
