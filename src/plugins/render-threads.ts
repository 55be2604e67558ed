/**
 * Ends the threads that format citations and render bodies beside the pages
 * (src/lib/render/thread-pool.ts) once every page is written, so that the memory they hold is
 * free while Pagefind writes its index. List it before the Pagefind integration: Astro runs
 * `astro:build:done` hooks in order.
 */
import type { AstroIntegration } from 'astro';
import { endAllPools } from '../lib/render/thread-pool.ts';

export default function renderThreads(): AstroIntegration {
  return {
    name: 'explainer:render-threads',
    hooks: {
      'astro:build:done': async () => {
        await endAllPools();
      },
    },
  };
}
