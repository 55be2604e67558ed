/**
 * Prints what the map and the network cost: time to draw them from the real content, the
 * size of each SVG, and, when dist/ exists, the gzipped weight of the figure pages and of
 * the islands they load. Run: node_modules/.bin/node scripts/bench-figures.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readContent } from '../src/lib/content/content-files.ts';
import { graphOptions } from '../src/lib/model/claims.ts';
import { buildGraph } from '../src/lib/model/graph.ts';
import { loadTopology, worldAtlas } from '../src/lib/figures/map/atlas.ts';
import { mapEvents } from '../src/lib/figures/map/marks.ts';
import { siteMap } from '../src/lib/figures/map/site-map.ts';
import { loadSiteConfig } from '../src/lib/content/site-config.ts';
import { renderMap } from '../src/lib/figures/map/render.ts';
import { buildNetwork } from '../src/lib/figures/network/edges.ts';
import { forceLayout } from '../src/lib/figures/network/layout.ts';
import { renderNetwork } from '../src/lib/figures/network/render.ts';
import { networkText } from '../src/lib/figures/network/site-network.ts';
import { DEFAULT_MODEL } from '../src/lib/content/site-config.ts';
import { validateContent } from '../src/lib/content/validate.ts';

const ROOT = resolve(import.meta.dirname, '..');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
function time<T>(label: string, fn: () => T, runs = 5): T {
  let result!: T;
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) result = fn();
  console.log(`${label.padEnd(34)} ${((performance.now() - start) / runs).toFixed(1)} ms`);
  return result;
}

const { content } = validateContent(readContent(resolve(ROOT, 'content'), ROOT));
const graph = buildGraph(content, graphOptions(content.model.vocabularies));
const names = new Intl.DisplayNames(['en'], { type: 'region' });
const events = mapEvents(graph.eventsByDate, (id) => `/events/${id}/`, (e) => e.date.words);
const { full: FULL, small: SMALL, settings } = siteMap(loadSiteConfig(resolve(ROOT, 'content')).map, graph.eventsByDate);
const options = { id: 'm', title: 't', description: 'd', countryName: (c: string) => names.of(c) ?? c };

const atlas50 = time('read atlas 50m (first, uncached)', () => worldAtlas(loadTopology('50m'), settings.borders), 1);
const atlas110 = time('read atlas 110m (first, uncached)', () => worldAtlas(loadTopology('110m'), settings.borders), 1);
const full = time('draw /map/ (50m)', () => renderMap(atlas50, events, { ...options, frame: FULL }).svg);
const small = time('draw a locator (110m)', () => renderMap(atlas110, events.slice(0, 1), { ...options, frame: SMALL }).svg);
const network = buildNetwork(graph, { actor: (id) => id, source: (id) => id, sourceLabel: (id) => id, dateWords: (edtf) => DEFAULT_MODEL.i18n.date(edtf) });
const positions = time('lay out the network (300 ticks)', () => forceLayout(network, { width: 760, height: 520 }));
const net = renderNetwork(network, positions, { width: 760, height: 520, id: 'n', title: 't', description: 'd', edgeHref: (e) => `#${e.id}`, ...networkText(DEFAULT_MODEL) });

console.log('');
console.log(`map SVG        ${kb(full.length)} raw, ${kb(gz(full))} gzipped`);
console.log(`locator SVG    ${kb(small.length)} raw, ${kb(gz(small))} gzipped`);
console.log(`network SVG    ${kb(net.length)} raw, ${kb(gz(net))} gzipped`);

const dist = resolve(ROOT, 'dist');
if (existsSync(dist)) {
  console.log('');
  for (const page of ['map', 'relations']) {
    const html = readFileSync(resolve(dist, page, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => readFileSync(resolve(dist, `.${m[1]!}`)));
    const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const js = [...scripts, ...inline].reduce((n, s) => n + gz(s), 0);
    console.log(`/${page}/`.padEnd(14), `HTML ${kb(gz(html))} gzipped, JS ${kb(js)} gzipped`);
  }
} else {
  console.log('\n(no dist/: run npm run build for page weights)');
}
