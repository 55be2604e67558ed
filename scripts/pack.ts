/**
 * `npm pack` (prepack, postpack): a copy of the package inside a site's node_modules must run
 * without Node stripping types, which Node refuses there. Vite compiles the integration,
 * routes and components wherever they are; what Node runs itself (the citation and share-card
 * workers, the scripts of the `explainer` command) is compiled by tsc to JavaScript beside its
 * source, imports rewritten from `.ts` to `.js` (tsconfig.pack.json), packed, and removed
 * again: the repository keeps only its TypeScript. integration.js, bin/explainer.js and
 * src/lib/render/runnable.ts run the JavaScript in a copy inside node_modules.
 *
 *   node scripts/pack.ts           compile (prepack)
 *   node scripts/pack.ts --clean   remove what it compiled (postpack)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
/** The folders tsc writes into; no JavaScript beside a TypeScript file of the same name is ever a source. */
const FOLDERS = ['src', 'scripts'];

/** Every `.js` with a `.ts` beside it: what the compile wrote. */
function compiled(): string[] {
  return FOLDERS.flatMap((folder) => (readdirSync(join(ROOT, folder), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.js') && existsSync(join(ROOT, folder, file.replace(/\.js$/, '.ts'))))
    .map((file) => join(ROOT, folder, file)));
}

for (const file of compiled()) rmSync(file);
if (!process.argv.includes('--clean')) {
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.pack.json')], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) {
    for (const file of compiled()) rmSync(file);
    throw new Error(`compiling the Node-run modules failed:\n${tsc.stdout}${tsc.stderr}`);
  }
  console.log(`compiled ${compiled().length} modules to JavaScript for the package`);
}
