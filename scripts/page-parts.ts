/**
 * `npm run page-parts [-- dist]`: what an average actor page and event page of a built site
 * carry, part by part (scripts/lib/page-parts.ts says how each part is found and counted), as
 * a Markdown table of raw and gzipped bytes. Build first.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { distFiles } from './lib/dist-files.ts';
import { meanParts, pageParts, type PartSize } from './lib/page-parts.ts';
import { pageKind } from './lib/weight.ts';
import { sitePathFor } from '../src/lib/render/dist-paths.ts';

const dist = resolve(import.meta.dirname, '..', process.argv[2] ?? 'dist');
const html = distFiles(dist).list().filter((f) => f.endsWith('.html'));
const byKind = (kind: 'actor' | 'event') =>
  meanParts(html.filter((f) => pageKind(sitePathFor(f)) === kind).map((f) => pageParts(readFileSync(join(dist, f), 'utf8'))));
const actor = byKind('actor');
const event = byKind('event');
const count = (kind: string) => html.filter((f) => pageKind(sitePathFor(f)) === kind).length;
const kb = (n: number) => (n / 1024).toFixed(1);
const share = (p: PartSize, all: PartSize[]) => `${Math.round((100 * p.raw) / all.at(-1)!.raw)} %`;
console.log(`Mean of ${count('event')} event pages and ${count('actor')} actor pages, KB (gzip level 9; a part's gzip is what the page loses without it):\n`);
console.log('| part | event raw | event gz | actor raw | actor gz |');
console.log('|---|---:|---:|---:|---:|');
event.forEach((p, i) => {
  const a = actor[i]!;
  console.log(`| ${p.name} | ${kb(p.raw)} (${share(p, event)}) | ${kb(p.gzip)} | ${kb(a.raw)} (${share(a, actor)}) | ${kb(a.gzip)} |`);
});
