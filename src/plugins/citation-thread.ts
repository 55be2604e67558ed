/**
 * Ends the citation threads (src/lib/render/citation/off-thread.ts) once every page is written,
 * so that the memory they hold is free while Pagefind writes its index. List it before the
 * Pagefind integration: Astro runs `astro:build:done` hooks in order.
 */
import type { AstroIntegration } from 'astro';

const END = Symbol.for('explainer.citation-thread.end');

export default function citationThread(): AstroIntegration {
  return {
    name: 'explainer:citation-thread',
    hooks: {
      'astro:build:done': async () => {
        await (globalThis as Record<symbol, (() => Promise<void>) | undefined>)[END]?.();
      },
    },
  };
}
