/** Runs the Astro CLI of this project as a child process, with the Node that runs the tests. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, ANSI colours removed. */
  output: string;
}

export function runAstro(args: string[], env: Record<string, string> = {}): RunResult {
  // Vitest puts Vite's BASE_URL, MODE, DEV, PROD and SSR into process.env; a child Astro would
  // take that BASE_URL over its own `base` (a BASE_PATH build would link to /), so drop them.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...parent } = process.env;
  const result = spawnSync(process.execPath, [ASTRO, ...args], {
    cwd: ROOT,
    env: { ...parent, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
  return {
    code: result.status ?? 1,
    stdout: strip(result.stdout),
    stderr: strip(result.stderr),
    output: strip(`${result.stdout}\n${result.stderr}`),
  };
}

/**
 * Builds the site whose content folder is `root`/content into `root`/dist, as a build test's
 * setup does, and gives the output folder; fails with Astro's own output if the build fails.
 */
export function buildSite(root: string, env: Record<string, string> = {}): string {
  const dist = join(root, 'dist');
  const result = runAstro(['build', '--outDir', dist], { CONTENT_DIR: join(root, 'content'), ...env });
  if (result.code !== 0) throw new Error(`building ${root} failed (exit ${result.code}):\n${result.output}`);
  return dist;
}
