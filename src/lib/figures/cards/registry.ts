/**
 * How a page asks for its share card. The page names what the card shows (a `CardSpec`);
 * the card's file is named by a hash of that and of the recipe (template, renderer, fonts),
 * so a card is drawn again exactly when something it shows or is drawn with changes, and a
 * changed card gets a new address that no consumer has cached. The build's integration
 * (src/plugins/share-cards.ts) installs the registry on `globalThis`: it runs outside the
 * bundle that renders the pages. Without one (a script that renders outside Astro) a page
 * has no card.
 */
import { workKey } from '../../cache/key.ts';
import type { CardSpec } from './template.ts';

/** The folder of dist/ the cards are written to, and their addresses' first segment. */
export const CARDS_DIR = 'cards';

export interface CardRegistry {
  /** Records the card a page shows and returns its hash. */
  add(spec: CardSpec): string;
}

export const REGISTRY = Symbol.for('explainer.share-cards');

/** The name of the card of `spec` drawn by `recipe`. */
export function cardHash(recipe: string, spec: CardSpec): string {
  const { title, kind, date, site, direction } = spec;
  return workKey(recipe, [title, kind ?? '', date ?? '', site, direction]);
}

/** The site path of the card of `spec` (without the base), or undefined when nothing draws cards. */
export function shareCardPath(spec: CardSpec): string | undefined {
  const registry = (globalThis as Record<symbol, CardRegistry | undefined>)[REGISTRY];
  return registry && `/${CARDS_DIR}/${registry.add(spec)}.png`;
}
