/**
 * Search benchmark: bytes a reader downloads for a first search, and query time, on the built
 * site (dist/, run `npm run build` first) and on a synthetic corpus of 2,000 pages indexed by
 * the same Pagefind version. Queries run in Node against the files on disk (no network), with
 * the options the browser uses; bytes are what the browser would fetch for the same search.
 *
 *   npm run bench:search            # both corpora
 *   npm run bench:search -- --pages 5000
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createIndex, close } from 'pagefind';
import { contentDir, readContent } from '../src/lib/content/content-files.ts';
import { mulberry32 } from './corpus.ts';
import { fetched, loadPagefind, type PagefindApi } from '../tests/helpers/pagefind.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const RESULTS_SHOWN = 10; // the dialog shows ten results, each needing its fragment

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const gz = (file: string) => gzipSync(readFileSync(file)).byteLength;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

/** One search as the UI runs it: the results, then the data of the ones it shows. */
async function searchOnce(pagefind: PagefindApi, query: string): Promise<number> {
  const search = await pagefind.search(query);
  await Promise.all(search.results.slice(0, RESULTS_SHOWN).map((r) => r.data()));
  return search.results.length;
}

/** Bytes of a first search on a bundle, and query times after it. */
async function measure(label: string, dist: string, first: string, queries: string[], uiBytes = 0) {
  fetched.clear();
  const pagefindJs = join(dist, 'pagefind', 'pagefind.js');
  const started = performance.now();
  const pagefind = await loadPagefind(dist, '/');
  const found = await searchOnce(pagefind, first);
  const firstMs = performance.now() - started;
  // Pagefind's own files are gzipped already (.pf_*, wasm); pagefind.js a server would gzip.
  const indexBytes = [...fetched.values()].reduce((a, b) => a + b, 0);
  const jsBytes = gz(pagefindJs);
  const byKind = new Map<string, number>();
  for (const [file, bytes] of fetched) {
    const kind = file.includes('/fragment/') ? 'fragments' : file.includes('/index/') ? 'index chunks' : file.includes('/filter/') ? 'filter chunks' : file.endsWith('.pagefind') ? 'wasm' : 'entry and meta';
    byKind.set(kind, (byKind.get(kind) ?? 0) + bytes);
  }

  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const t = performance.now();
      await searchOnce(pagefind, q);
      times.push(performance.now() - t);
    }
  }
  const pages = readdirSync(join(dist, 'pagefind', 'fragment')).length;
  console.log(`\n${label}: ${pages} pages indexed, bundle ${kB(dirSize(join(dist, 'pagefind')))} on disk (with Pagefind's unused UI files)`);
  console.log(`  first search "${first}" (${found} results, data of ${Math.min(found, RESULTS_SHOWN)}): ${kB(jsBytes + indexBytes)} downloaded`);
  if (uiBytes) console.log(`    with the search UI: ${kB(uiBytes + jsBytes + indexBytes)}`);
  console.log(`    pagefind.js ${kB(jsBytes)} gzipped; ${[...byKind].map(([k, v]) => `${k} ${kB(v)}`).join('; ')}`);
  console.log(`    load + first search: ${firstMs.toFixed(0)} ms`);
  console.log(`  later queries (${times.length}: ${queries.join(', ')}): median ${median(times).toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms`);
  await pagefind.destroy();
}

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true }).map(String).reduce((sum, f) => {
    const s = statSync(join(dir, f));
    return sum + (s.isFile() ? s.size : 0);
  }, 0);
}

/** The code a page carries before and after the reader opens search (gzipped). */
function uiWeights() {
  const astro = join(DIST, '_astro');
  const files = readdirSync(astro);
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const onEveryPage = [...html.matchAll(/<script[^>]+src="[^"]*\/_astro\/([^"]+\.js)"/g)].map((m) => m[1]!);
  // The bootstrap's own static imports load with it.
  const staticImports = onEveryPage.flatMap((f) => [...readFileSync(join(astro, f), 'utf8').matchAll(/from"\.\/([^"]+\.js)"/g)].map((m) => m[1]!));
  const boot = [...new Set([...onEveryPage, ...staticImports])];
  const ui = files.filter((f) => f.startsWith('search-ui.') && f.endsWith('.js'));
  const sum = (list: string[]) => list.reduce((a, f) => a + gz(join(astro, f)), 0);
  const raw = (list: string[]) => list.reduce((a, f) => a + statSync(join(astro, f)).size, 0);
  console.log(`Every page: search bootstrap ${boot.join(' + ')}: ${kB(sum(boot))} gzipped (${kB(raw(boot))} raw)`);
  console.log(`On opening search: UI ${ui.join(', ')}: ${kB(sum(ui))} gzipped (${kB(raw(ui))} raw), then Pagefind as below`);
  return sum(ui);
}

/** Writes `count` article pages of ~400 words (Zipf-like vocabulary) and indexes them. */
async function syntheticCorpus(count: number): Promise<{ dir: string; vocabulary: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const random = mulberry32(42);
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 've', 'da', 'fi', 'go', 'hu', 'ji', 'ko', 'lu', 'ma', 'no', 'pi', 're', 'si', 'tu', 'wa', 'ya', 'ze', 'bo', 'ce', 'di', 'fe', 'gi', 'ho'];
  const vocabulary = Array.from({ length: 8000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)]!; // frequent words first
  const sentence = () => `${Array.from({ length: 8 + Math.floor(random() * 14) }, word).join(' ')}.`;
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(errors.join('; '));
  for (let i = 0; i < count; i++) {
    const type = ['actor', 'event', 'event', 'event'][i % 4]!;
    const year = String(2015 + (i % 9));
    const body = Array.from({ length: 5 }, () => `<p>${Array.from({ length: 4 }, sentence).join(' ')}</p>`).join('');
    const html = `<!doctype html><html lang="en"><head><title>Page ${i}</title></head><body><header><nav>Events Actors Sources</nav></header>`
      + `<main><article data-pagefind-body><data hidden data-pagefind-filter="type[value]" value="${type}"></data>`
      + `<data hidden data-pagefind-filter="year[value]" value="${year}"></data><data hidden data-pagefind-meta="date[value]" value="${year}"></data>`
      + `<h1>${word()} ${word()} page ${i}</h1><p class="lede">${sentence()}</p>${body}</article></main><footer>Licence</footer></body></html>`;
    const path = join(dir, 'site', `p${i}`, 'index.html');
    mkdirSync(join(dir, 'site', `p${i}`), { recursive: true });
    writeFileSync(path, html);
    const added = await index.addHTMLFile({ url: `/p${i}/`, content: html });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  }
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  await close();
  return { dir, vocabulary };
}

const pagesArg = process.argv.indexOf('--pages');
const syntheticPages = pagesArg > 0 ? Number(process.argv[pagesArg + 1]) : 2000;

if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
  console.error('No dist/pagefind/: run `npm run build` first.');
  process.exit(1);
}
const uiBytes = uiWeights();
// The real site's queries are what its readers type: its actors' aliases, names and places.
const raw = readContent(contentDir(), ROOT);
const actorData = raw.entries.filter((e) => e.collection === 'actors').map((e) => e.data as { name: string; shortName?: string; aliases?: string[] });
const places = raw.entries.filter((e) => e.collection === 'events').map((e) => (e.data as { location?: { name: string } }).location?.name).filter((n): n is string => Boolean(n));
const aliased = actorData.find((a) => (a.aliases ?? []).length > 0);
const realQueries = [...new Set([...actorData.slice(0, 3).map((a) => a.shortName ?? a.name), ...places.slice(0, 2), `${actorData[0]?.name ?? ''} ${places[0] ?? ''}`.trim()])];
await measure('Real site (dist/)', DIST, aliased?.aliases?.[0] ?? realQueries[0]!, realQueries, uiBytes);

const t = performance.now();
const { dir: synthetic, vocabulary } = await syntheticCorpus(syntheticPages);
console.log(`\n(synthetic corpus of ${syntheticPages} pages generated and indexed in ${((performance.now() - t) / 1000).toFixed(1)} s at ${synthetic})`);
try {
  // Frequent words first in the corpus: a common word, rarer ones, and two-word queries.
  const [w0, w1, w2, w3, w4, w5] = [0, 5, 40, 200, 1000, 3000].map((i) => vocabulary[i]!);
  await measure(`Synthetic corpus`, synthetic, w0!, [w1!, w2!, w3!, `${w4} ${w5}`, `${w1} ${w3}`]);
} finally {
  rmSync(synthetic, { recursive: true, force: true });
}
