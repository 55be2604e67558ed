/**
 * Fits a line of text into lines of a given width, as a share card shows a title: words
 * are kept whole where they fit, a word wider than the line is broken between graphemes,
 * and what does not fit in the last line ends with an ellipsis. Widths come from `measure`
 * (the card's shaped fonts), so the same rule serves every script and direction: the text
 * stays in logical order and the ellipsis ends it, where the bidirectional algorithm puts
 * it at the end of a right-to-left line too.
 */

export interface Wrapped {
  lines: string[];
  /** Some of the text did not fit and the last line ends with the ellipsis. */
  truncated: boolean;
}

export interface WrapOptions {
  maxWidth: number;
  maxLines: number;
  /** Width of a string, in the units of `maxWidth`. */
  measure: (text: string) => number;
  ellipsis?: string;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The text's graphemes, so that a break never splits a letter from its marks. */
function split(text: string): string[] {
  return [...graphemes.segment(text)].map((s) => s.segment);
}

/** The longest start of `text` that fits `width` when `suffix` follows it. */
function fitStart(text: string, width: number, measure: (t: string) => number, suffix = ''): string {
  const parts = split(text);
  let lo = 0;
  let hi = parts.length;
  // Widths grow with length; a binary search keeps long words cheap.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(parts.slice(0, mid).join('') + suffix) <= width) lo = mid;
    else hi = mid - 1;
  }
  return parts.slice(0, lo).join('');
}

/** Whitespace collapsed and trimmed; control characters have no place on a card. */
export function cardText(text: string): string {
  return text.replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ').replace(/\s+/gu, ' ').trim();
}

export function wrapText(text: string, options: WrapOptions): Wrapped {
  const { maxWidth, maxLines, measure } = options;
  const ellipsis = options.ellipsis ?? '…';
  const words = cardText(text).split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  let rest = 0;
  for (; rest < words.length; rest++) {
    const word = words[rest]!;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) break;
    }
    // A word wider than a whole line is broken where it stops fitting.
    let remaining = word;
    while (measure(remaining) > maxWidth && lines.length < maxLines) {
      const head = fitStart(remaining, maxWidth, measure) || split(remaining)[0]!;
      lines.push(head);
      remaining = remaining.slice(head.length);
    }
    if (lines.length === maxLines) {
      // What is left of this word goes back to be ellipsised.
      if (remaining !== '') words.splice(rest, 1, remaining);
      else rest++;
      break;
    }
    line = remaining;
  }
  if (line !== '' && lines.length < maxLines) {
    lines.push(line);
    rest = words.length;
  }
  if (rest >= words.length) return { lines, truncated: false };
  // Something is left over: the last line takes as much as fits before the ellipsis.
  const last = [lines.pop() ?? '', ...words.slice(rest)].filter((w) => w !== '').join(' ');
  let head = fitStart(last, maxWidth, measure, ellipsis).trimEnd();
  // Cut at a word's end where one is near, rather than inside a word.
  const space = head.lastIndexOf(' ');
  if (space > head.length * 0.6 && head.length < last.length && last[head.length] !== ' ') head = head.slice(0, space);
  lines.push(head.replace(/[\s,;:.،؛·\-–—]+$/u, '') + ellipsis);
  return { lines, truncated: true };
}
