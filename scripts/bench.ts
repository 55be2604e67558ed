/**
 * `npm run bench [-- --size 2500|10000|20000|both|all] [--runs 2] [--only ours,starlight,floor]`
 *
 * Builds the synthetic corpus three ways, one after another with the same Node, and prints
 * wall time, peak RSS, pages per second, dist/ size and the bytes of a first Pagefind
 * search, then the ratios ours/Starlight and ours/floor:
 *   1. ours: this project's `astro build` with CONTENT_DIR at the corpus (whatever the build
 *      holds at the time: pages, timelines, data files, search index);
 *   2. Starlight with its defaults, over the same pages converted to Markdown;
 *   3. the floor: bare Astro, one collection, a minimal layout, Pagefind.
 * Each figure is the best of `--runs` cold builds (Astro's caches removed before each). After
 * ours' cold runs come two warm builds that keep the cache: with nothing changed, then with one
 * event of the corpus edited (its title and a sentence of its body; the file is put back after).
 * Starlight and the floor are installed here, into bench/<name>/, from the npm registry;
 * users of the generator never download them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cacheFolderName, loadSite } from '../src/lib/content/site-config.ts';
import { convertCorpus } from './bench/convert.ts';
import { heaviestPages } from './bench/heaviest.ts';
import { folderSize, measure, type RunFigures } from './bench/measure.ts';
import { firstSearchBytes, type SearchFigures } from './bench/search-bytes.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');
/** A word every corpus page can hold, so that each index has results for it. */
const SEARCH_WORD = 'border';
const SIZES: Record<string, { actors: number; events: number }> = {
  2500: { actors: 500, events: 2000 },
  10000: { actors: 2000, events: 8000 },
  20000: { actors: 4000, events: 16000 },
};
/** `both` is the two sizes the goals compare in time; `all` adds the one that shows memory stays flat. */
const GROUPS: Record<string, string[]> = { both: ['2500', '10000'], all: ['2500', '10000', '20000'] };

type Name = 'ours' | 'starlight' | 'floor';

interface Contender {
  name: Name;
  label: string;
  /** The Astro project folder. */
  root: string;
  dist: string;
  /** Astro's cache folder, removed before each run so that every build is cold. */
  cache: string;
  env: Record<string, string>;
}

interface Result {
  contender: Contender;
  /** The row's name when it is not the contender's cold build. */
  label?: string;
  runs: RunFigures[];
  wallMs: number;
  peakRss: number;
  pages: number;
  distBytes: number;
  search?: SearchFigures;
}

function contenders(corpus: string): Contender[] {
  const content = resolve(corpus);
  // The build's own cache folder for the corpus, so that each run of ours is cold, share
  // cards and the work caches included.
  const key = cacheFolderName(content, loadSite(content).schemas);
  return [
    {
      name: 'ours', label: 'this project', root: ROOT, dist: join(BENCH, 'ours', 'dist'),
      cache: join(ROOT, 'node_modules', '.astro', key), env: { CONTENT_DIR: content },
    },
    {
      name: 'starlight', label: 'Starlight', root: join(BENCH, 'starlight'), dist: join(BENCH, 'starlight', 'dist'),
      cache: join(BENCH, 'starlight', 'node_modules', '.astro'), env: {},
    },
    {
      name: 'floor', label: 'floor (bare Astro + Pagefind)', root: join(BENCH, 'floor'), dist: join(BENCH, 'floor', 'dist'),
      cache: join(BENCH, 'floor', 'node_modules', '.astro'), env: {},
    },
  ];
}

/** Installs a contender's own dependencies from the npm registry, once. */
function install(contender: Contender) {
  if (contender.name === 'ours' || existsSync(join(contender.root, 'node_modules', 'astro', 'package.json'))) return;
  console.log(`installing ${contender.label} into ${contender.root} …`);
  const lock = existsSync(join(contender.root, 'package-lock.json'));
  const result = spawnSync('npm', [lock ? 'ci' : 'install', '--prefix', contender.root, '--no-audit', '--no-fund', '--registry=https://registry.npmjs.org/'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ${lock ? 'ci' : 'install'} failed in ${contender.root}`);
}

/** The corpus folder of a size, generated if missing (it is deterministic, seed 1). */
function corpusFor(size: string): string {
  const dir = join(BENCH, 'corpus', size);
  const { actors, events } = SIZES[size]!;
  const complete = existsSync(join(dir, 'events')) && readdirSync(join(dir, 'events')).length === events
    && existsSync(join(dir, 'actors')) && readdirSync(join(dir, 'actors')).length === actors;
  if (!complete) {
    console.log(`generating the ${size}-page corpus into ${dir} …`);
    writeCorpus(dir, generateCorpus({ actors, events, seed: 1 }));
  }
  return dir;
}

async function run(contender: Contender, runs: number): Promise<Result> {
  const figures: RunFigures[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(contender.dist, { recursive: true, force: true });
    rmSync(contender.cache, { recursive: true, force: true });
    const astro = join(contender.root, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const args = [astro, 'build', ...(contender.name === 'ours' ? ['--outDir', contender.dist] : [])];
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC', ...contender.env };
    const result = await measure(process.execPath, args, { cwd: contender.root, env });
    if (result.code !== 0) throw new Error(`${contender.label}: the build failed (exit ${result.code}):\n${result.tail}`);
    console.log(`  ${contender.label} run ${i + 1}: ${seconds(result.wallMs)} s, peak ${mb(result.peakRss)} MB (process tree; the build process alone ${mb(result.mainHwm)} MB)`);
    figures.push(result);
  }
  const { bytes, pages } = folderSize(contender.dist);
  return {
    contender,
    runs: figures,
    wallMs: Math.min(...figures.map((f) => f.wallMs)),
    peakRss: Math.min(...figures.map((f) => f.peakRss)),
    pages,
    distBytes: bytes,
    search: await firstSearchBytes(contender.dist, SEARCH_WORD).catch((error: Error) => {
      console.log(`  ${contender.label}: the first-search measurement failed: ${error.message}`);
      return undefined;
    }),
  };
}

/** The event the warm, one-file-edited build edits: the first of the corpus, by file name. */
function editedEvent(corpus: string): string {
  return join(corpus, 'events', readdirSync(join(corpus, 'events')).sort()[0]!);
}

/** One edit an author makes: a title reworded and a sentence added to the body. */
function editEvent(text: string): string {
  return text.replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.startsWith('"') ? `"${title.slice(1, -1)}, revised"` : `${title}, revised`}`).trimEnd() + '\n\nA sentence added in the warm rebuild of the bench.\n';
}

/** A build of ours that keeps dist/ and the cache of the build before it. */
async function warm(contender: Contender, label: string, corpus: string, edit: boolean): Promise<Result> {
  const file = editedEvent(corpus);
  const original = readFileSync(file, 'utf8');
  if (edit) writeFileSync(file, editEvent(original));
  try {
    const astro = join(contender.root, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC', ...contender.env };
    const result = await measure(process.execPath, [astro, 'build', '--outDir', contender.dist], { cwd: contender.root, env });
    if (result.code !== 0) throw new Error(`${label}: the build failed (exit ${result.code}):\n${result.tail}`);
    console.log(`  ${label}: ${seconds(result.wallMs)} s, peak ${mb(result.peakRss)} MB (process tree; the build process alone ${mb(result.mainHwm)} MB)`);
    const { bytes, pages } = folderSize(contender.dist);
    return { contender, label, runs: [result], wallMs: result.wallMs, peakRss: result.peakRss, pages, distBytes: bytes };
  } finally {
    if (edit) writeFileSync(file, original);
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const kb = (bytes: number) => (bytes / 1024).toFixed(0);

function table(results: Result[]): string {
  const header = ['contender', 'wall s', 'peak RSS MB', 'pages', 'pages/s', 'dist MB', 'first search KB'];
  const rows = results.map((r) => [
    r.label ?? r.contender.label,
    seconds(r.wallMs),
    mb(r.peakRss),
    String(r.pages),
    (r.pages / (r.wallMs / 1000)).toFixed(1),
    (r.distBytes / 2 ** 20).toFixed(1),
    r.label ? '' : r.search ? `${kb(r.search.bytes)} (${r.search.files} files, ${r.search.results} hits)` : 'no index',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 1) + '-' : '-'.repeat(w + 1) + ':')).join('|')}|`, ...rows.map(line)].join('\n');
}

function ratios(results: Result[]): string[] {
  const ours = results.find((r) => r.contender.name === 'ours' && !r.label);
  if (!ours) return [];
  const rebuilds = results.filter((r) => r.contender.name === 'ours' && r.label).map((r) => `${r.label} / cold: time ${(r.wallMs / ours.wallMs).toFixed(2)} (goal for one file edited: at most 0.40), peak RSS ${(r.peakRss / ours.peakRss).toFixed(2)}`);
  return [...rebuilds, ...results.filter((r) => r.contender.name !== 'ours').map((other) => {
    const pagesPerSecond = (r: Result) => r.pages / r.wallMs;
    return `ours / ${other.contender.name}: time ${(ours.wallMs / other.wallMs).toFixed(2)}, peak RSS ${(ours.peakRss / other.peakRss).toFixed(2)}, `
      + `time per page ${(pagesPerSecond(other) / pagesPerSecond(ours)).toFixed(2)}`
      + (ours.search && other.search ? `, first search bytes ${(ours.search.bytes / other.search.bytes).toFixed(2)}` : '');
  })];
}

async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '2500' },
      runs: { type: 'string', default: '2' },
      only: { type: 'string', default: 'ours,starlight,floor' },
    },
  });
  const sizes = GROUPS[values.size!] ?? [values.size!];
  if (!sizes.every((s) => s in SIZES)) throw new Error(`--size takes ${Object.keys(SIZES).join(', ')}, ${Object.keys(GROUPS).join(' or ')}, not '${values.size}'`);
  const runs = Number(values.runs);
  const only = new Set(values.only!.split(','));
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  console.log(`node ${process.version}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB, commit ${head || 'unknown'}, ${new Date().toISOString()}`);

  const bySize = new Map<string, Result[]>();
  for (const size of sizes) {
    const corpus = corpusFor(size);
    const list = contenders(corpus).filter((c) => only.has(c.name));
    for (const contender of list) install(contender);
    const pages = {
      starlight: () => convertCorpus(corpus, join(BENCH, 'starlight', 'src', 'content', 'docs')),
      floor: () => convertCorpus(corpus, join(BENCH, 'floor', 'src', 'content', 'pages')),
    };
    const results: Result[] = [];
    for (const contender of list) {
      if (contender.name !== 'ours') pages[contender.name]();
      console.log(`${size} pages: building ${contender.label} ×${runs} …`);
      const result = await run(contender, runs);
      results.push(result);
      console.log(table([result]).split('\n').at(-1));
      if (contender.name === 'ours') {
        console.log(`${size} pages: rebuilding ${contender.label} warm, the cache kept …`);
        results.push(await warm(contender, 'ours, warm, nothing changed', corpus, false));
        results.push(await warm(contender, 'ours, warm, one file edited', corpus, true));
      }
    }
    bySize.set(size, results);
    console.log(`\n${size}-page corpus (best of ${runs} runs each):\n${table(results)}`);
    for (const line of ratios(results)) console.log(line);
    const ours = results.find((r) => r.contender.name === 'ours' && !r.label);
    if (ours) {
      const heavy = heaviestPages(ours.contender.dist);
      console.log(`\nthe heaviest pages of ours at ${size} pages (mean of ${heavy.pages}: ${(heavy.meanGzip / 1024).toFixed(1)} KB gzipped, ${(heavy.meanRaw / 1024).toFixed(1)} KB raw):\n${heavy.table}`);
      if (heavy.breaks.length) {
        console.log(`\n${heavy.breaks.length} pages over their size cap:\n${heavy.breaks.join('\n')}`);
        process.exitCode = 1;
      }
    }
    if (ours && !ours.search) console.log('note: this build has no Pagefind index yet (no dist/pagefind/); its search figures are missing.');
    console.log('');
  }
  const [small, large] = [bySize.get('2500'), bySize.get('10000')];
  for (const name of ['ours', 'starlight', 'floor'] as const) {
    const a = small?.find((r) => r.contender.name === name && !r.label);
    const b = large?.find((r) => r.contender.name === name && !r.label);
    if (a && b) console.log(`${a.contender.label}: 10,000 pages take ${(b.wallMs / a.wallMs).toFixed(2)}× the time of 2,500 (goal for ours: at most 4.5)`);
    const c = bySize.get('20000')?.find((r) => r.contender.name === name && !r.label);
    if (b && c) console.log(`${b.contender.label}: 20,000 pages peak at ${(c.peakRss / b.peakRss).toFixed(2)}× the memory of 10,000 (goal for ours: at most 1.3)`);
  }
}

await main();
