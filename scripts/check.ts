/**
 * `npm run check`: every content problem at once, without building the site. Validates
 * the content folder (`CONTENT_DIR`, default `content/`) with the checks the build runs: its
 * set of files (a required file missing, a file the build would not read), the schemas,
 * cross-references, MDX guard and lint; and type-checks the code with `tsc --noEmit`
 * in parallel. One line per problem; with `GITHUB_ACTIONS=true` also GitHub annotations.
 * Warnings are printed; only errors make it exit non-zero.
 *
 *   npm run check               content and types
 *   npm run check -- --no-types content only (what an editor needs; about a second)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { githubAnnotation } from './lib/annotations.ts';
import { checkContent } from '../src/lib/content/content-problems.ts';
import { contentDir, readContent } from '../src/lib/content/content-files.ts';
import { formatProblem, sortProblems, summarize, type Problem } from '../src/lib/content/problems.ts';
import { overrideProblems } from '../src/lib/content/site-config.ts';
import { parseTscOutput } from './lib/tsc-output.ts';

const ROOT = resolve(import.meta.dirname, '..');
const started = performance.now();
const args = new Set(process.argv.slice(2));

function run(command: string, commandArgs: string[]): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, commandArgs, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/** Type problems of the project; generates Astro's types first on a fresh checkout. */
async function typeCheck(): Promise<Problem[]> {
  if (!existsSync(resolve(ROOT, '.astro/content.d.ts'))) {
    const sync = await run(process.execPath, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync']);
    if (sync.code !== 0) {
      return [{ file: 'src/content.config.ts', line: 1, column: 1, field: 'astro sync', severity: 'error', message: `astro sync failed, so types could not be checked: ${sync.output.trim().split('\n').at(-1)}` }];
    }
  }
  // Incremental: a second run re-checks only what changed (about 1 s of CPU instead of 2.5).
  const tsc = await run(process.execPath, [
    resolve(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '--pretty', 'false', '-p', ROOT,
    '--incremental', '--tsBuildInfoFile', resolve(ROOT, 'node_modules/.cache/check.tsbuildinfo'),
  ]);
  const problems = parseTscOutput(tsc.output);
  if (tsc.code !== 0 && problems.length === 0) {
    problems.push({ file: 'tsconfig.json', line: 1, column: 1, field: 'typescript', severity: 'error', message: `tsc failed: ${tsc.output.trim()}` });
  }
  return problems;
}

// Types are the generator's own: a site that installs it (`explainer check` in the site's
// folder) has content to check and no TypeScript of its own.
const noTypes = args.has('--no-types') || resolve(process.cwd()) !== ROOT;
const types = noTypes ? Promise.resolve([]) : typeCheck();
const { problems: contentProblems } = checkContent(readContent(contentDir()));
// A host's SITE_URL and BASE_PATH replace settings of site.yaml, and are held to their rules.
for (const { name, message } of overrideProblems()) {
  contentProblems.push({ file: '(environment)', line: 1, column: 1, field: name, severity: 'error', message: `${name}: ${message}` });
}
const contentTime = performance.now() - started;
const problems = sortProblems([...contentProblems, ...(await types)]);

for (const p of problems) console.log(formatProblem(p));
if (process.env.GITHUB_ACTIONS === 'true') for (const p of problems) console.log(githubAnnotation(p));

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const total = performance.now() - started;
const what = noTypes ? 'content' : 'content and types';
console.log(`${problems.length ? summarize(problems) : 'no problems'} (${what} checked in ${seconds(total)}; content alone ${seconds(contentTime)})`);
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
