/** dist/ on disk as the `DistFiles` that `weight.ts` reads (the one file of that pair doing I/O). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { DistFiles } from './weight.ts';

/** A reader over a built site folder; throws if the folder does not exist. */
export function distFiles(dir: string): DistFiles {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run \`npm run build\` first`);
  const cache = new Map<string, Uint8Array | undefined>();
  return {
    list: () =>
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => statSync(join(dir, f)).isFile())
        .map((f) => f.split(sep).join('/')),
    read: (file) => {
      if (!cache.has(file)) {
        const path = join(dir, file);
        cache.set(file, !file.includes('..') && existsSync(path) && statSync(path).isFile() ? readFileSync(path) : undefined);
      }
      return cache.get(file);
    },
  };
}
