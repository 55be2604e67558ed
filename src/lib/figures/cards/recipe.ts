/**
 * What a card is drawn with besides its own inputs: the template's version, the source of the
 * card's modules (this folder, and what they import), the versions of the renderer, shaper and
 * bidirectional algorithm, and the font files' bytes. It is part of every card's hash
 * (registry.ts), so changing or upgrading any of them draws every card again: a cache never
 * serves a card drawn by other code. The recipe is the build's one kind (src/lib/cache/recipe.ts).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recipe } from '../../cache/recipe.ts';
import { fontsDigest } from './fonts.ts';
import { CARD_TEMPLATE } from './template.ts';

export function cardRecipe(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const modules = readdirSync(here).filter((f) => f.endsWith('.ts')).sort().map((f) => join(here, f));
  return recipe({ modules, packages: ['@resvg/resvg-js', 'fontkit', 'bidi-js'], extra: [String(CARD_TEMPLATE), fontsDigest()] });
}
