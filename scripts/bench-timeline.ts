/**
 * Timeline benchmark: prints figures, asserts nothing.
 *   - build-time render of the home timeline (layout + SVG string) for 100, 1,000 and 5,000
 *     synthetic events: median of 7 runs after a warm-up, and the SVG's size;
 *   - the island's size, minified and gzipped (bundled here with esbuild, as Vite does, and
 *     from dist/ when a build exists);
 *   - in Chromium, for a page of each size (SVG, list and data as the component writes them):
 *     when the HTML was parsed, when the island had drawn (ready for input), and how long the
 *     first zoom takes from click to the painted new chart (reduced motion: no easing).
 * Usage: npm run bench:timeline
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { parseDate } from '../src/lib/content/dates.ts';
import { esc } from '../src/lib/figures/svg.ts';
import { renderTimelineSvg } from '../src/lib/figures/timeline/render-svg.ts';
import type { TimelineEvent } from '../src/lib/figures/timeline/types.ts';
import { staticOptions, type TimelinePayload } from '../src/lib/figures/timeline/view-data.ts';
import { timelineText } from '../src/lib/figures/timeline/page-words.ts';
import { DEFAULT_MODEL } from '../src/lib/content/site-config.ts';

const text = timelineText(DEFAULT_MODEL);

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [100, 1000, 5000];

/** `n` events over ten years from a fixed seed; dates go through the real EDTF parser. */
function synthetic(n: number): TimelineEvent[] {
  let s = 7;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pad = (x: number) => String(x).padStart(2, '0');
  const pool = Array.from({ length: 400 }, () => {
    const y = 2015 + Math.floor(rand() * 10);
    const m = 1 + Math.floor(rand() * 12);
    const p = rand();
    const text = p < 0.6 ? `${y}-${pad(m)}-${pad(1 + Math.floor(rand() * 28))}` : p < 0.8 ? `${y}-${pad(m)}` : p < 0.9 ? `${y}-${pad(m)}~` : `${y}-${pad(m)}/${y + 1}`;
    return parseDate(text);
  });
  const kinds = ['attack', 'raid', 'report', 'policy', 'statement', 'arrest'];
  const actors = ['group-a', 'group-b', 'agency-c', 'body-d', 'state-e', 'state-f'];
  return Array.from({ length: n }, (_, i) => {
    const d = pool[Math.floor(rand() * pool.length)]!;
    const kind = kinds[Math.floor(rand() * kinds.length)]!;
    const actor = [actors[Math.floor(rand() * actors.length)]!];
    return {
      id: `e${i}`, title: `Synthetic event ${i}: a headline of ordinary length`, href: `/events/e${i}/`,
      kind, actors: actor, attributed: actor,
      country: rand() < 0.8 ? 'BR' : 'AR',
      min: d.min, max: d.max, precision: d.precision, approximate: d.approximate, uncertain: d.uncertain, words: d.words,
    };
  });
}

function payloadOf(events: TimelineEvent[]): TimelinePayload {
  const kind: Record<string, string> = {};
  const actor: Record<string, string> = {};
  for (const e of events) { kind[e.kind] = e.kind; for (const a of e.actors) actor[a] = a.toUpperCase(); }
  return {
    events, labels: { kind, actor, country: { BR: 'Brazil', AR: 'Argentina' } },
    options: { title: 'All events', description: 'Synthetic events.', lanes: 'kind', idPrefix: 'tl', language: 'en' },
    messages: text.messages, canvasLabel: 'All events: the chart.',
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

console.log('Timeline benchmark');
console.log('\nBuild-time render (layout + SVG string), median of 7 after a warm-up:');
const pages: { n: number; payload: TimelinePayload; svg: string }[] = [];
for (const n of SIZES) {
  const payload = payloadOf(synthetic(n));
  const options = staticOptions(payload, text.words);
  let svg = renderTimelineSvg(payload.events, options);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    svg = renderTimelineSvg(payload.events, options);
    times.push(performance.now() - t);
  }
  const bytes = Buffer.byteLength(svg);
  const mode = svg.includes('data-density="true"') ? 'density' : 'single marks';
  console.log(`  ${String(n).padStart(5)} events: ${median(times).toFixed(1).padStart(6)} ms   SVG ${kb(bytes).padStart(9)} (${kb(gzipSync(svg).length)} gzipped), ${mode}`);
  pages.push({ n, payload, svg });
}

const bundle = await build({ entryPoints: [join(ROOT, 'src/client/timeline.ts')], bundle: true, minify: true, format: 'esm', write: false, target: 'es2022', logLevel: 'silent' });
const island = bundle.outputFiles[0]!.text;
console.log('\nIsland (src/client/timeline.ts):');
console.log(`  esbuild, minified: ${kb(Buffer.byteLength(island))}, gzipped: ${kb(gzipSync(island).length)} (budget 25 KB)`);
const home = join(ROOT, 'dist/index.html');
const src = existsSync(home) ? /<script type="module" src="([^"]*Timeline[^"]*)"/.exec(readFileSync(home, 'utf8'))?.[1] : undefined;
if (src) {
  const built = readFileSync(join(ROOT, 'dist', src));
  console.log(`  dist${src}: ${kb(built.length)}, gzipped: ${kb(gzipSync(built).length)}`);
} else {
  console.log('  (no dist/ build found: run `npm run build` to measure the shipped file too)');
}

function html(p: { payload: TimelinePayload; svg: string }): string {
  const list = p.payload.events.map((e) => `<li class="event-item" id="event-${e.id}"><p>${e.words}</p><h3><a href="${e.href}">${e.title}</a></h3></li>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><main style="max-width:60rem;margin:auto">
<section class="timeline" data-timeline="${esc(JSON.stringify(p.payload))}">
<div class="tl-toolbar" hidden><div class="tl-buttons"><button type="button" data-action="in">Zoom in</button><button type="button" data-action="out">Zoom out</button><button type="button" data-action="reset">Show all</button></div><p class="tl-range"></p></div>
<div class="tl-canvas">${p.svg}</div><p class="tl-help" hidden></p><p class="tl-status" role="status"></p><div class="tl-tip" id="tl-tip" hidden></div>
<div class="tl-list"><ol class="event-list">${list}</ol></div></section></main>
<script type="module" src="/island.js"></script></body></html>`;
}

const server = createServer((req, res) => {
  if (req.url === '/island.js') { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(island); return; }
  const p = pages.find((x) => req.url === `/${x.n}/`);
  if (!p) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html(p));
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const port = (server.address() as { port: number }).port;

console.log('\nChromium (headless, this machine), median of 3 loads:');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (const p of pages) {
    const parsed: number[] = [];
    const ready: number[] = [];
    const zoom: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, reducedMotion: 'reduce' });
      await page.goto(`http://127.0.0.1:${port}/${p.n}/`);
      await page.waitForSelector('.timeline[data-ready]');
      ready.push(Number(await page.getAttribute('.timeline', 'data-ready')));
      parsed.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive));
      const before = await page.getAttribute('svg.tl-svg', 'data-to');
      // Click → next painted frame with the new chart, measured inside the page.
      zoom.push(await page.evaluate(async (prev) => {
        const t = performance.now();
        (document.querySelector('[data-action="in"]') as HTMLButtonElement).click();
        await new Promise<void>((done) => {
          const check = () => (document.querySelector('svg.tl-svg')!.getAttribute('data-to') !== prev ? requestAnimationFrame(() => done()) : requestAnimationFrame(check));
          check();
        });
        return performance.now() - t;
      }, before));
      await page.close();
    }
    console.log(`  ${String(p.n).padStart(5)} events: HTML parsed at ${median(parsed).toFixed(0).padStart(4)} ms, island ready at ${median(ready).toFixed(0).padStart(4)} ms after navigation start; first zoom drawn in ${median(zoom).toFixed(0).padStart(3)} ms`);
  }
} finally {
  await browser.close();
  server.close();
}
