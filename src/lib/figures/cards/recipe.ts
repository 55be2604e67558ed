/**
 * What a card is drawn with besides its own inputs: the template's version, the source of the
 * card's modules (this folder), the versions of the renderer, shaper and bidirectional
 * algorithm, and the font files' bytes. It is part of every card's hash (registry.ts), so
 * changing or upgrading any of them draws every card again: a cache never serves a card
 * drawn by other code.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontsDigest } from './fonts.ts';
import { CARD_TEMPLATE } from './template.ts';

/** The version in the package.json of the package `name`, found upwards from its entry point. */
function packageVersion(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name) return manifest.version ?? '';
    }
    const up = dirname(dir);
    if (up === dir) return '';
    dir = up;
  }
}

export function cardRecipe(): string {
  const versions = ['@resvg/resvg-js', 'fontkit', 'bidi-js'].map((name) => `${name}@${packageVersion(name)}`);
  const hash = createHash('sha256').update(JSON.stringify([CARD_TEMPLATE, versions, fontsDigest()]));
  const here = dirname(fileURLToPath(import.meta.url));
  for (const file of readdirSync(here).filter((f) => f.endsWith('.ts')).sort()) hash.update(file).update(readFileSync(join(here, file)));
  return hash.digest('hex');
}
