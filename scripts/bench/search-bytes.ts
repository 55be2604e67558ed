/**
 * What a reader downloads for a first search: loads a built site's `pagefind/pagefind.js`
 * in Node (no worker), with `fetch` answering `file:` URLs from disk and counting their
 * bytes, then initialises it, searches one word and loads the first five results, as a
 * results list does. Works on any Pagefind output, so every contender is measured alike.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface SearchFigures {
  /** Bytes fetched, pagefind.js itself included. */
  bytes: number;
  /** Files fetched. */
  files: number;
  /** Results for the word. */
  results: number;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
  destroy?(): Promise<void>;
}

let loads = 0;

/** Measures a first search for `word` in `dist`; undefined when the site has no Pagefind index. */
export async function firstSearchBytes(dist: string, word: string): Promise<SearchFigures | undefined> {
  const script = join(dist, 'pagefind', 'pagefind.js');
  if (!existsSync(script)) return undefined;
  const original = globalThis.fetch;
  let bytes = statSync(script).size;
  let files = 1;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (url.protocol !== 'file:') return original(input, init);
    const body = readFileSync(fileURLToPath(url));
    bytes += body.length;
    files++;
    return new Response(body, { headers: { 'content-type': url.pathname.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream' } });
  }) as typeof fetch;
  try {
    // A fresh module instance per measurement: the query string defeats the module cache.
    const pagefind = (await import(`${pathToFileURL(script).href}?load=${++loads}`)) as Pagefind;
    await pagefind.options({ basePath: `${pathToFileURL(join(dist, 'pagefind')).href}/`, noWorker: true });
    await pagefind.init();
    const search = await pagefind.search(word);
    await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    await pagefind.destroy?.();
    return { bytes, files, results: search.results.length };
  } finally {
    globalThis.fetch = original;
  }
}

/** Command line: `node scripts/bench/search-bytes.ts <dist> [word]`. */
if (import.meta.main) {
  const [dist = 'dist', word = 'border'] = process.argv.slice(2);
  console.log(await firstSearchBytes(dist, word) ?? `no Pagefind index in ${dist}`);
}
