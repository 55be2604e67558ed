/**
 * A folder of cached work in Astro's cache folder (`<cacheDir>/<name>/`), one file per
 * key (key.ts). A file is written beside its place and renamed into it, so that a build
 * stopped half-way never leaves a half-written entry another build would read.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

export class WorkStore {
  readonly dir: string;
  private made = false;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The file of `key` (whether or not it exists yet). */
  file(key: string, extension = ''): string {
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
}
