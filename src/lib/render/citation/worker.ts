/**
 * The citation formatter's thread: citeproc is the heaviest per-page step of the build, and
 * it needs nothing from the page but its CSL-JSON record, so it runs beside the rendering
 * instead of inside it (see off-thread.ts).
 */
import { parentPort } from 'node:worker_threads';
import { formatCitations } from './formats.ts';
import type { CslItem } from './record.ts';

parentPort!.on('message', async ({ n, item }: { n: number; item: CslItem }) => {
  try {
    parentPort!.postMessage({ n, citations: await formatCitations(item) });
  } catch (error) {
    parentPort!.postMessage({ n, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
