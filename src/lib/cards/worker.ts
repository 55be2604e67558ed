/**
 * A share-card drawing thread: each message is a card to draw into the cache (off-thread.ts).
 * The file is written beside its name and renamed into place, so that a build stopped
 * halfway never leaves a half-written card that the next build would take for drawn.
 *
 * Cards are drawn one per turn of the event loop. resvg's trees and pixmaps live outside
 * V8's heap and are freed by finalizers that Node runs between turns; a port drains every
 * queued message in one turn, so drawing inside the message handler let thousands of
 * pixmaps wait for their finalizers (12 GB at 10,000 cards).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { renderCard } from './render.ts';
import type { CardSpec } from './template.ts';

interface Job {
  hash: string;
  spec: CardSpec;
  file: string;
}

const queue: Job[] = [];
let pumping = false;

function draw({ hash, spec, file }: Job) {
  try {
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, renderCard(spec));
    renameSync(partial, file);
    parentPort!.postMessage({ hash });
  } catch (error) {
    parentPort!.postMessage({ hash, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
}

function pump() {
  const job = queue.shift();
  if (!job) {
    pumping = false;
    return;
  }
  draw(job);
  setImmediate(pump);
}

parentPort!.on('message', (job: Job) => {
  queue.push(job);
  if (!pumping) {
    pumping = true;
    setImmediate(pump);
  }
});
