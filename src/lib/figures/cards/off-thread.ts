/**
 * Draws share cards on worker threads while the pages render. A card takes about 13 ms of
 * CPU (shaping, rasterising, compressing) and needs nothing from the page but its inputs, so
 * it runs beside the rendering, as the citations do (src/lib/render/citation/off-thread.ts); the
 * build waits for what is left once the pages are written. The threads run worker.ts (Node
 * strips the types; in a packed copy of the package, the JavaScript compiled beside it, see
 * src/lib/render/runnable.ts), found through the package's own `exports`.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runnable } from '../../render/runnable.ts';
import type { CardSpec } from './template.ts';

interface Reply {
  n: number;
  hash: string;
  error?: string;
}

export class CardThreads {
  private readonly workers: Worker[] = [];
  // By request, not by card: two requests for one card each get their answer.
  private readonly waiting = new Map<number, { resolve(): void; reject(error: Error): void }>();
  private sent = 0;
  private readonly done: Promise<void>[] = [];
  private next = 0;
  private readonly count: number;

  /** One thread per core beside the one that renders the pages, and at least one. */
  constructor(count = Math.max(1, availableParallelism() - 1)) {
    this.count = count;
  }

  private worker(): Worker {
    if (this.workers.length < this.count) {
      const worker = new Worker(runnable(new URL(import.meta.resolve('explainer-site-generator/card-worker'))), { resourceLimits: { maxOldGenerationSizeMb: 256 } });
      worker.on('message', ({ n, hash, error }: Reply) => {
        const pending = this.waiting.get(n);
        if (!pending) return;
        this.waiting.delete(n);
        if (error) pending.reject(new Error(`drawing share card ${hash} failed: ${error}`));
        else pending.resolve();
      });
      // Whatever stops a thread, the build must not wait for it forever.
      const fail = (error: Error) => {
        for (const pending of this.waiting.values()) pending.reject(error);
        this.waiting.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => { if (this.waiting.size > 0) fail(new Error(`a share-card thread stopped (exit code ${code}) before it drew every card`)); });
      this.workers.push(worker);
      return worker;
    }
    return this.workers[this.next++ % this.workers.length]!;
  }

  /** Draws the card of `spec` into `file`. */
  draw(hash: string, spec: CardSpec, file: string): void {
    const n = this.sent++;
    const done = new Promise<void>((resolve, reject) => this.waiting.set(n, { resolve, reject }));
    // Awaited in finish(); until then a failure must not count as unhandled.
    done.catch(() => {});
    this.done.push(done);
    this.worker().postMessage({ n, hash, spec, file });
  }

  /** Waits for every card asked for, then ends the threads. */
  async finish(): Promise<void> {
    try {
      await Promise.all(this.done);
    } finally {
      await Promise.all(this.workers.map((w) => w.terminate()));
      this.workers.length = 0;
    }
  }
}
