import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gzipSize, htmlWeights, isForeign, overBudget, overSizeCap, pageKind, pageWeights, SIZE_CAPS, type DistFiles } from '../../scripts/lib/weight.ts';

/** An in-memory dist/. */
function dist(files: Record<string, string>): DistFiles {
  return { list: () => Object.keys(files), read: (f) => (f in files ? Buffer.from(files[f]!) : undefined) };
}
const html = (head: string, body = '') => `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;
// Incompressible-ish filler so sizes differ clearly.
const noise = (n: number) => Array.from({ length: n }, (_, i) => ((i * 7919) % 65536).toString(36)).join('');

describe('pageWeights', () => {
  it('counts linked and inline CSS, each gzipped', () => {
    const css = `body{color:red}${noise(200)}`;
    const [w] = pageWeights(dist({ 'index.html': html('<link rel="stylesheet" href="/_astro/a.css"><style>p{margin:0}</style>'), '_astro/a.css': css }));
    expect(w!.css).toBe(gzipSize(css) + gzipSize('p{margin:0}'));
  });

  it('counts module scripts and their static imports at load, dynamic imports on demand', () => {
    const files = {
      'events/x/index.html': html('<script type="module" src="/_astro/boot.js"></script>'),
      '_astro/boot.js': `import{a}from"./shared.js";document.onclick=()=>import("./search.js");${noise(50)}`,
      '_astro/shared.js': `export const a=1;${noise(60)}`,
      '_astro/search.js': `import"./shared.js";export const s=2;${noise(400)}`,
    };
    const [w] = pageWeights(dist(files));
    expect(w!.kind).toBe('event');
    expect(w!.loadFiles).toEqual(['_astro/boot.js', '_astro/shared.js']);
    expect(w!.jsAtLoad).toBe(gzipSize(files['_astro/boot.js']) + gzipSize(files['_astro/shared.js']));
    expect(w!.jsOnDemand).toBe(gzipSize(files['_astro/search.js']));
  });

  it('leaves JSON data blocks out and counts inline scripts with their static imports', () => {
    const inline = 'import"./_astro/x.js";';
    const files = {
      'index.html': html(`<script type="application/ld+json">{"@context":"https://schema.org"}</script><script type="module">${inline}</script>`),
      '_astro/x.js': `console.log(1);${noise(30)}`,
    };
    const [w] = pageWeights(dist(files));
    expect(w!.jsAtLoad).toBe(gzipSize(inline) + gzipSize(files['_astro/x.js']));
  });

  it('treats islands hydrated on load as load, on visible as on demand', () => {
    const files = {
      'actors/a/index.html': html('', '<astro-island client="load" component-url="/_astro/Now.js"></astro-island><astro-island client="visible" component-url="/_astro/Later.js"></astro-island>'),
      '_astro/Now.js': `export default 1;${noise(20)}`,
      '_astro/Later.js': `export default 2;${noise(40)}`,
    };
    const [w] = pageWeights(dist(files));
    expect(w!.jsAtLoad).toBe(gzipSize(files['_astro/Now.js']));
    expect(w!.jsOnDemand).toBe(gzipSize(files['_astro/Later.js']));
  });

  it('weighs a chart island (the timeline) apart from the bootstrap and holds it to 25 KB', () => {
    const big = noise(14000);
    const files = {
      'index.html': html('<script type="module" src="/_astro/Timeline.astro_type_script.js"></script>'),
      '_astro/Timeline.astro_type_script.js': `import"./d3-scale.js";${noise(100)}`,
      '_astro/d3-scale.js': big,
    };
    const [w] = pageWeights(dist(files));
    expect(w!.jsAtLoad).toBe(0);
    expect(w!.chart).toBe(gzipSize(files['_astro/Timeline.astro_type_script.js']) + gzipSize(big));
    expect(w!.chart).toBeGreaterThan(25 * 1024);
    expect(overBudget(w!)).toEqual([expect.stringContaining('chart island')]);
  });

  it('resolves URLs under a base path and relative to the page', () => {
    const files = {
      'actors/a/index.html': html('<link rel="stylesheet" href="/sub/_astro/a.css"><link rel="stylesheet" href="../../local.css">'),
      '_astro/a.css': 'a{}',
      'local.css': 'b{}',
    };
    const [w] = pageWeights(dist(files), '/sub/');
    expect(w!.css).toBe(gzipSize('a{}') + gzipSize('b{}'));
  });

  it('reports resources from other hosts but not links to them', () => {
    const files = {
      'about/index.html': html(
        '<link rel="stylesheet" href="https://fonts.example.com/css"><link rel="canonical" href="https://site.example/about/"><script src="//cdn.example/x.js"></script>',
        '<img src="https://img.example/a.png" alt="a"><a href="https://news.example/story">story</a>',
      ),
    };
    const [w] = pageWeights(dist(files));
    expect(w!.foreign.sort()).toEqual(['//cdn.example/x.js', 'https://fonts.example.com/css', 'https://img.example/a.png']);
    expect(overBudget(w!)).toHaveLength(3);
  });

  it('holds actor, event and prose HTML to its budget but not listing pages', () => {
    const body = `<p>${noise(20000)}</p>`;
    const weights = pageWeights(dist({ 'events/index.html': html('', body), 'events/e/index.html': html('', body) }));
    expect(weights.map((w) => [w.path, overBudget(w).length])).toEqual([
      ['/events/', 0],
      ['/events/e/', 1],
    ]);
  });
});

describe('the size caps every page keeps at any size of site', () => {
  // Filler gzip cannot shrink below three quarters (base64 of hashes): `kb` KB of it weigh at least that gzipped.
  const heavy = (kb: number) => `<p>${Array.from({ length: Math.ceil((kb * 1024) / 0.75 / 44) }, (_, i) => createHash('sha256').update(String(i)).digest('base64')).join('')}</p>`;

  it('hold every page, listing and figure pages too, to 60 KB gzipped and the home page to 30 KB', () => {
    const files = {
      'index.html': html('', heavy(40)),
      'events/index.html': html('', heavy(70)),
      'events/2020/index.html': html('', heavy(50)),
      'map/index.html': html('', heavy(70)),
    };
    const weights = htmlWeights(dist(files));
    expect(weights.map((w) => [w.path, w.kind])).toEqual([['/events/', 'index'], ['/map/', 'prose'], ['/events/2020/', 'index'], ['/', 'home']]);
    for (const w of weights) expect(w.raw).toBe(Buffer.byteLength(files[(w.path === '/' ? 'index.html' : `${w.path.slice(1)}index.html`) as keyof typeof files]));
    const breaks = weights.flatMap(overSizeCap);
    expect(breaks).toHaveLength(3);
    expect(breaks.find((b) => b.startsWith('/:'))).toMatch(/> 30\.0 KB, the cap of every home page/);
    expect(breaks.find((b) => b.startsWith('/events/:'))).toMatch(/> 60\.0 KB, the cap of every page/);
    expect(breaks.some((b) => b.startsWith('/events/2020/'))).toBe(false);
    // Just under the cap passes, just over it does not.
    expect(overSizeCap({ path: '/', kind: 'home', html: SIZE_CAPS.home })).toEqual([]);
    expect(overSizeCap({ path: '/', kind: 'home', html: SIZE_CAPS.home + 1 })).toHaveLength(1);
  });

  it('are part of every page\'s budgets, for listing pages that have no HTML budget of their own', () => {
    const [w] = pageWeights(dist({ 'sources/index.html': html('', heavy(70)) }));
    expect(w!.kind).toBe('index');
    expect(overBudget(w!)).toEqual(overSizeCap(w!));
    expect(overBudget(w!)).toHaveLength(1);
  });
});

describe('figure pages', () => {
  it('calls a page with a map island a figure page, with no HTML budget but the island budget', () => {
    const svg = `<svg>${noise(20000)}</svg>`;
    const files = { 'map/index.html': html('<script type="module" src="/_astro/map.astro_astro_type_script_index_0_lang.x.js"></script>', svg), '_astro/map.astro_astro_type_script_index_0_lang.x.js': `${noise(300)}` };
    const [w] = pageWeights(dist(files));
    expect(w!.kind).toBe('figure');
    expect(w!.jsAtLoad).toBe(0);
    expect(w!.chart).toBe(gzipSize(files['_astro/map.astro_astro_type_script_index_0_lang.x.js']));
    expect(w!.html).toBeGreaterThan(12 * 1024);
    expect(overBudget(w!)).toEqual([]);
  });
});

describe('pageKind and isForeign', () => {
  it('classifies site paths', () => {
    expect(['/', '/actors/', '/actors/lantern-guild/', '/events/e/', '/about/', '/404.html'].map(pageKind)).toEqual(['home', 'index', 'actor', 'event', 'prose', 'error']);
    // The events of a year and its further pages are lists: no event id is a bare year.
    expect(['/events/2020/', '/events/2020/2/', '/events/2020-07-01-raid/', '/events/e/cite/'].map(pageKind)).toEqual(['index', 'index', 'event', 'prose']);
  });
  it('knows absolute and protocol-relative URLs from site paths', () => {
    expect(['https://a.b/', '//a.b/x', 'HTTP://a', '/x', 'x.js', '../y'].map(isForeign)).toEqual([true, true, true, false, false, false]);
  });
});
