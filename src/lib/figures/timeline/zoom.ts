/**
 * The timeline's zoom arithmetic: the steps that move its view window (zoom around an
 * anchor, pan, the extent of a set of events), kept inside a limit. Pure, so the island and
 * the tests share it. The window is what the chart shows, never which events it shows: that
 * is the selection (src/lib/model/selection.ts).
 */
import { markExtent } from './scale.ts';
import type { TimelineEvent } from './types.ts';

const DAY = 86_400_000;

/**
 * Zooms a range by `factor` (>1 in, <1 out) around `anchor` (0…1 along the range), no
 * narrower than three days and no wider than `limit`.
 */
export function zoomRange(range: [number, number], factor: number, anchor: number, limit: [number, number]): [number, number] {
  const span = range[1] - range[0];
  const maxSpan = limit[1] - limit[0];
  const next = Math.min(maxSpan, Math.max(3 * DAY, span / factor));
  const at = range[0] + span * anchor;
  return clampRange([at - next * anchor, at - next * anchor + next], limit);
}

/** Moves a range by `delta` ms, keeping it inside `limit`. */
export function panRange(range: [number, number], delta: number, limit: [number, number]): [number, number] {
  return clampRange([range[0] + delta, range[1] + delta], limit);
}

function clampRange([a, b]: [number, number], [lo, hi]: [number, number]): [number, number] {
  const span = Math.min(b - a, hi - lo);
  if (a < lo) return [lo, lo + span];
  if (a + span > hi) return [hi - span, hi];
  return [a, a + span];
}

/** The range covering the events, for a filter's result; falls back to `fallback` when empty. */
export function extentOf(events: TimelineEvent[], fallback: [number, number]): [number, number] {
  if (events.length === 0) return fallback;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    const x = markExtent(e);
    lo = Math.min(lo, x.start);
    hi = Math.max(hi, x.end);
  }
  return [lo, hi];
}
