/**
 * Label placement without a font engine: each label tries eight positions around its point
 * in a fixed order and takes the first that overlaps nothing placed before it and stays
 * inside the frame. Deterministic, so snapshots hold; good enough for a handful of places.
 */
import { overlaps, r1, textWidth, type Box } from '../svg.ts';

export interface LabelRequest {
  text: string;
  x: number;
  y: number;
  /** Distance from the point to leave free (the mark's radius). */
  gap: number;
  fontSize: number;
}

export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** The point the label names. */
  at: [number, number];
}

const DIRECTIONS: [number, number][] = [[1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [1, 1], [-1, -1], [-1, 1]];

/**
 * Places labels in the order given; a label that fits nowhere is left out rather than
 * drawn over another (the HTML list still names every place).
 */
export function placeLabels(requests: LabelRequest[], obstacles: Box[], width: number, height: number): PlacedLabel[] {
  const taken = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const req of requests) {
    const w = textWidth(req.text, req.fontSize);
    const h = req.fontSize * 1.1;
    for (const [dx, dy] of DIRECTIONS) {
      const gap = req.gap + 3;
      const ax = req.x + dx * gap;
      const ay = req.y + dy * gap;
      const x = dx > 0 ? ax : dx < 0 ? ax - w : ax - w / 2;
      const y = dy > 0 ? ay : dy < 0 ? ay - h : ay - h / 2;
      const box = { x, y, w, h };
      const inside = x >= 2 && y >= 2 && x + w <= width - 2 && y + h <= height - 2;
      if (!inside || taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      placed.push({
        text: req.text,
        x: r1(dx > 0 ? x : dx < 0 ? x + w : x + w / 2),
        // Text is positioned by its baseline: about 0.8 of the box down.
        y: r1(y + h * 0.8),
        anchor: dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle',
        box,
        at: [req.x, req.y],
      });
      break;
    }
  }
  return placed;
}
