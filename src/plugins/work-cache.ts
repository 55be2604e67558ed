/**
 * Astro integration: the caches of work that depends only on an entry's own inputs, kept in
 * Astro's cache folder between builds (`<cacheDir>/checks/`, `bodies/`, `citations/`, `layouts/`, `grounds/`): what
 * the content check's parse found in a body (src/lib/content/mdx-guard.ts,
 * src/lib/render/cite-notes.ts), rendered bodies (src/lib/render/body-html.ts), formatted
 * citations (src/lib/render/citation/page.ts), networks' layouts (src/lib/figures/network/layout.ts)
 * and maps' projected grounds (src/lib/figures/map/render.ts). Each cache's recipe is worked out here, from the source
 * of the modules that do the work (src/lib/cache/recipe.ts); the pages find the caches
 * through src/lib/cache/registry.ts. A rebuild makes again only what an edit changed, and
 * what it makes is what a build without the cache would make (tests/build/warm-rebuild.test.ts).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recipe } from '../lib/cache/recipe.ts';
import { installWorkCaches, WORK_CACHES, workCache, type WorkCache, type WorkCacheName } from '../lib/cache/registry.ts';
import { WorkStore } from '../lib/cache/store.ts';

/** The modules whose source each cache's work is made by (their imports are followed). */
const MODULES: Record<WorkCacheName, URL[]> = {
  checks: [new URL('../lib/content/mdx-guard.ts', import.meta.url), new URL('../lib/render/cite-notes.ts', import.meta.url)],
  bodies: [new URL('../lib/render/body-html.ts', import.meta.url)],
  citations: [new URL('../lib/render/citation/worker.ts', import.meta.url)],
  layouts: [new URL('../lib/figures/network/layout.ts', import.meta.url)],
  grounds: [new URL('../lib/figures/map/render.ts', import.meta.url)],
};

/** The recipe of each cache, from the generator's source as it is now. */
export function workRecipes(): Record<WorkCacheName, string> {
  return Object.fromEntries(WORK_CACHES.map((name) => [name, recipe({ modules: MODULES[name] })])) as Record<WorkCacheName, string>;
}

/**
 * Installs the caches of a build in `cacheDir` (a folder path or URL). The integration does
 * so at `astro:config:setup`, before the content check, whose parse of every body is the
 * first work a build can reuse; `astro dev` and `astro check` work afresh.
 */
export function installBuildCaches(cacheDir: string | URL): void {
  const dir = cacheDir instanceof URL ? fileURLToPath(cacheDir) : cacheDir;
  const recipes = workRecipes();
  installWorkCaches(Object.fromEntries(WORK_CACHES.map((name): [WorkCacheName, WorkCache] => [
    name,
    { recipe: recipes[name], store: new WorkStore(join(dir, name)), hits: 0, misses: 0 },
  ])));
}

/**
 * Once the site is written: reports what each cache held and made, removes what no page used
 * (an entry's work before its last edit) and lets go of the caches.
 */
export default function workCaches(): AstroIntegration {
  return {
    name: 'explainer:work-cache',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        await Promise.all(WORK_CACHES.map((name) => workCache(name)?.store.settled()));
        const counts = WORK_CACHES.map((name) => {
          const cache = workCache(name);
          cache?.store.prune();
          return `${name} ${cache?.misses ?? 0} made, ${cache?.hits ?? 0} from the cache`;
        });
        logger.info(`Work cache: ${counts.join('; ')}`);
        installWorkCaches(undefined);
      },
    },
  };
}
