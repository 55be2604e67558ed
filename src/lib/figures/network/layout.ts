/**
 * Deterministic layouts for the relations network: the same content gives the same picture.
 * The full network runs d3-force for a fixed number of ticks from d3's own deterministic
 * start (nodes on a phyllotaxis spiral in id order; d3-force's jiggle uses a seeded LCG), and
 * the result is fitted to the frame and rounded. An actor's own network is a star: the actor
 * in the middle, the others on a circle in a fixed order.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { cachedText } from '../../cache/registry.ts';
import { r1, textWidth } from '../svg.ts';
import type { Network } from './edges.ts';

export interface Point { x: number; y: number }
export type Positions = Map<string, Point>;

/**
 * Font size of node labels in the tall drawing for phones (edge labels are 0.8 of it): at a
 * 320–430 px phone's width, about 1:1, so node labels read at 15 px or more and edge labels at
 * 12 px or more.
 */
export const NARROW_FONT = 16;

export interface LayoutFrame {
  width: number;
  height: number;
  /** Font size of node labels, to keep them inside the frame. */
  fontSize?: number;
}

/** Scales and shifts raw positions into the frame, leaving room for labels; rounds them. */
function fit(raw: Map<string, Point>, network: Network, frame: LayoutFrame): Positions {
  const font = frame.fontSize ?? 13;
  const halfLabel = Math.max(20, ...network.nodes.map((n) => textWidth(n.label, font) * 1.12 / 2)) + 6; // bold labels run wider than the estimate
  const padY = font * 2 + 12;
  const xs = [...raw.values()].map((p) => p.x);
  const ys = [...raw.values()].map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = frame.width - halfLabel * 2;
  const h = frame.height - padY * 2;
  const kx = x1 > x0 ? w / (x1 - x0) : Infinity;
  const ky = y1 > y0 ? h / (y1 - y0) : Infinity;
  const k = Math.min(kx, ky);
  const scale = Number.isFinite(k) ? k : 1;
  // A tall frame (a phone's) is stretched to its height as well as its width: its labels take
  // most of the width, so the nodes need the height to keep apart.
  const tall = frame.height > frame.width;
  const [sx, sy] = tall ? [Number.isFinite(kx) ? kx : scale, Number.isFinite(ky) ? ky : scale] : [scale, scale];
  const out: Positions = new Map();
  for (const [id, p] of raw) {
    out.set(id, {
      x: r1(frame.width / 2 + (p.x - (x0 + x1) / 2) * sx),
      y: r1(frame.height / 2 + (p.y - (y0 + y1) / 2) * sy),
    });
  }
  return out;
}

/**
 * Force-directed layout with a fixed number of ticks; no randomness beyond d3's seeded one.
 * The simulation, the costly part, depends only on the actors, the links between them and the
 * frame's orientation: the build keeps its result between builds (src/lib/cache/registry.ts).
 */
export function forceLayout(network: Network, frame: LayoutFrame, ticks = 300): Positions {
  // Sorted, so the input order never changes the start positions.
  const ids = network.nodes.map((n) => n.id).sort((a, b) => a.localeCompare(b));
  const links = network.edges.map((e) => [e.from, e.to] as const);
  const portrait = frame.height > frame.width;
  const raw = JSON.parse(cachedText('layouts', [ids, links, portrait, ticks], () => JSON.stringify(simulate(ids, links, portrait, ticks)))) as [string, number, number][];
  return fit(new Map(raw.map(([id, x, y]) => [id, { x, y }])), network, frame);
}

function simulate(ids: readonly string[], pairs: readonly (readonly [string, string])[], portrait: boolean, ticks: number): [string, number, number][] {
  const nodes: (SimulationNodeDatum & { id: string })[] = ids.map((id) => ({ id }));
  const links = pairs.map(([source, target]) => ({ source, target }));
  const simulation = forceSimulation(nodes)
    .force('link', forceLink(links).id((d) => (d as { id: string }).id).distance(110))
    .force('charge', forceManyBody().strength(-420))
    .force('collide', forceCollide(46))
    // A little more pull across the frame's short side, so the network takes the frame's shape
    // (wide on a page, tall on a phone, where a wide drawing would shrink its labels).
    .force('x', forceX(0).strength(portrait ? 0.2 : 0.04))
    .force('y', forceY(0).strength(portrait ? 0.02 : 0.09))
    .force('center', forceCenter(0, 0))
    .stop();
  simulation.tick(ticks);
  return nodes.map((n) => [n.id, n.x!, n.y!]);
}

/** One actor in the middle, its related actors around it, in id order from the top. */
export function starLayout(network: Network, center: string, frame: LayoutFrame): Positions {
  const others = network.nodes.map((n) => n.id).filter((id) => id !== center).sort();
  const raw = new Map<string, Point>([[center, { x: 0, y: 0 }]]);
  others.forEach((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(others.length, 1);
    raw.set(id, { x: Math.cos(angle) * 100, y: Math.sin(angle) * 100 });
  });
  if (others.length === 1) {
    // Two nodes: side by side reads better than one above the other.
    raw.set(others[0]!, { x: 100, y: 0 });
  }
  return fit(raw, network, frame);
}
