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
 * from Astro's bundled pages alike, in this repository and in a site that installs it. The
 * threads are a pool of src/lib/render/thread-pool.ts; the build ends the early thread once its
 * records are formatted (endIdleCitationThreads), so that its memory is free for the pages and
 * the search index, whose process runs beside them.
 */
import { availableParallelism } from 'node:os';
import { runnable } from '../runnable.ts';
import { sharedPool } from '../thread-pool.ts';
import type { Citations } from './formats.ts';
import type { CslItem } from './record.ts';

/** Two threads use both cores of the machines the generator is measured on; more would crowd out the pages' own rendering. */
const MOST_THREADS = Math.max(1, Math.min(2, availableParallelism()));

const pool = sharedPool('citations', {
  doing: 'formatting citations',
  script: () => runnable(new URL(import.meta.resolve('explainer-site-generator/citation-worker'))),
  most: MOST_THREADS,
  // citeproc keeps ~100 MB of compiled styles and allocates fast; left to V8's defaults, the
  // thread's heap grew to 600 MB of mostly garbage. What it keeps does not grow with the site.
  resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 },
});

/**
 * Every citation of one record, formatted on a worker thread. The early formatting (`early`)
 * keeps to the first thread, whatever it has waiting: the content check has the other core.
 */
export function formatOffThread(item: CslItem, early = false): Promise<Citations> {
  return pool.ask<Citations>({ item }, early);
}

/** Ends the threads (after answering nothing more); the next request starts a new one. */
export const endCitationThread = () => pool.end();

/** Ends the threads that have nothing waiting, so that their memory is free; busy ones go on. */
export const endIdleCitationThreads = () => pool.endIdle();
