/**
 * Loads a built Pagefind bundle into Node, as the browser would: `pagefind.js` imported from
 * disk, no Web Worker, and `fetch` answering `file:` URLs from the disk (everything else goes
 * to the real fetch). Options come from `pagefindOptions()`, the same the search UI passes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pagefindOptions } from '../../src/lib/render/search.ts';

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  destroy: () => Promise<void>;
}

let installed = false;
/** Bytes that `fetch` read from `file:` URLs since the last `resetBytes()`, by file. */
export const fetched = new Map<string, number>();

function installFileFetch() {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!href.startsWith('file:')) return realFetch(input, init);
    const path = fileURLToPath(href.split('?')[0]!);
    try {
      const body = await readFile(path);
      fetched.set(path, (fetched.get(path) ?? 0) + body.byteLength);
      return new Response(body, { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

/**
 * Imports `<dist>/pagefind/pagefind.js` (a fresh module instance per `dist`) and
 * initialises it for a site deployed under `base`.
 */
export async function loadPagefind(dist: string, base = '/'): Promise<PagefindApi> {
  installFileFetch();
  const bundle = join(dist, 'pagefind');
  const href = `${pathToFileURL(join(bundle, 'pagefind.js')).href}?dist=${encodeURIComponent(dist)}`;
  const pagefind = (await import(href)) as PagefindApi;
  await pagefind.options({ ...pagefindOptions(base), basePath: `${pathToFileURL(bundle).href}/`, noWorker: true });
  await pagefind.init();
  return pagefind;
}

/** The URLs of the first `n` results of a search. */
export async function topUrls(pagefind: PagefindApi, term: string, n = 5, options: Record<string, unknown> = {}): Promise<string[]> {
  const search = await pagefind.search(term, options);
  const data = await Promise.all(search.results.slice(0, n).map((r) => r.data()));
  return data.map((d) => d.url);
}

/**
 * Words of an excerpt that run a lower-case letter or a digit into an upper-case letter
 * ("2022Attack") where no text of the page itself does: page furniture that the index ran
 * together. `pageText` is every text node of the built page.
 */
export function runTogether(excerpt: string, pageText: string[]): string[] {
  const text = excerpt.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
  const words = text.match(/[\p{L}\p{N}]*[\p{Ll}\p{N}]\p{Lu}[\p{L}\p{N}]*/gu) ?? [];
  return words.filter((word) => !pageText.some((node) => node.includes(word)));
}
