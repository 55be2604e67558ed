/**
 * How the code that renders pages finds the build's caches of work. Astro renders the pages
 * from a bundle of their own, so the build's integration (src/plugins/work-cache.ts) works
 * out each cache's recipe from the source and puts the caches on `globalThis`, as it does
 * for share cards. Without them (`astro dev`, a script, a unit test) everything is done
 * afresh, which gives the same result.
 */
import { workKey } from './key.ts';
import type { WorkStore } from './store.ts';

/**
 * The caches of work that depends only on its own inputs: what the checks found in a body (the
 * MDX guard's findings, its `<Cite>` uses), bodies as HTML, a page's citations, the
 * force-directed layouts of networks and maps' projected grounds (countries and borders in a frame).
 */
export const WORK_CACHES = ['checks', 'bodies', 'citations', 'layouts', 'grounds'] as const;
export type WorkCacheName = (typeof WORK_CACHES)[number];

export interface WorkCache {
  recipe: string;
  store: WorkStore;
  /** Found in the store, made afresh: the build reports them once it is done. */
  hits: number;
  misses: number;
}

export const WORK_CACHE = Symbol.for('explainer.work-caches');

type Holder = Record<symbol, Partial<Record<WorkCacheName, WorkCache>> | undefined>;

/** The cache named `name` of the running build, if it has one. */
export function workCache(name: WorkCacheName): WorkCache | undefined {
  return (globalThis as Holder)[WORK_CACHE]?.[name];
}

/** Installs (or, with undefined, removes) the build's caches. */
export function installWorkCaches(caches: Partial<Record<WorkCacheName, WorkCache>> | undefined): void {
  (globalThis as Holder)[WORK_CACHE] = caches;
}

/** The entry of the cache `name` for `inputs`: what it holds, and how to keep what is made instead. */
function entryOf(name: WorkCacheName, inputs: unknown): { found: string | undefined; keep(made: string): string } | undefined {
  const cache = workCache(name);
  if (!cache) return undefined;
  const key = workKey(cache.recipe, inputs);
  const found = cache.store.read(key);
  if (found !== undefined) cache.hits++;
  return {
    found,
    keep(made) {
      cache.store.write(key, made);
      cache.misses++;
      return made;
    },
  };
}

/**
 * The text `make` returns for `inputs`, from the cache `name` when it holds it, else made and
 * kept. What is kept is text (HTML, JSON); `make` must depend on nothing but `inputs`.
 */
export function cachedText(name: WorkCacheName, inputs: unknown, make: () => string): string {
  const entry = entryOf(name, inputs);
  if (!entry) return make();
  return entry.found ?? entry.keep(make());
}

/** The asynchronous form of `cachedText`. */
export async function cachedTextAsync(name: WorkCacheName, inputs: unknown, make: () => Promise<string>): Promise<string> {
  const entry = entryOf(name, inputs);
  if (!entry) return make();
  return entry.found ?? entry.keep(await make());
}
