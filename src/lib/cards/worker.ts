/**
 * A share-card drawing thread: each message is a card to draw into the cache (off-thread.ts).
 * The file is written beside its name and renamed into place, so that a build stopped
 * halfway never leaves a half-written card that the next build would take for drawn.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { renderCard } from './render.ts';
import type { CardSpec } from './template.ts';

parentPort!.on('message', ({ hash, spec, file }: { hash: string; spec: CardSpec; file: string }) => {
  try {
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, renderCard(spec));
    renameSync(partial, file);
    parentPort!.postMessage({ hash });
  } catch (error) {
    parentPort!.postMessage({ hash, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
