/**
 * A share-card drawing thread: each message is a card to draw into the cache (off-thread.ts).
 * The file is written beside its name and renamed into place, so that a build stopped
 * halfway never leaves a half-written card that the next build would take for drawn.
 *
 * resvg's trees and pixmaps (3 MB a card) live outside V8's heap, which does not see them:
 * they are freed by finalizers once a collection finds their small JavaScript handles, and
 * with so little on the heap none came for thousands of cards (12 GB at 10,000 cards in
 * a build). So cards are drawn one per turn of the event loop (finalizers run between turns)
 * and the thread asks for a collection every few cards.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { renderCard } from './render.ts';
import type { CardSpec } from './template.ts';

interface Job {
  n: number;
  hash: string;
  spec: CardSpec;
  file: string;
}

// V8's own switch for a callable collector, set at run time: a worker takes no V8 flags.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
/** Cards between two collections: ~100 MB of pixmaps at most, a few ms of collecting. */
const COLLECT_EVERY = 32;
let drawn = 0;

const queue: Job[] = [];
let pumping = false;

function draw({ n, hash, spec, file }: Job) {
  try {
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, renderCard(spec));
    renameSync(partial, file);
    parentPort!.postMessage({ n, hash });
  } catch (error) {
    parentPort!.postMessage({ n, hash, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
}

function pump() {
  const job = queue.shift();
  if (!job) {
    pumping = false;
    return;
  }
  draw(job);
  if (++drawn % COLLECT_EVERY === 0) collect();
  setImmediate(pump);
}

parentPort!.on('message', (job: Job) => {
  queue.push(job);
  if (!pumping) {
    pumping = true;
    setImmediate(pump);
  }
});
