/**
 * A folder of cached work in Astro's cache folder (`<cacheDir>/<name>/`), one file per
 * key (key.ts). A file is written beside its place and renamed into it, so that a build
 * stopped half-way never leaves a half-written entry another build would read. Writes go on
 * behind the work that made them (`settled` waits for them): written in turn, a cold build
 * of 2,500 entries spent 13 of its 70 seconds waiting for the disk on ten thousand small
 * files. At most MOST_OPEN files are open for writing at once: ten thousand entries written at
once ran out of file descriptors (EMFILE) in the content check. Once a build is done, what it did not use is removed (`prune`): the folder holds the
 * work of the last build, never every version of every entry there ever was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Writes open at once, per store: enough to keep the disk busy, far below any descriptor limit. */
export const MOST_OPEN = 32;

export class WorkStore {
  readonly dir: string;
  private made = false;
  /** The files this build asked for or wrote. */
  private readonly used = new Set<string>();
  /** What is written but not yet in place, by file: a read finds it here first. */
  private readonly pending = new Map<string, string | Uint8Array>();
  private readonly writing = new Set<Promise<void>>();
  /** Writes waiting for one of the MOST_OPEN places, in the order they were asked for. */
  private queued: (() => void)[] = [];
  private head = 0;
  private open = 0;
  private failure: Error | undefined;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The file of `key` (whether or not it exists yet). */
  file(key: string, extension = ''): string {
    this.used.add(`${key}${extension}`);
    return join(this.dir, `${key}${extension}`);
  }

  has(key: string, extension = ''): boolean {
    const file = this.file(key, extension);
    return this.pending.has(file) || existsSync(file);
  }

  read(key: string, extension = ''): string | undefined {
    const file = this.file(key, extension);
    const pending = this.pending.get(file);
    if (pending !== undefined) return typeof pending === 'string' ? pending : Buffer.from(pending).toString('utf8');
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Keeps `data` under `key`; the file is in place once `settled()` has resolved. */
  write(key: string, data: string | Uint8Array, extension = ''): void {
    if (!this.made) {
      mkdirSync(this.dir, { recursive: true });
      this.made = true;
    }
    const file = this.file(key, extension);
    const part = `${file}.${process.pid}-${threadId}.part`;
    this.pending.set(file, data);
    const done = new Promise<void>((resolve) => {
      this.queued.push(() => {
        this.open++;
        writeFile(part, data)
          .then(() => rename(part, file))
          .catch((error: Error) => { this.failure ??= error; })
          .finally(() => {
            if (this.pending.get(file) === data) this.pending.delete(file);
            this.writing.delete(done);
            this.open--;
            this.next();
            resolve();
          });
      });
    });
    this.writing.add(done);
    this.next();
  }

  /** How many writes are open now (never more than MOST_OPEN). */
  get writesOpen(): number {
    return this.open;
  }

  private next(): void {
    // An index, not shift(): a cold build queues thousands of writes at once.
    while (this.open < MOST_OPEN && this.head < this.queued.length) this.queued[this.head++]!();
    if (this.head === this.queued.length) {
      this.queued = [];
      this.head = 0;
    }
  }

  /** Waits for every write so far; a write that failed fails here, so a build never keeps a cache it could not write. */
  async settled(): Promise<void> {
    while (this.writing.size > 0) await Promise.all([...this.writing]);
    if (this.failure) throw new Error(`could not write the cache ${this.dir}: ${this.failure.message}`);
  }

  /** Removes every file this build did not use (and what a stopped build left half-written); returns how many. */
  prune(): number {
    if (this.writing.size > 0) throw new Error(`prune() before settled() in ${this.dir}`);
    if (!existsSync(this.dir)) return 0;
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      if (this.used.has(name)) continue;
      rmSync(join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }
}
