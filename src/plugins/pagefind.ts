/**
 * Astro integration: builds the Pagefind index with Pagefind's Node API once the pages are
 * written (`astro:build:done`), into `<outDir>/pagefind/`, so `npm run build` is the only step.
 *
 * The index records site paths without the deployment's `base`; the browser passes
 * `pagefindOptions(base)` (src/lib/render/search.ts), whose `baseUrl` puts it back in front of every
 * result URL. Only what sits in `data-pagefind-body` (the article) is indexed; SVG is excluded
 * as a second guard. Files go through `addHTMLFile` rather than `addDirectory` so that
 * `searchInput` can keep words apart that Pagefind would run together, and hand it each chart
 * emptied, which it would read and then leave out.
 *
 * In `astro dev` it serves the last built index from `<outDir>/pagefind/`; without one, the
 * search UI says that `npm run build` makes it.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEmbedPath } from '../lib/render/embed.ts';
import { PAGEFIND_DIR, searchInput } from '../lib/render/search.ts';
import { sitePathFor } from '../lib/render/dist-paths.ts';

/** Options of the Pagefind integration. */
export interface PagefindOptions {
  /** CSS selectors never indexed even inside the article. Default: SVG charts. */
  excludeSelectors?: string[];
  /**
   * Longest wait, in milliseconds, for one answer of Pagefind's process. Default: two minutes,
   * far above the time it takes to write the index of thousands of pages.
   */
  answerWithin?: number;
}

/** The search index could not be built: the build fails, saying why. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/*
 * Pagefind answers through a process of its own, which its Node API does not watch: when
 * that process dies (a panic on input it cannot handle), the pending call never settles, the
 * build has nothing left to wait for, and Astro exited 0 with no search index. So every call
 * is raced against the end of the build's work (`beforeExit`: nothing is left that could
 * answer) and against a timer, for a process that lives on without answering.
 */
async function answer<T>(what: string, call: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped: (() => void) | undefined;
  const failed = (why: string) => new SearchIndexError(`Pagefind ${why} while ${what}: its process has most likely stopped (its own message, if any, is above). The site has no complete search index, so the build fails.`);
  const unanswered = new Promise<never>((_, reject) => {
    stopped = () => reject(failed('stopped answering'));
    process.once('beforeExit', stopped);
    // Unreferenced: the timer alone must not keep a build alive that has nothing left to do.
    timer = setTimeout(() => reject(failed(`gave no answer within ${ms / 1000} s`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([call, unanswered]);
  } finally {
    clearTimeout(timer);
    if (stopped) process.off('beforeExit', stopped);
  }
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Every `.html` file under `dir` (not the index's own, nor the embeds: a search result should
 * open the full page, never a frame's part of it), relative to it, in a stable order.
 */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html') && !f.startsWith(`${PAGEFIND_DIR}${sep}`) && !isEmbedPath(`/${f.split(sep).join('/')}`))
    .sort();
}

export default function pagefind(options: PagefindOptions = {}): AstroIntegration {
  let base = '/';
  let outDir = '';
  return {
    name: 'explainer:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Dev has no build output of its own: serve the last built index if there is one.
        const prefix = `${base.replace(/\/$/, '')}/${PAGEFIND_DIR}/`;
        const root = join(outDir, PAGEFIND_DIR);
        if (!existsSync(join(root, 'pagefind.js'))) {
          logger.warn(`No search index at ${root}: run \`npm run build\` once and search works in dev too.`);
        }
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
          if (!path.startsWith(prefix)) return next();
          const file = join(root, path.slice(prefix.length));
          if (relative(root, file).startsWith('..') || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            res.end('No search index: run `npm run build` once, then reload.');
            return;
          }
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.end(readFileSync(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Imported here so that dev and check never start the Pagefind binary.
        const { createIndex, close } = await import('pagefind');
        const ms = options.answerWithin ?? 120_000;
        const root = fileURLToPath(dir);
        try {
          const { index, errors } = await answer('starting', createIndex({ excludeSelectors: options.excludeSelectors ?? ['svg'] }), ms);
          if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
          let count = 0;
          for (const file of htmlFiles(root)) {
            const content = searchInput(readFileSync(join(root, file), 'utf8'));
            const added = await answer(`indexing ${file}`, index.addHTMLFile({ url: sitePathFor(file), content }), ms);
            if (added.errors.length > 0) throw new SearchIndexError(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
            if (content.includes('data-pagefind-body')) count++;
          }
          const written = await answer('writing the index', index.writeFiles({ outputPath: join(root, PAGEFIND_DIR) }), ms);
          if (written.errors.length > 0) throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Search index: ${count} pages in ${relative(process.cwd(), written.outputPath) || written.outputPath}`);
        } finally {
          await close();
        }
      },
    },
  };
}
