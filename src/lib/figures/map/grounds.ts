/**
 * The ground of a small map (its countries' land and the borders between them) served once,
 * as a file that every page drawn in the same frame references, instead of inside each page.
 * Small maps are drawn in a few dozen frames (site-map.ts snaps them to a grid), so a 2,500-page
 * site repeated the same outlines on hundreds of pages: 11 KB of each map page's HTML.
 *
 * A file is named by a hash of its text, so a changed ground gets a new address that no
 * browser has cached. The build's integration (src/plugins/map-grounds.ts) installs the
 * registry on `globalThis` (it runs outside the bundle that renders the pages) and writes
 * the files; without one (a script or test rendering outside Astro), the ground is drawn
 * inside the map as before.
 */
import { createHash } from 'node:crypto';

/** The folder of dist/ the grounds are written to (under the map's own address). */
export const GROUNDS_DIR = 'map/ground';

export interface GroundRegistry {
  /** Records a ground's SVG document and returns its file name. */
  add(svg: string): string;
}

export const GROUND_REGISTRY = Symbol.for('explainer.map-grounds');

/** The file name of a ground: a hash of its SVG text. */
export function groundName(svg: string): string {
  return `${createHash('sha256').update(svg).digest('hex').slice(0, 20)}.svg`;
}

/** The site path (without the base) of the file holding `svg`, or undefined when no build serves grounds. */
export function groundPath(svg: string): string | undefined {
  const registry = (globalThis as Record<symbol, GroundRegistry | undefined>)[GROUND_REGISTRY];
  return registry && `/${GROUNDS_DIR}/${registry.add(svg)}`;
}
