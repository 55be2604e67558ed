/**
 * Where every mark, label, lane and tick goes, in SVG user units; pure and deterministic.
 * Labels never overlap: a label is cut to the room before the next mark in its row, or
 * left out (the mark then shows its title on hover and focus). When too many events are in
 * view, each lane shows how many events start in each period instead of single marks.
 */
import { TIMELINE_INLINE_CAP } from '../../render/page-caps.ts';
import { assignLanes, type Lane } from './lanes.ts';
import { fitLabel, labelWidth, wrapLabel } from './labels-fit.ts';
import { binInterval, fullDomain, markExtent, ticks, timeScale } from './scale.ts';
import type { TimelineEvent, TimelineOptions } from './types.ts';

/** A label's baseline start; `inside` when it sits on a bar long enough to hold it. */
export interface LaidLabel {
  x: number;
  y: number;
  /** The label as shown (its lines joined by a space). */
  text: string;
  inside?: boolean;
  /** In the vertical layout, the label's lines, each LINE below the one before. */
  lines?: string[];
}

/** A box in layout units (x left to right before mirroring). */
export interface Box { x: number; y: number; w: number; h: number }

export interface LaidMark {
  event: TimelineEvent;
  /** Start and end along the time axis (equal for a point). */
  t0: number;
  t1: number;
  point: boolean;
  /** Across the time axis: the mark's centre line. */
  c: number;
  lane: number;
  row: number;
  label?: LaidLabel;
  /** In the vertical layout, a line from the mark to a label pushed down by the one above. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /**
   * Where a tap or click reaches this mark's link, beyond its shape and label's glyphs: at
   * least TARGET square around the shape and, in the vertical layout, the label's whole row.
   * The layout keeps one mark's boxes off every other mark's (WCAG 2.5.8, target size).
   */
  hits: Box[];
}

export interface LaidBin { lane: number; from: number; to: number; name: string; count: number; x: number; y: number; w: number; h: number }
export interface LaidLane extends Lane { x: number; y: number; size: number }
export interface LaidTick { at: number; pos: number; label: string }

export interface Layout {
  orientation: 'horizontal' | 'vertical';
  width: number;
  height: number;
  domain: [number, number];
  /** The plot area: time runs along x in [x0, x1] (horizontal) or along y in [y0, y1] (vertical). */
  plot: { x0: number; x1: number; y0: number; y1: number };
  lanes: LaidLane[];
  marks: LaidMark[];
  bins: LaidBin[];
  ticks: LaidTick[];
  /** True when events are shown as counts per period. */
  density: boolean;
  /** Events overlapping the visible range. */
  inView: number;
}

const ROW = 24;
const LANE_HEAD = 20;
const LANE_GAP = 10;
const AXIS = 30;
const LEGEND = 34;
const POINT_R = 5;
const MIN_BAR = 4;
const MAX_ROWS = 5;
const DENSITY_H = 36;
const LABEL_GAP = 8;
/** The distance between the lines of a label that wraps. */
export const LINE = 14;
/** The smallest tap target, in CSS px (one layout unit is one CSS px where the island draws). */
export const TARGET = 24;
/** The vertical layout's columns of marks: one tap target wide, so neighbours' targets only touch. */
const COL = TARGET;
/** Room the vertical layout keeps for labels before it adds another column of marks. */
const MIN_LABEL_ROOM = 130;

/** The legend's rows are this far apart; a legend wider than the chart wraps. */
export const LEGEND_ROW = 20;

/** How wide one entry of the legend is: its shape (`size` wide), a gap, its text and room after it. */
export function legendItemWidth(text: string, size: number): number {
  return (size === 26 ? 32 : 16) + labelWidth(text) + 18;
}

/** Extra legend rows a horizontal chart of this width needs when every entry is shown. */
function legendExtraRows(options: TimelineOptions, width: number, x0: number): number {
  const w = options.words;
  const items: [string, number][] = [[w.legendDay, 10], [w.legendSpan, 26], [w.legendWithin, 26], [w.legendFuzzy, 26]];
  let x = 0;
  let rows = 0;
  for (const [i, [text, size]] of items.entries()) {
    const iw = legendItemWidth(text, size);
    if (i > 0 && x + iw > width - 16 - x0) { x = 0; rows++; }
    x += iw;
  }
  return rows;
}

/** Rounds to 0.1 unit so SVG text stays short and snapshots stable. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

function inView(events: TimelineEvent[], domain: [number, number]): TimelineEvent[] {
  return events.filter((e) => {
    const { start, end, point } = markExtent(e);
    // A bar ending exactly where the range starts (June ends at 1 July 00:00) is not in view.
    return (point ? end >= domain[0] : end > domain[0]) && start <= domain[1];
  });
}

function byDate(a: TimelineEvent, b: TimelineEvent): number {
  return a.min - b.min || a.max - b.max || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Lays the events out; see the options for defaults. Events need not be sorted. */
export function layoutTimeline(events: TimelineEvent[], options: TimelineOptions): Layout {
  const orientation = options.orientation ?? 'horizontal';
  const domain = options.domain ?? fullDomain(events);
  const { lanes, laneOf } = assignLanes(events, orientation === 'vertical' ? 'none' : options.lanes ?? 'kind', options.labels, options.words, options.maxLanes ?? 8);
  const visible = inView(events, domain);
  // Pages pass events already in date order; sort only when they are not (the sort dominates at 5,000).
  if (!visible.every((e, i) => i === 0 || byDate(visible[i - 1]!, e) <= 0)) visible.sort(byDate);
  const density = visible.length > (options.maxMarks ?? TIMELINE_INLINE_CAP);
  return orientation === 'vertical'
    ? vertical(visible, domain, lanes, options, density)
    : horizontal(visible, domain, lanes, laneOf, options, density);
}

function horizontal(visible: TimelineEvent[], domain: [number, number], lanes: Lane[], laneOf: Map<string, number>, options: TimelineOptions, density: boolean): Layout {
  const width = options.width ?? 960;
  const plot = { x0: 12, x1: width - 12, y0: AXIS, y1: 0 };
  const scale = timeScale(domain, [plot.x0, plot.x1]);
  const showHeads = lanes.length > 1 || (lanes[0] !== undefined && lanes[0].label !== '');
  const marks: LaidMark[] = [];
  const bins: LaidBin[] = [];
  const laid: LaidLane[] = [];
  let y = AXIS + 4;
  // One lane may grow taller than each of several.
  const maxRows = lanes.length === 1 ? MAX_ROWS + 3 : MAX_ROWS;
  const byLane = lanes.map((): TimelineEvent[] => []);
  for (const e of visible) byLane[laneOf.get(e.id) ?? 0]!.push(e);

  for (let li = 0; li < lanes.length; li++) {
    const laneEvents = byLane[li]!;
    const head = showHeads ? LANE_HEAD : 0;
    if (density) {
      laid.push({ ...lanes[li]!, x: plot.x0, y, size: head + DENSITY_H });
      bins.push(...binLane(laneEvents, scale, options, li, plot.x0, plot.x1, y + head, DENSITY_H));
      y += head + DENSITY_H + LANE_GAP;
      continue;
    }
    const rows: { end: number; markEnd: number; items: { mark: LaidMark; from: number }[] }[] = [];
    const newRow = () => rows.push({ end: -Infinity, markEnd: -Infinity, items: [] }) - 1;
    const freeAt = (x: number) => rows.findIndex((r) => r.end + LABEL_GAP <= x);
    for (const event of laneEvents) {
      const ext = markExtent(event);
      const point = ext.point;
      const a = scale(ext.start);
      let b = point ? a : scale(ext.end);
      if (!point && b - a < MIN_BAR) b = a + MIN_BAR;
      const start = point ? a - POINT_R : a;
      const end = point ? a + POINT_R : b;
      // The emphasised event's label is bold, so wider.
      const tw = labelWidth(event.title) * (event.id === options.highlight ? 1.12 : 1);
      // A label sits on a bar that can hold it whole, otherwise after the mark; a bar running
      // in from before the view carries its label from the view's edge. Near the right edge,
      // where the label would be cut, it goes before the mark if there is room there.
      const shownFrom = Math.max(a, plot.x0);
      const inside = !point && Math.min(b, plot.x1) - shownFrom >= tw + 8;
      const rightX = point ? a + POINT_R + 4 : inside ? shownFrom + 4 : b + 4;
      const rightFits = rightX + tw <= plot.x1;
      const leftX = start - 4 - tw;
      const leftFits = !rightFits && leftX >= plot.x0;
      let left = false;
      let row = rightFits ? freeAt(start) : -1;
      if (row === -1 && leftFits) { row = freeAt(leftX); left = row !== -1; }
      if (row === -1 && rows.length < maxRows) { row = newRow(); left = leftFits; }
      if (row === -1) row = freeAt(start);
      if (row === -1) row = rows.findIndex((r) => r.markEnd + 2 <= start);
      if (row === -1) row = rows.reduce((best, r, i) => (r.markEnd < rows[best]!.markEnd ? i : best), 0);
      const r = rows[row]!;
      const labelX = left ? leftX : rightX;
      const mark: LaidMark = { event, t0: a, t1: b, point, c: 0, lane: li, row, label: { x: labelX, y: 0, text: event.title, inside }, hits: [] };
      r.items.push({ mark, from: left ? leftX : start });
      r.end = Math.max(r.end, end, left ? end : labelX + tw);
      r.markEnd = Math.max(r.markEnd, end);
      marks.push(mark);
    }
    // Cut each label to the room before whatever comes next in its row (and the plot's edge).
    for (const [ri, r] of rows.entries()) {
      const c = y + head + ri * ROW + ROW / 2;
      r.items.forEach(({ mark: m }, i) => {
        m.c = c;
        // A row is one target high; along time the target is the mark, widened to a target's width.
        const [h0, h1] = around(m.t0, m.t1);
        m.hits = [{ x: h0, y: c - ROW / 2, w: h1 - h0, h: ROW }];
        const nextFrom = r.items[i + 1]?.from ?? Infinity;
        const room = Math.min(nextFrom - LABEL_GAP, plot.x1) - m.label!.x;
        const text = fitLabel(m.event.title, room / (m.event.id === options.highlight ? 1.12 : 1));
        m.label = text ? { x: m.label!.x, y: c + 4, text, inside: m.label!.inside } : undefined;
      });
    }
    const size = head + Math.max(1, rows.length) * ROW;
    laid.push({ ...lanes[li]!, x: plot.x0, y, size });
    y += size + LANE_GAP;
  }
  plot.y1 = y - LANE_GAP + 4;
  return {
    orientation: 'horizontal',
    width,
    height: plot.y1 + LEGEND + (density ? 0 : legendExtraRows(options, width, plot.x0) * LEGEND_ROW),
    domain,
    plot,
    lanes: laid,
    marks,
    bins,
    ticks: ticks(scale, Math.floor((plot.x1 - plot.x0) / 110), options.language).map((t) => ({ ...t, pos: scale(t.at) })),
    density,
    inView: visible.length,
  };
}

/** Counts per calendar period of the events starting in it, as bars rising from the lane's base. */
function binLane(events: TimelineEvent[], scale: ReturnType<typeof timeScale>, options: TimelineOptions, lane: number, x0: number, x1: number, top: number, size: number, vertical = false): LaidBin[] {
  const { interval, name } = binInterval(scale, options.minBin ?? 8, options.language, options.words.weekOf);
  const counts = new Map<number, number>();
  const first = (scale.domain()[0] as Date).getTime();
  for (const e of events) {
    const key = interval.floor(new Date(Math.max(markExtent(e).start, first))).getTime();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const most = Math.max(1, ...counts.values());
  return [...counts].sort((a, b) => a[0] - b[0]).map(([from, count]) => {
    const to = interval.offset(new Date(from), 1).getTime();
    const p0 = Math.max(x0, scale(from));
    const p1 = Math.min(x1, scale(to));
    const h = Math.max(2, (count / most) * (size - 4));
    const along = { at: p0, len: Math.max(1, p1 - p0 - 1) };
    return vertical
      ? { lane, from, to, name: name(new Date(from)), count, x: top, y: along.at, w: h, h: along.len }
      : { lane, from, to, name: name(new Date(from)), count, x: along.at, y: top + size - h, w: along.len, h };
  });
}

/** The extent along time of a mark's target: the mark itself, or TARGET around its middle when shorter. */
function around(t0: number, t1: number): [number, number] {
  if (t1 - t0 >= TARGET) return [t0, t1];
  const mid = (t0 + t1) / 2;
  return [mid - TARGET / 2, mid + TARGET / 2];
}

function vertical(visible: TimelineEvent[], domain: [number, number], lanes: Lane[], options: TimelineOptions, density: boolean): Layout {
  const width = options.width ?? 360;
  const axisX = 64;
  const length = Math.max(360, Math.min(2400, visible.length * 44));
  const plot = { x0: axisX, x1: width - 8, y0: 16, y1: 16 + length };
  const scale = timeScale(domain, [plot.y0, plot.y1]);
  const marks: LaidMark[] = [];
  const bins: LaidBin[] = [];
  if (density) {
    bins.push(...binLane(visible, scale, options, 0, plot.y0, plot.y1, axisX + 8, width - axisX - 16, true));
  } else {
    // Columns of marks, packed by their tap targets (not their shapes), so that no target
    // covers another; as many columns as leave the labels MIN_LABEL_ROOM.
    const maxCols = Math.min(8, Math.max(2, Math.floor((width - axisX - 14 - MIN_LABEL_ROOM) / COL)));
    const cols: number[] = [];
    for (const event of visible) {
      const ext = markExtent(event);
      const a = scale(ext.start);
      let b = ext.point ? a : scale(ext.end);
      if (!ext.point && b - a < MIN_BAR) b = a + MIN_BAR;
      const [h0, h1] = around(a, b);
      let col = cols.findIndex((end) => end <= h0);
      if (col === -1 && cols.length < maxCols) col = cols.push(-Infinity) - 1;
      if (col === -1) col = cols.indexOf(Math.min(...cols));
      cols[col] = Math.max(cols[col]!, h1);
      const c = axisX + 14 + col * COL;
      marks.push({ event, t0: a, t1: b, point: ext.point, c, lane: 0, row: col, hits: [{ x: c - COL / 2, y: h0, w: COL, h: h1 - h0 }] });
    }
    // Labels in one column to the right, each a target's height below the one before: never
    // overlapping, each row its mark's own target.
    const labelX = axisX + 14 + (Math.max(1, cols.length) - 1) * COL + COL / 2 + 6;
    let last = -Infinity;
    for (const m of marks) {
      // A bar that runs in from before the view is labelled where it enters the view.
      const shown = Math.max(m.t0, plot.y0);
      const anchor = m.point ? m.t0 : Math.min(shown + 8, m.t1);
      const y = Math.max(anchor, last + TARGET);
      // A title wraps onto a second line rather than lose its end on a narrow screen.
      const lines = wrapLabel(m.event.title, (width - labelX - 6) / (m.event.id === options.highlight ? 1.12 : 1), 2);
      const extra = Math.max(0, lines.length - 1) * LINE;
      last = y + extra;
      if (lines.length === 0) continue;
      m.label = { x: labelX, y: y + 4, text: lines.join(' '), lines };
      m.hits.push({ x: labelX - 4, y: y - TARGET / 2, w: width - labelX + 2, h: TARGET + extra });
      if (Math.abs(y - anchor) > 2) m.leader = { x1: m.c + (m.point ? POINT_R : 3), y1: anchor, x2: labelX - 3, y2: y };
    }
    plot.y1 = Math.max(plot.y1, last + 12);
  }
  return {
    orientation: 'vertical',
    width,
    height: plot.y1 + 16 + LEGEND * 2 + (density ? 0 : Math.max(0, legendExtraRows(options, width, 0) - 1) * LEGEND_ROW),
    domain,
    plot,
    lanes: lanes.map((l) => ({ ...l, x: axisX, y: plot.y0, size: width - axisX })),
    marks,
    bins,
    ticks: ticks(scale, Math.floor(length / 70), options.language).map((t) => ({ ...t, pos: scale(t.at) })),
    density,
    inView: visible.length,
  };
}
