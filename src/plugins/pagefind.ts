/**
 * Astro integration: builds the Pagefind index with Pagefind's Node API, into
 * `<outDir>/pagefind/`, so `npm run build` is the only step. Pagefind's process starts with
 * the build (`astro:build:start`) and is given each page as Astro renders it, through a
 * prerenderer wrapped around Astro's own (SearchBuild); the index is written, and anything not
 * rendered through it read from the folder, once the site is written (`astro:build:done`).
 * The pages are added in Astro's order of pages, not as they finish, so the same content
 * always gives the same index.
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
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEmbedPath } from '../lib/render/embed.ts';
import { PAGEFIND_DIR, searchInput } from '../lib/render/search.ts';
import { distFilesFor, sitePathFor } from '../lib/render/dist-paths.ts';
import { InOrder } from '../lib/render/in-order.ts';

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

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof import('pagefind').createIndex>>['index']>;

/** Pages handed to Pagefind and not yet indexed, at most, before the rendering waits for it. */
export const MOST_QUEUED = 64;

/** Whether a page's HTML marks its article for the index (data-pagefind-body). */
const marked = (html: string) => html.includes('data-pagefind-body');

/**
 * One build's index, fed while Astro renders: each page as it is rendered, in the order of
 * Astro's list of pages (InOrder), so that Pagefind's process indexes on the core the
 * rendering leaves idle instead of after every page is written, when the build had nothing
 * else to do. Once any page marks its article, Pagefind leaves out every page that does not:
 * those (citation pages, revisions, lists) are not sent at all. What was not rendered through
 * here (a 404 page, HTML from public/) is read from the output folder at the end.
 */
export class SearchBuild {
  /** Site paths (without base) already given to Pagefind. */
  readonly sent = new Set<string>();
  /** Pages read while rendering that mark no article: indexed whole only if no page marks one. */
  readonly unmarked: string[] = [];
  count = 0;
  private feeding: Promise<void> = Promise.resolve();
  /** Pages given and not yet indexed, and the renders waiting for that number to fall. */
  private queued = 0;
  private readonly waiting: (() => void)[] = [];
  private failure: unknown;
  private order: InOrder<{ url: string; html: string }> | undefined;

  readonly index: PagefindIndex;
  private readonly ms: number;

  constructor(index: PagefindIndex, ms: number) {
    this.index = index;
    this.ms = ms;
  }

  /** Adds one page (waits for the pages before it). */
  add(url: string, html: string): void {
    this.sent.add(url);
    this.queued++;
    this.feeding = this.feeding.then(async () => {
      try {
        if (this.failure) return;
        const added = await answer(`indexing ${url}`, this.index.addHTMLFile({ url, content: searchInput(html) }), this.ms);
        if (added.errors.length > 0) throw new SearchIndexError(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
        this.count++;
      } catch (error) {
        this.failure = error;
      } finally {
        this.queued--;
        if (this.queued <= MOST_QUEUED / 2) for (const go of this.waiting.splice(0)) go();
      }
    });
  }

  /**
   * Waits while more than MOST_QUEUED pages wait for Pagefind: when its process falls behind
   * the rendering, the pages are held back rather than their HTML piling up in memory.
   */
  private async keepUp(): Promise<void> {
    if (this.queued > MOST_QUEUED) await new Promise<void>((go) => this.waiting.push(go));
  }

  /** The prerenderer Astro renders pages with, giving each page's HTML to the index as well. */
  prerenderer(inner: AstroPrerenderer, base: string): AstroPrerenderer {
    return {
      ...inner,
      name: `${inner.name}+search-index`,
      getStaticPaths: async () => {
        const paths = await inner.getStaticPaths();
        this.order = new InOrder(paths.map((p) => keyOf(p.pathname)));
        return paths;
      },
      render: async (request, options) => {
        const result = await inner.render(request, options);
        const response = result instanceof Response ? result : result.response;
        const path = decodeURI(new URL(request.url).pathname);
        const site = path.startsWith(base) ? `/${path.slice(base.length)}` : path;
        const key = keyOf(site);
        if (!this.order?.has(key)) return result;
        // Only a directory's page (`/x/`, `x/index.html`), as the folder's own HTML files are named in the index.
        const page = response.status === 200 && site.endsWith('/') && (response.headers.get('content-type') ?? '').startsWith('text/html') && !isEmbedPath(site);
        const html = page ? await response.clone().text() : undefined;
        if (html !== undefined && !marked(html)) {
          this.sent.add(site);
          this.unmarked.push(site);
        }
        for (const due of this.order.arrive(key, html !== undefined && marked(html) ? { url: site, html } : undefined)) this.add(due.url, due.html);
        await this.keepUp();
        return result;
      },
    };
  }

  /** Waits for every page given so far; a page Pagefind refused fails here. */
  async settled(): Promise<void> {
    for (const due of this.order?.flush() ?? []) this.add(due.url, due.html);
    await this.feeding;
    if (this.failure) throw this.failure;
  }
}

/** A site path as a key of Astro's list of pages: with or without its trailing slash. */
const keyOf = (path: string) => path.replace(/\/+$/, '') || '/';

export default function pagefind(options: PagefindOptions = {}): AstroIntegration {
  let base = '/';
  let outDir = '';
  let building: SearchBuild | undefined;
  const ms = options.answerWithin ?? 120_000;
  const start = async () => {
    // Imported here so that dev and check never start the Pagefind binary.
    const { createIndex } = await import('pagefind');
    const { index, errors } = await answer('starting', createIndex({ excludeSelectors: options.excludeSelectors ?? ['svg'] }), ms);
    if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
    return new SearchBuild(index, ms);
  };
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
      'astro:build:start': async ({ setPrerenderer }) => {
        const search = (building = await start());
        setPrerenderer((inner) => search.prerenderer(inner, base.endsWith('/') ? base : `${base}/`));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { close } = await import('pagefind');
        try {
          const search = building ?? (await start());
          await search.settled();
          const whileRendering = search.count;
          // What the rendering did not hand over, from the folder, in the order of its files.
          const rest = htmlFiles(root).filter((file) => !search.sent.has(sitePathFor(file)));
          const read = rest.map((file) => ({ url: sitePathFor(file), html: readFileSync(join(root, file), 'utf8') }));
          for (const page of read) if (marked(page.html)) search.add(page.url, page.html);
          await search.settled();
          // No page marks its article: Pagefind indexes every page whole, as it would by itself.
          if (search.count === 0) {
            for (const url of search.unmarked) search.add(url, readFileSync(join(root, distFilesFor(url)[0]!), 'utf8'));
            for (const page of read) if (!marked(page.html)) search.add(page.url, page.html);
            await search.settled();
          }
          const written = await answer('writing the index', search.index.writeFiles({ outputPath: join(root, PAGEFIND_DIR) }), ms);
          if (written.errors.length > 0) throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Search index: ${search.count} pages (${whileRendering} of them indexed while pages were rendered) in ${relative(process.cwd(), written.outputPath) || written.outputPath}`);
        } finally {
          building = undefined;
          await close();
        }
      },
    },
  };
}
