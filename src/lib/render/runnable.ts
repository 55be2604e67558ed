/**
 * The file Node runs for one of the package's own modules started as a thread of its own (the
 * citation and share-card workers): the JavaScript `npm pack` compiles beside it
 * (scripts/pack.ts) when there is one, because Node strips no types in a copy of the package
 * inside node_modules; else, in this repository and in an install by path, the TypeScript.
 */
import { existsSync } from 'node:fs';

export function runnable(source: URL): URL {
  const compiled = new URL(source.href.replace(/\.ts$/, '.js'));
  return existsSync(compiled) ? compiled : source;
}
