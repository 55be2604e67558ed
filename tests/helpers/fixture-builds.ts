/**
 * Fixture sites built once and reused: a content folder copied to tests/.tmp/<name>/content
 * (edited on the way if the test needs it, e.g. another `language`), built with CONTENT_DIR
 * into tests/.tmp/<name>/dist. A build is reused while nothing it is made from changed: a
 * stamp holds the hash of the fixture, the generator's src/ and the edit's key, so build tests
 * and browser tests share one build and a rerun costs nothing.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, runAstro } from './astro.ts';

function hashTree(hash: ReturnType<typeof createHash>, dir: string) {
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const file = join(dir, name);
    try {
      hash.update(name).update(readFileSync(file));
    } catch {
      // a folder
    }
  }
}

export interface FixtureBuild {
  /** tests/.tmp/<name>: the copied content/ and the dist/. */
  dir: string;
  content: string;
  dist: string;
}

export interface FixtureBuildOptions {
  /** Changes the copied content folder before the build; `key` names the change for the stamp. */
  edit?: { key: string; apply: (content: string) => void };
}

/** Builds (or reuses) the site of `content` as tests/.tmp/<name>; throws with Astro's output if the build fails. */
export function fixtureBuild(name: string, content: string, options: FixtureBuildOptions = {}): FixtureBuild {
  const dir = resolve(ROOT, 'tests/.tmp', name);
  const copy = join(dir, 'content');
  const dist = join(dir, 'dist');
  const hash = createHash('sha256').update(options.edit?.key ?? '');
  hashTree(hash, content);
  hashTree(hash, join(ROOT, 'src'));
  const digest = hash.digest('hex');
  const stamp = join(dir, 'built-from');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && existsSync(join(dist, 'index.html'))) return { dir, content: copy, dist };

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(content, copy, { recursive: true });
  options.edit?.apply(copy);
  const result = runAstro(['build', '--outDir', dist], { CONTENT_DIR: copy });
  if (result.code !== 0) throw new Error(`building ${name} failed (exit ${result.code}):\n${result.output}`);
  writeFileSync(stamp, digest);
  return { dir, content: copy, dist };
}
