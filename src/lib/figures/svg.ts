/**
 * Helpers for SVG written as strings at build time (map, network, timeline). Everything that
 * comes from content goes through `esc`, in text and in attributes alike: a title may hold
 * `</svg><script>`, or a control character no XML may hold.
 */
import { xmlChars } from '../render/xml-chars.ts';

/** Escapes text for XML text nodes and double-quoted attributes (and for HTML's, the same). */
export function esc(value: string | number): string {
  return xmlChars(String(value)).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Rounds to one decimal, the resolution of every coordinate we write (stable snapshots). */
export function r1(n: number): number {
  const v = Math.round(n * 10) / 10;
  return Object.is(v, -0) ? 0 : v;
}

/** `name="value"` pairs, escaped; undefined values are left out. */
export function attrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v!)}"`)
    .join('');
}

/** A rough width of a line of sans text, enough to keep labels apart without a font engine. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

export interface Box { x: number; y: number; w: number; h: number }

/** Whether two boxes overlap (touching does not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
