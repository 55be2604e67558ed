/**
 * A generated site just large enough to cross the figures' caps (the timeline's events a page
 * carries, the map's events drawn one by one), built into tests/.tmp/<name>/dist: what the
 * build and browser tests of the figures beyond their caps read.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCorpus, writeCorpus } from '../../scripts/corpus.ts';
import { ROOT, runAstro } from './astro.ts';

// About 55 % of the corpus's events have a place its map draws: 700 give the map some 380.
export const SCALE_SIZE = { actors: 16, events: 700, seed: 5 };

/** Generates the corpus and builds it, afresh; returns the folder of the built site. */
export function buildScaleSite(name: string): string {
  const here = resolve(ROOT, 'tests/.tmp', name);
  rmSync(here, { recursive: true, force: true });
  mkdirSync(here, { recursive: true });
  const content = join(here, 'content');
  const dist = join(here, 'dist');
  writeCorpus(content, generateCorpus(SCALE_SIZE));
  const result = runAstro(['build', '--outDir', dist], { CONTENT_DIR: content });
  if (result.code !== 0) throw new Error(`building the generated corpus failed (exit ${result.code}):\n${result.output}`);
  return dist;
}
