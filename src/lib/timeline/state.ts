/**
 * The view a reader can link to: filters, lanes and the visible range, read from and written
 * to the query string (`?actor=a-group&from=2022-03&to=2022-07`), and the zoom and pan steps.
 * Pure, so the island and the tests share it.
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat, utcParse } from 'd3-time-format';
import { markExtent } from './scale.ts';
import type { LaneDimension, TimelineEvent } from './types.ts';

export interface ViewState {
  actor?: string;
  kind?: string;
  country?: string;
  lanes?: LaneDimension;
  /** Visible range in ms; absent means all events. */
  from?: number;
  to?: number;
}

const LANES: LaneDimension[] = ['kind', 'actor', 'country', 'none'];
const FORMS = (['%Y-%m-%d', '%Y-%m', '%Y'] as const).map((f, i) => ({ parse: utcParse(f), format: utcFormat(f), interval: [utcDay, utcMonth, utcYear][i]! }));

/**
 * A `from`/`to` value (YYYY, YYYY-MM or YYYY-MM-DD) as ms: the start of that period, or for
 * `end`, the end of it (so `to=2022-07` includes all of July). Undefined if malformed.
 */
export function parseBound(text: string | null, end = false): number | undefined {
  if (!text) return undefined;
  for (const { parse, format, interval } of FORMS) {
    const d = parse(text);
    // d3's parser rolls "2022-13" over into 2023; only a date that formats back as written counts.
    if (d && format(d) === text) return end ? interval.offset(d, 1).getTime() : d.getTime();
  }
  return undefined;
}

/** Writes a bound at the coarsest precision that the visible span still needs. */
export function formatBound(ms: number, span: number): string {
  return span > 400 * 86_400_000 ? utcFormat('%Y-%m')(new Date(ms)) : utcFormat('%Y-%m-%d')(new Date(ms));
}

/** Reads a view from a query string; unknown or malformed values are ignored. */
export function parseState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const state: ViewState = {};
  for (const key of ['actor', 'kind', 'country'] as const) {
    const v = q.get(key);
    if (v) state[key] = v;
  }
  const lanes = q.get('lanes') as LaneDimension | null;
  if (lanes && LANES.includes(lanes)) state.lanes = lanes;
  const from = parseBound(q.get('from'));
  const to = parseBound(q.get('to'), true);
  if (from !== undefined && to !== undefined && from < to) Object.assign(state, { from, to });
  return state;
}

/** The query string for a view ('' for the default view), keys in a fixed order. */
export function stateToSearch(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.actor) q.set('actor', state.actor);
  if (state.kind) q.set('kind', state.kind);
  if (state.country) q.set('country', state.country);
  if (state.lanes) q.set('lanes', state.lanes);
  if (state.from !== undefined && state.to !== undefined) {
    const span = state.to - state.from;
    q.set('from', formatBound(state.from, span));
    // The URL's `to` names the last period shown, which parseBound extends to its end.
    q.set('to', formatBound(state.to - 1, span));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Whether an event passes the view's filters (the range is not a filter: it is zoom). */
export function matches(e: TimelineEvent, state: ViewState): boolean {
  return (!state.actor || e.actors.includes(state.actor))
    && (!state.kind || e.kind === state.kind)
    && (!state.country || e.country === state.country);
}

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
