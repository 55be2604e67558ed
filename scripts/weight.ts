/**
 * `npm run weight`: prints the gzipped weight of every page in dist/ against the budgets of
 * scripts/lib/weight.ts (which says what each column counts). Exits 1 when a budget breaks.
 * Build first (`npm run build`).
 */
import { resolve } from 'node:path';
import { distFiles } from './lib/dist-files.ts';
import { deployment, loadSiteConfig } from '../src/lib/content/site-config.ts';
import { BUDGETS, overBudget, pageWeights } from './lib/weight.ts';

const dist = resolve(import.meta.dirname, '..', process.argv[2] ?? 'dist');
const { base } = deployment(loadSiteConfig());
const weights = pageWeights(distFiles(dist), base);
const kb = (n: number) => (n / 1024).toFixed(1);
const rows = weights.map((w) => [w.path, w.kind, kb(w.html), kb(w.css), kb(w.jsAtLoad), kb(w.jsOnDemand), w.chart ? kb(w.chart) : '–']);
const head = ['page', 'kind', 'HTML', 'CSS', 'JS load', 'JS later', 'chart'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`KB gzipped (level 9). Budgets: HTML ${kb(BUDGETS.html)} (actor, event, prose pages), CSS ${kb(BUDGETS.css)}, JS at load ${kb(BUDGETS.jsAtLoad)}, chart island (timeline, map, network) ${kb(BUDGETS.chart)}.`);
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
const problems = weights.flatMap(overBudget);
if (problems.length) {
  console.error(`\n${problems.length} over budget:\n${problems.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`\n${weights.length} pages, all within budget.`);
}
