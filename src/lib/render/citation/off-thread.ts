/**
 * Formats citations on worker threads. citeproc takes several milliseconds a page, all of it
 * CPU, and the build renders pages on one thread; on the thread beside it the work overlaps
 * with rendering (Astro renders a few pages at once, `build.concurrency`), which took about
 * a quarter off a 2,500-page build on two cores. Astro renders every citation page (`<page>/cite/`)
 * before the pages they cite, and a citation page has little else to do: one thread left the
 * main thread idle for about ten seconds of a 2,500-page build, waiting. A second thread starts
 * when the first has a request waiting, up to the cores there are. In a build most records
 * are sent before the content check, all to the first thread (src/plugins/citation-prefetch.ts),
 * so that they are formatted on the core the check leaves idle and the pages find them made.
 *
 * The worker runs src/lib/render/citation/worker.ts (Node strips the types; in a packed copy of
 * the package, the JavaScript compiled beside it, src/lib/render/runnable.ts), found through
 * the package's own `exports` by the package's name, so that it resolves from the source and
 * from Astro's bundled pages alike, in this repository and in a site that installs it. A
 * thread is unref'd while idle, so it never keeps a process alive. The build ends the early
 * thread once its records are formatted (endIdleCitationThreads), and every thread once the
 * pages are written (src/plugins/citation-thread.ts), so that their memory is free for the
 * pages and the search index, whose process runs beside them. `astro dev` keeps them between
 * page views.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runnable } from '../runnable.ts';
import type { Citations } from './formats.ts';
import type { CslItem } from './record.ts';

interface Reply {
  n: number;
  citations?: Citations;
  error?: string;
}

interface Pending {
  resolve(citations: Citations): void;
  reject(error: Error): void;
}

/** One worker and the requests it has not answered yet. */
interface Thread {
  worker: Worker;
  waiting: Map<number, Pending>;
}

/** Two threads use both cores of the machines the generator is measured on; more would crowd out the pages' own rendering. */
const MOST_THREADS = Math.max(1, Math.min(2, availableParallelism()));

/**
 * The threads and the count of requests sent, on `globalThis`: one build loads this module
 * more than once (the integration formats early, Astro's bundle of pages formats the rest),
 * and every copy must share the threads rather than start its own.
 */
interface Pool {
  threads: Thread[];
  sent: number;
}
const POOL = Symbol.for('explainer.citation-threads');
const pool = ((globalThis as Record<symbol, Pool | undefined>)[POOL] ??= { threads: [], sent: 0 });

/**
 * An idle thread, else a new one while there may be more, else the one with the fewest requests
 * waiting. The early formatting keeps to the first thread, whatever it has waiting: the content
 * check has the other core.
 */
function pick(early: boolean): Thread {
  const { threads } = pool;
  if (early && threads[0]) return threads[0];
  const idle = threads.find((t) => t.waiting.size === 0);
  if (idle) return idle;
  if (threads.length < MOST_THREADS) {
    const t = start();
    threads.push(t);
    return t;
  }
  return threads.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
}

function start(): Thread {
  // citeproc keeps ~100 MB of compiled styles and allocates fast; left to V8's defaults, the
  // thread's heap grew to 600 MB of mostly garbage. What it keeps does not grow with the site.
  const worker = new Worker(runnable(new URL(import.meta.resolve('explainer-site-generator/citation-worker'))), { resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 } });
  const t: Thread = { worker, waiting: new Map() };
  worker.on('message', ({ n, citations, error }: Reply) => {
    const pending = t.waiting.get(n);
    if (!pending) return;
    t.waiting.delete(n);
    if (t.waiting.size === 0) worker.unref();
    if (citations) pending.resolve(citations);
    else pending.reject(new Error(`formatting citations failed: ${error}`));
  });
  // Whatever stops the thread, no page may wait for it forever.
  const fail = (error: Error) => {
    pool.threads = pool.threads.filter((other) => other !== t);
    for (const pending of t.waiting.values()) pending.reject(error);
    t.waiting.clear();
  };
  worker.on('error', fail);
  worker.on('messageerror', fail);
  worker.on('exit', (code) => fail(new Error(`the citation thread stopped (exit code ${code}) before it answered`)));
  return t;
}

/** Every citation of one record, formatted on a worker thread (`early`: see pick). */
export function formatOffThread(item: CslItem, early = false): Promise<Citations> {
  const t = pick(early);
  const n = pool.sent++;
  return new Promise((resolve, reject) => {
    t.waiting.set(n, { resolve, reject });
    t.worker.ref(); // While a page waits for it, the thread must keep the process alive.
    try {
      t.worker.postMessage({ n, item });
    } catch (error) {
      t.waiting.delete(n);
      if (t.waiting.size === 0) t.worker.unref();
      reject(error as Error);
    }
  });
}

/** Ends the threads (after answering nothing more); the next request starts a new one. */
export async function endCitationThread(): Promise<void> {
  const ending = pool.threads;
  pool.threads = [];
  await Promise.all(ending.map((t) => t.worker.terminate()));
}

/** Ends the threads that have nothing waiting, so that their memory is free; busy ones go on. */
export async function endIdleCitationThreads(): Promise<void> {
  const idle = pool.threads.filter((t) => t.waiting.size === 0);
  pool.threads = pool.threads.filter((t) => t.waiting.size > 0);
  await Promise.all(idle.map((t) => t.worker.terminate()));
}

// The build's integration ends the threads through this handle, once the pages are written.
const END = Symbol.for('explainer.citation-thread.end');
(globalThis as Record<symbol, (() => Promise<void>) | undefined>)[END] = endCitationThread;
