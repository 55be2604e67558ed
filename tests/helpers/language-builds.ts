/**
 * The minimal fixture built in another language (`ru`, `fa`): its content copied to
 * tests/.tmp/language-<tag>/content with `language` set, built with CONTENT_DIR into
 * tests/.tmp/language-<tag>/dist. A build is reused while nothing it is made from changed:
 * a stamp holds the hash of the fixture, the generator's src/ and the language, so the build
 * tests and the browser tests share one build per language and a rerun costs nothing.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, runAstro } from './astro.ts';
import { MINIMAL } from './fixtures.ts';

/** The languages the generator ships a catalogue for, besides English, built by these tests. */
export const BUILT_LANGUAGES = ['ru', 'fa'] as const;

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

export interface LanguageBuild {
  dir: string;
  dist: string;
}

/** Builds (or reuses) the minimal fixture in `language`; throws with Astro's output if the build fails. */
export function languageBuild(language: string): LanguageBuild {
  const dir = resolve(ROOT, `tests/.tmp/language-${language}`);
  const dist = join(dir, 'dist');
  const hash = createHash('sha256').update(language);
  hashTree(hash, join(MINIMAL, 'content'));
  hashTree(hash, join(ROOT, 'src'));
  const digest = hash.digest('hex');
  const stamp = join(dir, 'built-from');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && existsSync(join(dist, 'index.html'))) return { dir, dist };

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(MINIMAL, 'content'), join(dir, 'content'), { recursive: true });
  const siteFile = join(dir, 'content/site.yaml');
  writeFileSync(siteFile, readFileSync(siteFile, 'utf8').replace(/^language: .*$/m, `language: ${language}`));
  const result = runAstro(['build', '--outDir', dist], { CONTENT_DIR: join(dir, 'content') });
  if (result.code !== 0) throw new Error(`building the fixture in '${language}' failed (exit ${result.code}):\n${result.output}`);
  writeFileSync(stamp, digest);
  return { dir, dist };
}
