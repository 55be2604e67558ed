/**
 * Draws a share card to PNG bytes: the template's SVG (outlines only, see shape.ts) rasterised
 * by resvg, encoded by png.ts. resvg is given no fonts at all, so it never scans the machine's.
 */
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from './png.ts';
import { Shaper } from './shape.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, type CardSpec } from './template.ts';

let shaper: Shaper | undefined;

export function renderCard(spec: CardSpec): Buffer {
  shaper ??= new Shaper();
  const svg = cardSvg(spec, shaper);
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
  return encodePng(image.pixels, CARD_WIDTH, CARD_HEIGHT);
}
