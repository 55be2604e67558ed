/**
 * Formats citations on a worker thread. citeproc takes several milliseconds a page, all of it
 * CPU, and the build renders pages on one thread; on the thread beside it the work overlaps
 * with rendering (Astro renders a few pages at once, `build.concurrency`), which took about
 * a quarter off a 2,500-page build on two cores.
 *
 * The worker runs src/lib/citation/worker.ts itself (Node strips the types), found through
 * package.json's `imports` so that it resolves from the source and from Astro's bundled
 * pages alike. The thread is unref'd while idle, so it never keeps a finished build alive,
 * and it is ended a moment after the last page stops asking: the memory it holds (citeproc's
 * styles, its heap) is then free again before Pagefind indexes the site.
 */
import { Worker } from 'node:worker_threads';
import type { Citations } from './formats.ts';
import type { CslItem } from './record.ts';

interface Reply {
  n: number;
  citations?: Citations;
  error?: string;
}

/** How long the thread may sit idle before it is ended; pages ask every few milliseconds. */
const IDLE_MS = 1000;

let worker: Worker | undefined;
let idle: ReturnType<typeof setTimeout> | undefined;
let sent = 0;
const waiting = new Map<number, { resolve(c: Citations): void; reject(e: Error): void }>();

function start(): Worker {
  // citeproc keeps ~100 MB of compiled styles and allocates fast; left to V8's defaults, the
  // thread's heap grew to 600 MB of mostly garbage. What it keeps does not grow with the site.
  const w = new Worker(new URL(import.meta.resolve('#citation-worker')), { resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 } });
  w.on('message', ({ n, citations, error }: Reply) => {
    const promise = waiting.get(n)!;
    waiting.delete(n);
    if (waiting.size === 0) {
      w.unref();
      idle = setTimeout(() => {
        if (worker === w) worker = undefined;
        void w.terminate();
      }, IDLE_MS).unref();
    }
    if (citations) promise.resolve(citations);
    else promise.reject(new Error(`formatting citations failed: ${error}`));
  });
  w.on('error', (error) => {
    for (const promise of waiting.values()) promise.reject(error);
    waiting.clear();
    worker = undefined;
  });
  return w;
}

/** Every citation of one record, formatted on the worker thread. */
export function formatOffThread(item: CslItem): Promise<Citations> {
  clearTimeout(idle);
  worker ??= start();
  worker.ref(); // While a page waits for it, the thread must keep the process alive.
  const n = sent++;
  worker.postMessage({ n, item });
  return new Promise((resolve, reject) => waiting.set(n, { resolve, reject }));
}
