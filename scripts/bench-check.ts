/**
 * `npm run bench:check`: times `npm run check` on the real content, the way an editor runs
 * it. Prints the wall time of a cold run (no type-check cache) and of five warm runs, with
 * the median, and the content-only (`--no-types`) median. Figures, not a test: machines differ.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CHECK = resolve(ROOT, 'scripts/check.ts');

function time(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [CHECK, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) console.log(`(check exited ${result.status}: ${result.stdout.trim().split('\n').at(-1)})`);
  return (performance.now() - started) / 1000;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (s: number) => `${s.toFixed(2)} s`;

rmSync(resolve(ROOT, 'node_modules/.cache/check.tsbuildinfo'), { force: true });
const cold = time([]);
const warm = Array.from({ length: 5 }, () => time([]));
const content = Array.from({ length: 5 }, () => time(['--no-types']));
console.log(`check, cold type cache: ${fmt(cold)}`);
console.log(`check, warm: ${warm.map(fmt).join(', ')}; median ${fmt(median(warm))}`);
console.log(`check --no-types: ${content.map(fmt).join(', ')}; median ${fmt(median(content))}`);
