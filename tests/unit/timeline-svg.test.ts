import { describe, expect, it } from 'vitest';
import { esc } from '../../src/lib/figures/svg.ts';
import { layoutTimeline } from '../../src/lib/figures/timeline/layout.ts';
import { renderTimelineSvg } from '../../src/lib/figures/timeline/render-svg.ts';
import { base, ev, story, synthetic } from './timeline-fixtures.ts';

// Snapshots are checked in under tests/unit/snapshots/; coordinates are rounded to 0.1
// by the renderer and the run's time zone is UTC (vitest.config.ts), so they are stable.
const pretty = (svg: string) => svg.replace(/></g, '>\n<');

describe('timeline SVG snapshots', () => {
  it('the story by kind', async () => {
    await expect(pretty(renderTimelineSvg(story(), base))).toMatchFileSnapshot('./snapshots/timeline-story-kind.svg');
  });

  it('the story by actor, zoomed to spring and summer 2022', async () => {
    const svg = renderTimelineSvg(story(), { ...base, lanes: 'actor', domain: [Date.UTC(2022, 2, 1), Date.UTC(2022, 7, 1)] });
    await expect(pretty(svg)).toMatchFileSnapshot('./snapshots/timeline-story-actor-2022.svg');
  });

  it('the story, vertical for a narrow screen, with one event emphasised', async () => {
    const svg = renderTimelineSvg(story(), { ...base, orientation: 'vertical', width: 360, highlight: 'memorial', idPrefix: 'strip' });
    await expect(pretty(svg)).toMatchFileSnapshot('./snapshots/timeline-story-vertical.svg');
  });

  it('1,000 events as density', async () => {
    await expect(pretty(renderTimelineSvg(synthetic(1000), { ...base, lanes: 'actor' }))).toMatchFileSnapshot('./snapshots/timeline-density.svg');
  });
});

describe('timeline SVG', () => {
  it('is ignored by search and names itself', () => {
    const svg = renderTimelineSvg(story(), base);
    expect(svg).toMatch(/^<svg [^>]*data-pagefind-ignore/);
    expect(svg).toContain('aria-labelledby="tl-title" aria-describedby="tl-desc"');
    expect(svg).toContain('<title id="tl-title">Test timeline</title>');
    expect(svg).toMatch(/<g class="tl-axis" aria-hidden="true">/);
  });

  it('makes every mark a link to its page named by title and date in words', () => {
    const svg = renderTimelineSvg(story(), base);
    expect(svg.match(/<a class="tl-mark/g)).toHaveLength(7);
    expect(svg).toContain('href="/events/memorial/" aria-label="Attack on a memorial ceremony in Grayhaven, about May 2022"');
    expect(svg).toContain('aria-label="Flares fired from Grayhaven across the lamp line into Norvale, at some time between June 2021 and the end of 2022"');
  });

  it('draws days as points, spans as bars, and approximate dates hatched', () => {
    const svg = renderTimelineSvg(story(), base);
    expect(svg).toMatch(/<a class="tl-mark tl-point" href="\/events\/pier\/"[^>]*><title>[^<]*<\/title><rect class="tl-hit"[^>]*\/><circle/);
    expect(svg).toMatch(/<a class="tl-mark tl-bar" href="\/events\/warning\/"[^>]*><title>[^<]*<\/title><rect class="tl-hit"[^>]*\/><rect class="tl-shape"/);
    expect(svg).toMatch(/<a class="tl-mark tl-bar tl-fuzzy" href="\/events\/memorial\/"/);
    expect(svg).toContain('.tl-fuzzy .tl-shape{fill:url(#tl-hatch)');
  });

  it('draws what happened once within a range as a dotted range with end marks, never as the bar of what lasted', () => {
    const lasted = ev('lasted', '2021-06/2022-12', 'attack', ['guild'], 'A campaign');
    const within = ev('within', '[2021-06..2022-12]', 'attack', ['guild'], 'An attack');
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const svg = renderTimelineSvg([lasted, within], { ...base, orientation });
      const mark = (id: string) => new RegExp(`<a class="([^"]+)" href="/events/${id}/"[^>]*>(.*?)</a>`).exec(svg)!;
      const [, lastedClass, lastedBody] = mark('lasted');
      const [, withinClass, withinBody] = mark('within');
      expect(lastedClass).toBe('tl-mark tl-bar');
      expect(lastedBody).toMatch(/<rect class="tl-shape"/);
      expect(withinClass).toBe('tl-mark tl-bar tl-within');
      expect(withinBody).not.toMatch(/<rect class="tl-shape"/);
      expect(withinBody).toMatch(/<path class="tl-shape" d="M[^"]+"\/><path class="tl-shape tl-ends" d="M[^"]+M[^"]+"\/>/);
      // No fill: dotted, so the range never reads as a solid span.
      expect(svg).toContain('.tl-within .tl-shape{fill:none;stroke-width:2.5;stroke-dasharray:.5 4.5');
      expect(svg).toMatch(/Month, season, year, or how long it lasted.*Happened once, some time in this range/s);
      expect(svg).toContain('aria-label="An attack, at some time between June 2021 and the end of 2022"');
      expect(svg).toContain('aria-label="A campaign, from June 2021 to December 2022"');
    }
  });

  it('gives every mark a tap target of at least 24 by 24, and keeps one mark\'s targets off another\'s', () => {
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const layout = layoutTimeline(story(), { ...base, orientation, width: orientation === 'vertical' ? 343 : 960 });
      const boxes = layout.marks.flatMap((m) => m.hits.map((h) => ({ id: m.event.id, ...h })));
      for (const b of boxes) {
        expect(b.w, b.id).toBeGreaterThanOrEqual(24 - 1e-9);
        expect(b.h, b.id).toBeGreaterThanOrEqual(24 - 1e-9);
      }
      for (const a of boxes) for (const b of boxes) {
        if (a.id === b.id) continue;
        const overlap = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;
        expect(overlap, `${orientation}: ${a.id} and ${b.id}`).toBe(false);
      }
    }
  });

  it('labels a bar that runs in from before the view where it enters the view, on a narrow screen too', () => {
    const layout = layoutTimeline(story(), { ...base, orientation: 'vertical', width: 343, domain: [Date.UTC(2022, 2, 1), Date.UTC(2022, 7, 1)] });
    const flares = layout.marks.find((m) => m.event.id === 'flares')!;
    expect(flares.t0).toBeLessThan(layout.plot.y0);
    expect(flares.label).toBeDefined();
    expect(flares.label!.y).toBeGreaterThan(layout.plot.y0);
  });

  it('escapes titles, ids and labels from content', () => {
    const nasty = ev('x"><script>', '2022-01-01', 'attack', ['guild'], 'A </script><b onclick="x">&amp; title\'s');
    const svg = renderTimelineSvg([nasty], { ...base, title: '<i>T</i>' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b ');
    expect(svg).not.toContain('<i>');
    expect(svg).toContain('A &lt;/script&gt;&lt;b onclick=&quot;x&quot;&gt;&amp;amp; title&#39;s');
    expect(esc(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it('stays under 150 KB for 5,000 events', () => {
    const svg = renderTimelineSvg(synthetic(5000), base);
    expect(Buffer.byteLength(svg)).toBeLessThan(150_000);
  });

  it('has a legend for the marks it uses', () => {
    expect(renderTimelineSvg(story(), base)).toMatch(/Known day.*Month, season, year, or how long it lasted.*Happened once, some time in this range.*Approximate or uncertain/s);
    expect(renderTimelineSvg([ev('a', '2022-06')], base)).not.toContain('Happened once');
    expect(renderTimelineSvg(synthetic(1000), base)).toContain('number of events starting in each period');
  });
});
