/**
 * Preloaded into a build (`node --import`) to record every read of a file under the folder
 * `RECORD_READS_UNDER`: the path of each, one a line, written to `RECORD_READS_TO` when the
 * process ends. It wraps node:fs's reading functions and updates the named exports every
 * module imports (syncBuiltinESMExports), so reads through `import { readFileSync }`, through
 * `fs.promises` and through `node:fs/promises` are all seen, by Astro, Vite and the generator.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const under = resolve(process.env.RECORD_READS_UNDER!);
const to = process.env.RECORD_READS_TO!;
const reads: string[] = [];

function record(path: unknown): void {
  const file = path instanceof URL ? fileURLToPath(path) : typeof path === 'string' ? resolve(path) : undefined;
  if (file?.startsWith(under)) reads.push(file);
}

type Reader = (path: unknown, ...rest: unknown[]) => unknown;
function wrap<T extends object>(target: T, name: keyof T & string): void {
  const original = target[name] as unknown as Reader;
  (target as Record<string, unknown>)[name] = function (this: unknown, path: unknown, ...rest: unknown[]) {
    record(path);
    return original.call(this, path, ...rest);
  };
}

for (const name of ['readFileSync', 'readFile', 'createReadStream', 'openSync', 'open'] as const) wrap(fs, name);
for (const name of ['readFile', 'open'] as const) wrap(fs.promises, name);
syncBuiltinESMExports();

process.on('exit', () => {
  if (reads.length > 0) fs.appendFileSync(to, `${reads.join('\n')}\n`);
});
