/** Estimating label widths without a browser, and cutting labels to the room they have. */

/** Average advance of a 12px system sans character, a little generous so estimates err wide. */
export const CHAR_WIDTH = 6.6;

/**
 * Estimated width in px of a timeline label at 12px. The timeline's layout is measured in
 * this unit, not in svg.ts's `textWidth` (the map's and network's, at any font size).
 */
export function labelWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}

/**
 * The longest form of `text` that fits `room` px: the whole text, or a prefix cut at a word
 * where possible and ended with an ellipsis. Returns '' when fewer than `minChars` would show.
 */
export function fitLabel(text: string, room: number, minChars = 6): string {
  if (labelWidth(text) <= room) return text;
  const chars = Math.floor(room / CHAR_WIDTH) - 1;
  if (chars < minChars) return '';
  let cut = text.slice(0, chars);
  const space = cut.lastIndexOf(' ');
  if (space >= minChars) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,.;:–-]+$/, '')}…`;
}

/**
 * `text` on at most `maxLines` lines of `room` px, broken at spaces; the last line is cut
 * with an ellipsis when the rest does not fit. Empty when not even a first line of
 * `minChars` fits.
 */
export function wrapLabel(text: string, room: number, maxLines = 2, minChars = 4): string[] {
  const lines: string[] = [];
  let rest = text.trim();
  while (rest && lines.length < maxLines - 1 && labelWidth(rest) > room) {
    const chars = Math.floor(room / CHAR_WIDTH);
    const space = rest.slice(0, chars + 1).lastIndexOf(' ');
    if (space < minChars) break;
    lines.push(rest.slice(0, space));
    rest = rest.slice(space + 1).trim();
  }
  const last = fitLabel(rest, room, minChars);
  if (last) lines.push(last);
  else if (lines.length > 0) lines[lines.length - 1] = fitLabel(`${lines[lines.length - 1]} ${rest}`, room, minChars);
  return lines.filter(Boolean);
}
