/**
 * The network a page can draw: past `cap` actors, the `cap` most connected of them (by the
 * number of relations they take part in, then by id, so the choice is the same every build)
 * and the relations between those. Every relation stays listed on the relations' list pages.
 */
import type { Network } from './edges.ts';

export function mostConnected(network: Network, cap: number): Network {
  if (network.nodes.length <= cap) return network;
  const degree = new Map<string, number>();
  for (const e of network.edges) for (const end of [e.from, e.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const keep = new Set(
    [...network.nodes].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, cap).map((n) => n.id),
  );
  return { nodes: network.nodes.filter((n) => keep.has(n.id)), edges: network.edges.filter((e) => keep.has(e.from) && keep.has(e.to)) };
}
