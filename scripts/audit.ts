/**
 * `npm run audit`: Lighthouse (mobile profile, its default) against the home page, the largest
 * actor page and the largest event page, served by `astro preview`, in Debian's Chromium with
 * the same flags as the browser tests. Prints the four category scores for each page.
 * Builds dist/ first if it is missing. Pass site paths as arguments to audit other pages.
 * Exits 1 when a score is below 100 only with `--strict`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { distFiles } from './lib/dist-files.ts';
import { deployment, loadSiteConfig } from '../src/lib/content/site-config.ts';
import { pageWeights } from './lib/weight.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/helpers/browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');
const DIST = resolve(ROOT, 'dist');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const args = process.argv.slice(2);
const strict = args.includes('--strict');

if (!existsSync(resolve(DIST, 'index.html'))) {
  console.log('dist/ is missing: building first');
  const build = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: ROOT, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { base } = deployment(loadSiteConfig());
// The heaviest page of each kind: the worst case a reader meets.
const weights = pageWeights(distFiles(DIST), base);
const heaviest = (kind: string) => weights.filter((w) => w.kind === kind).sort((a, b) => b.html - a.html)[0]?.path;
const targets = args.filter((a) => !a.startsWith('--'));
const paths = (targets.length ? targets : ['/', heaviest('actor'), heaviest('event')]).filter((p): p is string => p !== undefined);

const port = await new Promise<number>((done, fail) => {
  const server = createServer();
  server.once('error', fail);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => done(port));
  });
});
const preview = spawn(process.execPath, [ASTRO, 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: ROOT, env, stdio: 'ignore' });
const origin = `http://127.0.0.1:${port}`;
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}${base}`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || preview.exitCode !== null) throw new Error(`astro preview did not answer at ${origin}${base}`);
    await new Promise((r) => setTimeout(r, 200));
  }

  chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
  const rows: string[][] = [];
  let below = 0;
  for (const path of paths) {
    const url = `${origin}${base}${path.replace(/^\//, '')}`;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    below += scores.filter((s) => s < 100).length;
    rows.push([path, ...scores.map(String)]);
    // Say what cost points, so a score below 100 can be acted on.
    for (const c of categories) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(`  ${path} · ${c}: ${audit.id} (${audit.score}) ${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
          const items = (audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
          for (const item of items.slice(0, 3)) console.log(`      ${JSON.stringify(item).slice(0, 200)}`);
        }
      }
    }
  }
  const head = ['page', 'perf', 'a11y', 'best', 'seo'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\nLighthouse (mobile profile, simulated throttling), ${origin}`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  if (strict && below > 0) process.exitCode = 1;
} finally {
  await chrome?.kill();
  preview.kill();
}
