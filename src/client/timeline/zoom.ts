/**
 * Zoom and pan of the timeline's view window with the toolbar's buttons, the wheel, a drag
 * and a pinch, and a click on a density bin. In a right-to-left chart a drag and the wheel's
 * anchor follow the drawing. The arithmetic is src/lib/figures/timeline/zoom.ts; this is the reader's
 * hand on it.
 */
import { fullDomain } from '../../lib/figures/timeline/scale.ts';
import { panRange, zoomRange } from '../../lib/figures/timeline/zoom.ts';
import type { TimelineIsland } from './island.ts';

export interface Zoom {
  zoomBy(factor: number, anchor?: number): [number, number];
  panBy(fraction: number): [number, number];
  /** The window of every event shown. */
  reset(): [number, number];
  zoomToBin(bin: Element): void;
  /** Whether a drag or a pinch is under way. */
  busy(): boolean;
}

export function zoom(island: TimelineIsland, hideTip: () => void): Zoom {
  const { canvas, toolbar, rtl } = island;
  const zoomBy = (factor: number, anchor = 0.5) => zoomRange(island.window, factor, anchor, island.limit());
  const panBy = (fraction: number) => panRange(island.window, (island.window[1] - island.window[0]) * fraction, island.limit());
  const reset = () => fullDomain(island.shown.length ? island.shown : island.all);
  const zoomToBin = (bin: Element) => {
    const from = Number(bin.getAttribute('data-from'));
    const to = Number(bin.getAttribute('data-to'));
    const pad = (to - from) * 0.1;
    island.go(zoomRange([from - pad, to + pad], 1, 0.5, island.limit()));
  };

  toolbar.addEventListener('click', (e) => {
    const action = (e.target as Element).closest('button')?.dataset.action;
    if (action === 'in') island.go(zoomBy(2));
    else if (action === 'out') island.go(zoomBy(0.5));
    else if (action === 'earlier') island.go(panBy(-0.4));
    else if (action === 'later') island.go(panBy(0.4));
    else if (action === 'reset') island.go(reset());
  });

  // Pointer: where along the time axis a client position falls, as a fraction of the window.
  const fraction = (clientX: number, clientY: number) => {
    const { layout } = island;
    const box = canvas.querySelector('svg')!.getBoundingClientRect();
    const unit = box.width / layout.width;
    const { plot } = layout;
    const f = layout.orientation === 'vertical'
      ? ((clientY - box.top) / unit - plot.y0) / (plot.y1 - plot.y0)
      : ((clientX - box.left) / unit - plot.x0) / (plot.x1 - plot.x0);
    // The plot is symmetric in its frame, so mirrored time is the same fraction from the other end.
    const along = rtl && layout.orientation === 'horizontal' ? 1 - f : f;
    return Math.min(1, Math.max(0, along));
  };
  const pxPerWindow = () => {
    const { layout } = island;
    const box = canvas.querySelector('svg')!.getBoundingClientRect();
    const unit = box.width / layout.width;
    return layout.orientation === 'vertical' ? (layout.plot.y1 - layout.plot.y0) * unit : (layout.plot.x1 - layout.plot.x0) * unit;
  };

  canvas.addEventListener('wheel', (e) => {
    e.preventDefault();
    const delta = e.deltaY * (e.deltaMode === 1 ? 20 : 1);
    island.window = zoomBy(2 ** (-delta / 300), fraction(e.clientX, e.clientY));
    island.schedule();
  }, { passive: false });

  const pointers = new Map<number, { x: number; y: number }>();
  let gesture: { window: [number, number]; x: number; y: number; dist?: number; anchor?: number } | undefined;
  let dragged = false;
  // Position along time, in pixels: mirrored for a right-to-left chart, so a drag moves the drawing with the pointer.
  const along = (p: { x: number; y: number }) => (island.layout.orientation === 'vertical' ? p.y : rtl ? -p.x : p.x);
  canvas.addEventListener('pointerdown', (e) => {
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    dragged = false;
    const [a, b] = [...pointers.values()];
    if (pointers.size === 1) gesture = { window: island.window, x: e.clientX, y: e.clientY };
    else if (a && b) gesture = { window: island.window, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, dist: Math.hypot(a.x - b.x, a.y - b.y), anchor: fraction((a.x + b.x) / 2, (a.y + b.y) / 2) };
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!pointers.has(e.pointerId) || !gesture) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const [a, b] = [...pointers.values()];
    if (gesture.dist && a && b) {
      const dist = Math.hypot(a.x - b.x, a.y - b.y);
      island.window = zoomRange(gesture.window, dist / gesture.dist, gesture.anchor!, island.limit());
      dragged = true;
    } else if (a) {
      const moved = along(a) - along(gesture);
      if (!dragged && Math.abs(moved) < 4) return;
      // Capture only once it is a drag, so a plain click still reaches the mark's link.
      if (!dragged) canvas.setPointerCapture(e.pointerId);
      dragged = true;
      const span = gesture.window[1] - gesture.window[0];
      island.window = panRange(gesture.window, (-moved / pxPerWindow()) * span, island.limit());
    }
    hideTip();
    island.schedule();
  });
  const release = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
    gesture = pointers.size === 1 ? { window: island.window, ...[...pointers.values()][0]! } : undefined;
  };
  canvas.addEventListener('pointerup', release);
  canvas.addEventListener('pointercancel', release);
  // A drag that ends on a mark is not a click on it.
  canvas.addEventListener('click', (e) => {
    if (dragged) { e.preventDefault(); e.stopPropagation(); dragged = false; return; }
    const bin = (e.target as Element).closest('.tl-bin');
    if (bin) zoomToBin(bin);
  }, true);

  return { zoomBy, panBy, reset, zoomToBin, busy: () => gesture !== undefined };
}
