import { describe, expect, it } from 'vitest';
import { esc } from '../../src/lib/timeline/escape.ts';
import { renderTimelineSvg } from '../../src/lib/timeline/render-svg.ts';
import { base, ev, story, synthetic } from './timeline-fixtures.ts';

// Snapshots are checked in under tests/unit/__snapshots__/; coordinates are rounded to 0.1
// by the renderer and the run's time zone is UTC (vitest.config.ts), so they are stable.
const pretty = (svg: string) => svg.replace(/></g, '>\n<');

describe('timeline SVG snapshots', () => {
  it('the story by kind', async () => {
    await expect(pretty(renderTimelineSvg(story(), base))).toMatchFileSnapshot('./__snapshots__/timeline-story-kind.svg');
  });

  it('the story by actor, zoomed to spring and summer 2022', async () => {
    const svg = renderTimelineSvg(story(), { ...base, lanes: 'actor', domain: [Date.UTC(2022, 2, 1), Date.UTC(2022, 7, 1)] });
    await expect(pretty(svg)).toMatchFileSnapshot('./__snapshots__/timeline-story-actor-2022.svg');
  });

  it('the story, vertical for a narrow screen, with one event emphasised', async () => {
    const svg = renderTimelineSvg(story(), { ...base, orientation: 'vertical', width: 360, highlight: 'memorial', idPrefix: 'strip' });
    await expect(pretty(svg)).toMatchFileSnapshot('./__snapshots__/timeline-story-vertical.svg');
  });

  it('1,000 events as density', async () => {
    await expect(pretty(renderTimelineSvg(synthetic(1000), { ...base, lanes: 'actor' }))).toMatchFileSnapshot('./__snapshots__/timeline-density.svg');
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
    expect(svg).toContain('href="/events/memorial/" aria-label="Attack on a memorial ceremony in Kabul, about May 2022"');
    expect(svg).toContain('aria-label="Rocket attacks from Afghanistan into Tajikistan and Uzbekistan, between June 2021 and 2022"');
  });

  it('draws days as points, spans as bars, and approximate dates hatched', () => {
    const svg = renderTimelineSvg(story(), base);
    expect(svg).toMatch(/<a class="tl-mark tl-point" href="\/events\/peshawar\/"[^>]*><title>[^<]*<\/title><circle/);
    expect(svg).toMatch(/<a class="tl-mark tl-bar" href="\/events\/un\/"[^>]*><title>[^<]*<\/title><rect/);
    expect(svg).toMatch(/<a class="tl-mark tl-bar tl-fuzzy" href="\/events\/memorial\/"/);
    expect(svg).toContain('.tl-fuzzy .tl-shape{fill:url(#tl-hatch)');
  });

  it('escapes titles, ids and labels from content', () => {
    const nasty = ev('x"><script>', '2022-01-01', 'attack', ['iskp'], 'A </script><b onclick="x">&amp; title\'s');
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
    expect(renderTimelineSvg(story(), base)).toMatch(/Known day.*Month, season, year or interval.*Approximate or uncertain/s);
    expect(renderTimelineSvg(synthetic(1000), base)).toContain('number of events starting in each period');
  });
});
