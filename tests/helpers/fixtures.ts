/**
 * Content fixtures. `tests/fixtures/minimal/content` is a small valid site; a broken case is
 * a folder under `tests/fixtures/broken/<case>/` holding only the files it changes, laid over
 * a copy of the minimal site, plus `expected.txt`: the problems it must produce, one per line,
 * exactly as the build prints them (paths relative to the content folder's parent). A case may
 * also hold `remove.txt`: paths of the minimal site (`content/sources.yaml`), one per line, that
 * the case takes away, for the problems of a file that is missing.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './astro.ts';

export const FIXTURES = resolve(ROOT, 'tests/fixtures');
export const MINIMAL = join(FIXTURES, 'minimal');
const TMP = resolve(ROOT, 'tests/.tmp');

export function brokenCases(): string[] {
  const dir = join(FIXTURES, 'broken');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/**
 * Lays a case over a copy of the minimal site; returns the folder holding `content/`.
 * `group` is the folder of cases: `broken` (content that must fail) or `cases` (valid sites).
 * `target` lets a test use its own folder, so parallel test files never share one.
 */
export function materialize(name: string, group: 'broken' | 'cases' = 'broken', target: string = join(TMP, name)): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(MINIMAL, target, { recursive: true });
  const overlay = join(FIXTURES, group, name);
  for (const entry of readdirSync(overlay)) {
    if (entry === 'expected.txt' || entry === 'remove.txt') continue;
    cpSync(join(overlay, entry), join(target, entry), { recursive: true });
  }
  const removals = join(overlay, 'remove.txt');
  if (existsSync(removals)) {
    for (const path of readFileSync(removals, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)) {
      if (!existsSync(join(target, path))) throw new Error(`${name}/remove.txt: ${path} is not in the minimal site`);
      rmSync(join(target, path), { recursive: true });
    }
  }
  return target;
}

/** The expected problem lines of a broken case. */
export function expected(name: string): string[] {
  return readFileSync(join(FIXTURES, 'broken', name, 'expected.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
}
