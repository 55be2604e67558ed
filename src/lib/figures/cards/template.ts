/**
 * The share card's design: 1200×630 (the size OpenGraph consumers crop least), the site's
 * paper colour, an accent bar on the side the reading starts, then the page's kind, its
 * title in bold (three lines, or four at a smaller size, then an ellipsis), its date as the
 * page shows it, and the site's name under a rule. The colours are the site's light theme;
 * each pair is well above WCAG's 4.5:1 for text (ink 16:1, muted 7:1, accent 8:1).
 * Right-to-left sites get the mirror image.
 *
 * CARD_TEMPLATE and the source of these modules are part of every card's hash (recipe.ts):
 * a change here draws every card again. Raise CARD_TEMPLATE when what is drawn changes
 * through something outside this folder.
 */
import { esc } from '../svg.ts';
import type { Shaper } from './shape.ts';
import { cardText, wrapText } from './wrap.ts';

export const CARD_TEMPLATE = 1;
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Everything a card shows; its hash names the card's file. */
export interface CardSpec {
  title: string;
  /** The page's kind, as its vocabulary labels it ("Raid", "Armed group"). */
  kind?: string;
  /** The date as the page writes it. */
  date?: string;
  site: string;
  direction: 'ltr' | 'rtl';
}

const COLOURS = { paper: '#fdfcfa', ink: '#1b1b1b', muted: '#595959', accent: '#9b1c1c', rule: '#d6d3cd' };
const MARGIN = 88;
const BAR = 20;
const WIDTH = CARD_WIDTH - 2 * MARGIN;
/** The title's sizes, largest first, each with the lines it may take. */
const TITLE = [{ size: 66, lines: 3 }, { size: 54, lines: 4 }] as const;

export function cardSvg(spec: CardSpec, shaper: Shaper): string {
  const dir = spec.direction;
  const rtl = dir === 'rtl';
  // A line's visual start: the left margin, or for a right-to-left card its width from the right one.
  const start = (width: number) => (rtl ? CARD_WIDTH - MARGIN - width : MARGIN);
  const parts: string[] = [];
  const line = (text: string, size: number, weight: 'regular' | 'bold', fill: string, y: number) => {
    const [fitted] = wrapText(text, { maxWidth: WIDTH, maxLines: 1, measure: (t) => shaper.measure(t, size, weight, dir) }).lines;
    if (!fitted) return;
    const shaped = shaper.line(fitted, size, weight, dir);
    parts.push(shaped.draw(start(shaped.width), y, fill));
  };

  if (spec.kind) line(spec.kind, 30, 'bold', COLOURS.accent, 128);
  const fits = (size: number, lines: number) => wrapText(spec.title, { maxWidth: WIDTH, maxLines: lines, measure: (t) => shaper.measure(t, size, 'bold', dir) });
  let chosen = TITLE[TITLE.length - 1]!;
  let wrapped = fits(chosen.size, chosen.lines);
  for (const option of TITLE) {
    const attempt = option === chosen ? wrapped : fits(option.size, option.lines);
    if (!attempt.truncated || option === chosen) {
      chosen = option;
      wrapped = attempt;
      break;
    }
  }
  const leading = Math.round(chosen.size * 1.22);
  let y = 128 + 22 + chosen.size;
  for (const text of wrapped.lines) {
    const shaped = shaper.line(text, chosen.size, 'bold', dir);
    parts.push(shaped.draw(start(shaped.width), y, COLOURS.ink));
    y += leading;
  }
  if (spec.date) line(spec.date, 34, 'regular', COLOURS.muted, y - leading + 72);
  parts.push(`<rect x="${MARGIN}" y="516" width="${WIDTH}" height="2" fill="${COLOURS.rule}"/>`);
  line(spec.site, 32, 'bold', COLOURS.ink, 578);

  const bar = `<rect x="${rtl ? CARD_WIDTH - BAR : 0}" y="0" width="${BAR}" height="${CARD_HEIGHT}" fill="${COLOURS.accent}"/>`;
  // The title element is for whoever opens the SVG; resvg draws only the outlines.
  const title = esc([cardText(spec.title), spec.date && cardText(spec.date), cardText(spec.site)].filter(Boolean).join(' · '));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}"><title>${title}</title>`
    + `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.paper}"/>${bar}${parts.join('')}</svg>`;
}
