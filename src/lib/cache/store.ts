/**
 * A folder of cached work in Astro's cache folder (`<cacheDir>/<name>/`), one file per
 * key (key.ts). A file is written beside its place and renamed into it, so that a build
 * stopped half-way never leaves a half-written entry another build would read. Once a build
 * is done, what it did not use is removed (`prune`): the folder holds the work of the last
 * build, never every version of every entry there ever was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

export class WorkStore {
  readonly dir: string;
  private made = false;
  /** The files this build asked for or wrote. */
  private readonly used = new Set<string>();

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The file of `key` (whether or not it exists yet). */
  file(key: string, extension = ''): string {
    this.used.add(`${key}${extension}`);
    return join(this.dir, `${key}${extension}`);
  }

  has(key: string, extension = ''): boolean {
    return existsSync(this.file(key, extension));
  }

  read(key: string, extension = ''): string | undefined {
    try {
      return readFileSync(this.file(key, extension), 'utf8');
    } catch {
      return undefined;
    }
  }

  write(key: string, data: string | Uint8Array, extension = ''): void {
    if (!this.made) {
      mkdirSync(this.dir, { recursive: true });
      this.made = true;
    }
    const file = this.file(key, extension);
    const part = `${file}.${process.pid}-${threadId}.part`;
    writeFileSync(part, data);
    renameSync(part, file);
  }

  /** Removes every file this build did not use (and what a stopped build left half-written); returns how many. */
  prune(): number {
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
