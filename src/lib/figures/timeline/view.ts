/**
 * The timeline's view in the URL, beside the selection and apart from it: the lanes
 * (`lanes=actor`) and the zoom window (`zoom=2022-03-01..2022-07-31`). The selection says
 * which events the timeline shows (src/lib/model/selection.ts); the view says how, so a link that
 * carries the selection to the map leaves the view behind. Pure, so the island and the tests
 * share it.
 */
import { utcFormat } from 'd3-time-format';
import { boundEnd, boundStart, isBound, serializeSelection, type Selection } from '../../model/selection.ts';
import type { LaneDimension } from './types.ts';

export interface TimelineView {
  lanes?: LaneDimension;
  /** The zoom window, [first instant, end) in ms; absent: the extent of the events shown. */
  window?: [number, number];
}

const LANES: LaneDimension[] = ['kind', 'actor', 'country', 'none'];
/** Between the window's two ends: EDTF's open-interval dots, which a URL writes as they are. */
const TO = '..';

/** Writes an end of the window at the coarsest precision the window's span still needs. */
export function formatWindowBound(ms: number, span: number): string {
  return utcFormat(span > 400 * 86_400_000 ? '%Y-%m' : '%Y-%m-%d')(new Date(ms));
}

/** Reads the view from a query string; unknown lanes and malformed windows are dropped. */
export function parseTimelineView(search: URLSearchParams | string): TimelineView {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const view: TimelineView = {};
  const lanes = q.get('lanes') as LaneDimension | null;
  if (lanes && LANES.includes(lanes)) view.lanes = lanes;
  const ends = (q.get('zoom') ?? '').split(TO).map((s) => s.trim());
  if (ends.length === 2 && ends.every((e) => e.length <= 10 && isBound(e))) {
    const [a, b] = ends as [Parameters<typeof boundStart>[0], Parameters<typeof boundStart>[0]];
    // Backwards, as the selection's period is: the two ends are swapped.
    const [first, last] = boundStart(a) > boundEnd(b) ? [b, a] : [a, b];
    view.window = [boundStart(first), boundEnd(last) + 1];
  }
  return view;
}

/** The timeline's whole query string: the selection, then the view ('' when both are empty). */
export function timelineSearch(selection: Selection, view: TimelineView): string {
  const q = serializeSelection(selection);
  if (view.lanes) q.set('lanes', view.lanes);
  if (view.window) {
    const [from, to] = view.window;
    const span = to - from;
    // The URL names the last period shown, which parseTimelineView extends to its end.
    q.set('zoom', `${formatWindowBound(from, span)}${TO}${formatWindowBound(to - 1, span)}`);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
