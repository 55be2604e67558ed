/**
 * The relations network as an SVG string. Each edge type has its own line pattern (from the
 * site's relation types, see styles.ts) and a text label, so the picture reads in black and
 * white; an arrow points from the actor whose file states the relation to the other, hollow
 * for a relation that is the editors' reading rather than a source's words. Every
 * edge and node is a link, so a keyboard reaches each one and hears its dates and sources.
 * Words come in `NetworkWords`, in the site's language; the SVG takes the page's direction
 * (labels are centred, so nothing moves in a right-to-left site; the text reads right).
 */
import { attrs, esc, r1 } from '../svg.ts';
import type { Network, NetworkEdge } from './edges.ts';
import type { Positions } from './layout.ts';
import { lineClass, nodeShape, type NetworkStyles } from './styles.ts';
import type { NetworkWords } from './words.ts';

export interface NetworkOptions {
  width: number;
  height: number;
  /** Unique within the page: prefixes ids. */
  id: string;
  title: string;
  description: string;
  /** Where an edge leads: its row in the relations table. */
  edgeHref: (edge: NetworkEdge) => string;
  /** The actor drawn larger (an actor page's own network). */
  focus?: string;
  fontSize?: number;
  words: NetworkWords;
  styles: NetworkStyles;
  direction?: 'ltr' | 'rtl';
  /** Another class on the SVG besides `network`: which of a figure's drawings it is. */
  variant?: string;
}

/** "A opposes B; since August 2021; according to a source." in the site's words. */
export function edgeName(edge: NetworkEdge, label: (id: string) => string, words: NetworkWords): string {
  const since = edge.since ? edge.sinceWords : undefined;
  const until = edge.until ? edge.untilWords : undefined;
  const dates = since && until ? words.sinceUntil(since, until)
    : since ? words.since(since)
    : until ? words.until(until)
    : words.datesNotGiven;
  const sources = edge.editorial !== undefined ? words.editorial(edge.editorial)
    : edge.sources.length > 0 ? words.accordingTo(edge.sources.map((s) => s.label))
    : edge.type === 'parent' ? words.statedByPage : words.noSource;
  return words.edgeName({ from: label(edge.from), relation: words.relation(edge.type), to: label(edge.to), dates, sources });
}

const NODE_R = 8;

/** Draws the network at the given positions. */
export function renderNetwork(network: Network, positions: Positions, options: NetworkOptions): string {
  const { id } = options;
  const font = options.fontSize ?? 13;
  const label = (actor: string) => network.nodes.find((n) => n.id === actor)?.label ?? actor;
  const radius = (actor: string) => (actor === options.focus ? NODE_R * 1.5 : NODE_R);

  // Edges between the same two actors bend apart, each to its own side.
  const pairs = new Map<string, NetworkEdge[]>();
  for (const e of network.edges) {
    const key = [e.from, e.to].sort().join(' ');
    pairs.set(key, [...(pairs.get(key) ?? []), e]);
  }

  const edges = network.edges.map((e) => {
    const a = positions.get(e.from)!;
    const b = positions.get(e.to)!;
    const siblings = pairs.get([e.from, e.to].sort().join(' '))!;
    const i = siblings.indexOf(e);
    // Offset in a direction fixed by the sorted pair, so A→B and B→A bend to opposite sides.
    const flip = e.from < e.to ? 1 : -1;
    const offset = (i - (siblings.length - 1) / 2) * 34 * flip;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const [nx, ny] = [-dy / len, dx / len];
    const mid = { x: (a.x + b.x) / 2 + nx * offset, y: (a.y + b.y) / 2 + ny * offset };
    const ctrl = { x: (a.x + b.x) / 2 + nx * offset * 2, y: (a.y + b.y) / 2 + ny * offset * 2 };
    // Trim both ends to the node circles, along the direction towards the control point.
    const trim = (p: { x: number; y: number }, toward: { x: number; y: number }, by: number) => {
      const l = Math.hypot(toward.x - p.x, toward.y - p.y) || 1;
      return { x: p.x + ((toward.x - p.x) / l) * by, y: p.y + ((toward.y - p.y) / l) * by };
    };
    const start = trim(a, ctrl, radius(e.from) + 2);
    const end = trim(b, ctrl, radius(e.to) + 5);
    const d = `M${r1(start.x)},${r1(start.y)}Q${r1(ctrl.x)},${r1(ctrl.y)} ${r1(end.x)},${r1(end.y)}`;
    const pattern = options.styles.edge(e.type);
    const editorial = e.editorial !== undefined;
    return `<a${attrs({
      class: `net-edge net-${e.type}${editorial ? ' is-editorial' : ''}`, href: options.edgeHref(e), 'aria-label': edgeName(e, label, options.words), 'data-edge': e.id, 'data-type': e.type,
      'data-start': e.start, 'data-end': e.end,
    })}><path class="net-hit"${attrs({ d })}/><path${attrs({
      class: lineClass(pattern), d, 'stroke-dasharray': pattern.dash,
      'marker-end': `url(#${id}-arrow${editorial ? '-editorial' : ''}${pattern.accent ? '-accent' : ''})`,
    })}/><text class="net-edge-label"${attrs({ x: r1(mid.x), y: r1(mid.y + font * 0.3), 'font-size': r1(font * 0.8) })}>${esc(editorial ? options.words.editorialLabel(e.type) : options.words.relation(e.type))}</text></a>`;
  });

  const nodes = network.nodes.map((n) => {
    const p = positions.get(n.id)!;
    const r = radius(n.id);
    const mark = options.styles.node(n.kind);
    return `<a${attrs({ class: `net-node net-kind-${n.kind} net-fill-${mark.fill}${n.id === options.focus ? ' is-focus' : ''}`, href: n.href, 'aria-label': n.name, 'data-actor': n.id })}>${nodeShape(mark, p.x, p.y, r, r1)}<text${attrs({ x: p.x, y: r1(p.y + r + font * 1.05), 'font-size': font })}>${esc(n.label)}</text></a>`;
  });

  const arrow = (suffix: string, cls: string) =>
    `<marker${attrs({ id: `${id}-arrow${suffix}`, viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' })}><path class="${cls}" d="M0,1L9,5L0,9z"/></marker>`;
  // Editorial relations: the arrows only where the network draws one, so other SVGs keep their defs.
  const editorials = network.edges.some((e) => e.editorial !== undefined)
    ? `${arrow('-editorial', 'net-arrow is-editorial')}${arrow('-editorial-accent', 'net-arrow is-accent is-editorial')}` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      class: options.variant ? `network ${options.variant}` : 'network', viewBox: `0 0 ${options.width} ${options.height}`, role: 'group',
      'aria-labelledby': `${id}-title ${id}-desc`, 'data-pagefind-ignore': '', direction: options.direction === 'rtl' ? 'rtl' : undefined,
    })}>`,
    `<title id="${esc(id)}-title">${esc(options.title)}</title>`,
    `<desc id="${esc(id)}-desc">${esc(options.description)}</desc>`,
    `<defs>${arrow('', 'net-arrow')}${arrow('-accent', 'net-arrow is-accent')}${editorials}</defs>`,
    `<g class="net-edges">${edges.join('')}</g>`,
    `<g class="net-nodes">${nodes.join('')}</g>`,
    '</svg>',
  ].join('\n');
}
