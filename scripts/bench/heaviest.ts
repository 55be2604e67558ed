/**
 * The bench's page-weight check at each size: the heaviest HTML pages of a build, gzipped, and
 * every page over its size cap (scripts/lib/weight.ts `SIZE_CAPS`), which fails the bench.
 */
import { distFiles } from '../lib/dist-files.ts';
import { htmlWeights, overSizeCap, sizeCap } from '../lib/weight.ts';

export interface HeaviestPages {
  /** A Markdown table of the `count` heaviest pages. */
  table: string;
  /** One line per page over its cap (all of them, not only the heaviest shown). */
  breaks: string[];
  pages: number;
  /** The mean HTML of a page, gzipped and raw, in bytes. */
  meanGzip: number;
  meanRaw: number;
}

export function heaviestPages(dist: string, count = 10): HeaviestPages {
  const weights = htmlWeights(distFiles(dist));
  const kb = (n: number) => (n / 1024).toFixed(1);
  const rows = weights.slice(0, count).map((w) => `| ${w.path} | ${w.kind} | ${kb(w.html)} | ${kb(w.raw)} | ${kb(sizeCap(w.kind))} |`);
  const sum = (key: 'html' | 'raw') => weights.reduce((n, w) => n + w[key], 0);
  return {
    table: ['| page | kind | HTML KB gz | raw KB | cap KB gz |', '|---|---|---:|---:|---:|', ...rows].join('\n'),
    breaks: weights.flatMap(overSizeCap),
    pages: weights.length,
    meanGzip: weights.length ? sum('html') / weights.length : 0,
    meanRaw: weights.length ? sum('raw') / weights.length : 0,
  };
}
