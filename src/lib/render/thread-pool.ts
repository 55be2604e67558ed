/**
 * Worker threads that do a page's CPU-bound work beside the rendering: citeproc's citations
 * (citation/off-thread.ts) and bodies' HTML (body-off-thread.ts). The build renders pages on
 * one thread and the machines it is measured on have two cores.
 *
 * A pool lives on `globalThis`, by name: one build loads its modules more than once (the
 * integration formats citations early, Astro's bundle of pages asks for the rest), and every
 * copy must share the threads rather than start its own. A thread is unref'd while idle, so it
 * never keeps a process alive; the build ends every pool once the pages are written
 * (src/plugins/render-threads.ts), so that their memory is free while Pagefind writes its
 * index. `astro dev` keeps them between page views.
 *
 * A worker script answers `{ n, ...request }` with `{ n, value }` or `{ n, error }`.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** One worker and the requests it has not answered yet. */
interface Thread {
  worker: Worker;
  waiting: Map<number, Pending>;
}

export interface PoolOptions {
  /** What the pool's work is, for error messages: "formatting citations". */
  doing: string;
  /** The worker script (runnable.ts gives the file to run). */
  script: () => URL;
  /** Most threads at once. */
  most: number;
  resourceLimits?: ResourceLimits;
}

export class ThreadPool {
  threads: Thread[] = [];
  private sent = 0;
  private readonly options: PoolOptions;

  constructor(options: PoolOptions) {
    this.options = options;
  }

  /** Sends one request; `alone` keeps it to the first thread, whatever that has waiting. */
  ask<T>(request: Record<string, unknown>, alone = false): Promise<T> {
    const t = this.pick(alone);
    const n = this.sent++;
    return new Promise<T>((resolve, reject) => {
      t.waiting.set(n, { resolve: resolve as (value: unknown) => void, reject });
      t.worker.ref(); // While a page waits for it, the thread must keep the process alive.
      try {
        t.worker.postMessage({ ...request, n });
      } catch (error) {
        t.waiting.delete(n);
        if (t.waiting.size === 0) t.worker.unref();
        reject(error as Error);
      }
    });
  }

  /** Ends the threads (after answering nothing more); the next request starts a new one. */
  async end(): Promise<void> {
    const ending = this.threads;
    this.threads = [];
    await Promise.all(ending.map((t) => t.worker.terminate()));
  }

  /** Ends the threads that have nothing waiting, so that their memory is free; busy ones go on. */
  async endIdle(): Promise<void> {
    const idle = this.threads.filter((t) => t.waiting.size === 0);
    this.threads = this.threads.filter((t) => t.waiting.size > 0);
    await Promise.all(idle.map((t) => t.worker.terminate()));
  }

  /** With `alone` the first thread; else an idle one, else a new one while there may be more, else the least busy. */
  private pick(alone: boolean): Thread {
    const { threads } = this;
    if (alone && threads[0]) return threads[0];
    const idle = threads.find((t) => t.waiting.size === 0);
    if (idle) return idle;
    if (threads.length < this.options.most) {
      const t = this.start();
      threads.push(t);
      return t;
    }
    return threads.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
  }

  private start(): Thread {
    const worker = new Worker(this.options.script(), this.options.resourceLimits ? { resourceLimits: this.options.resourceLimits } : {});
    const t: Thread = { worker, waiting: new Map() };
    worker.on('message', ({ n, value, error }: { n: number; value?: unknown; error?: string }) => {
      const pending = t.waiting.get(n);
      if (!pending) return;
      t.waiting.delete(n);
      if (t.waiting.size === 0) worker.unref();
      if (error === undefined) pending.resolve(value);
      else pending.reject(new Error(`${this.options.doing} failed: ${error}`));
    });
    // Whatever stops the thread, no page may wait for it forever.
    const fail = (error: Error) => {
      this.threads = this.threads.filter((other) => other !== t);
      for (const pending of t.waiting.values()) pending.reject(error);
      t.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('messageerror', fail);
    worker.on('exit', (code) => fail(new Error(`the thread ${this.options.doing} stopped (exit code ${code}) before it answered`)));
    return t;
  }
}

const POOLS = Symbol.for('explainer.thread-pools');
type Holder = Record<symbol, Map<string, ThreadPool> | undefined>;

/** The pool named `name`, shared by every copy of the modules that ask for it. */
export function sharedPool(name: string, options: PoolOptions): ThreadPool {
  const pools = ((globalThis as Holder)[POOLS] ??= new Map());
  let pool = pools.get(name);
  if (!pool) pools.set(name, (pool = new ThreadPool(options)));
  return pool;
}

/** Ends every pool's threads: the build does so once the pages are written. */
export async function endAllPools(): Promise<void> {
  await Promise.all([...((globalThis as Holder)[POOLS]?.values() ?? [])].map((pool) => pool.end()));
}

/** Replies to the pool's requests with what `work` returns for each: the body of a worker script. */
export function answerRequests(port: import('node:worker_threads').MessagePort, work: (request: Record<string, unknown>) => unknown): void {
  port.on('message', async (request: { n: number } & Record<string, unknown>) => {
    try {
      port.postMessage({ n: request.n, value: await work(request) });
    } catch (error) {
      port.postMessage({ n: request.n, error: error instanceof Error ? error.stack || error.message : String(error) });
    }
  });
}
