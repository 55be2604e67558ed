/** The site's relations network, built once per build from the graph. */
import type { Graph } from '../graph.ts';
import { loadSite } from '../site-config.ts';
import { sourceLabel } from '../source-label.ts';
import { paths } from '../urls.ts';
import { buildNetwork, type Network } from './edges.ts';

const cache = new WeakMap<Graph, Network>();

/** The network of a graph, with links made by `link` (which applies the site's base). */
export function siteNetwork(graph: Graph, link: (path: string) => string): Network {
  let network = cache.get(graph);
  if (!network) {
    network = buildNetwork(graph, {
      actor: (id) => link(paths.actor(id)),
      source: (id) => link(paths.source(id)),
      sourceLabel: (id) => sourceLabel(graph, id, loadSite()),
    });
    cache.set(graph, network);
  }
  return network;
}
