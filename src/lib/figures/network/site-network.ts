/** The site's relations network, built once per build from the graph, and its words and styles. */
import type { Graph } from '../../model/graph.ts';
import { relationLists, siteLists } from '../../render/site-lists.ts';
import { sourceLabel } from '../../render/source-label.ts';
import { paths } from '../../render/urls.ts';
import type { SiteModel } from '../../content/site-config.ts';
import { buildNetwork, type Network } from './edges.ts';
import { networkStyles, type NetworkStyles } from './styles.ts';
import { networkWords, type NetworkWords } from './words.ts';

const cache = new WeakMap<Graph, Network>();

/**
 * The network of a graph, with links made by `link` (which applies the site's base), and
 * dates and sources worded in the language of the site's `model`.
 */
export function siteNetwork(graph: Graph, link: (path: string) => string, model: SiteModel): Network {
  let network = cache.get(graph);
  if (!network) {
    network = buildNetwork(graph, {
      actor: (id) => link(paths.actor(id)),
      source: (id) => link(siteLists(graph, model).sourcePath(id)),
      sourceLabel: (id) => sourceLabel(graph, id, model),
      dateWords: (edtf) => model.i18n.date(edtf),
    });
    cache.set(graph, network);
  }
  return network;
}

const lists = new WeakMap<Network, ReturnType<typeof relationLists>>();

/** The site's relations by type, in pages of the site's list page size, and the page that lists each relation. */
export function siteRelations(graph: Graph, link: (path: string) => string, model: SiteModel): ReturnType<typeof relationLists> {
  const network = siteNetwork(graph, link, model);
  let list = lists.get(network);
  if (!list) {
    list = relationLists(network.edges, model.vocabularies.relationTypes.codes, model.config.listPageSize);
    lists.set(network, list);
  }
  return list;
}

const texts = new WeakMap<SiteModel, { words: NetworkWords; styles: NetworkStyles }>();

/** The network's words and styles for the site: its language, its relation types and actor kinds. */
export function networkText(model: SiteModel): { words: NetworkWords; styles: NetworkStyles } {
  let text = texts.get(model);
  if (!text) {
    const { relationTypes, actorKinds } = model.vocabularies;
    text = {
      words: networkWords((key, values) => model.i18n.t(key as never, values), relationTypes),
      styles: networkStyles(relationTypes.codes, actorKinds.codes),
    };
    texts.set(model, text);
  }
  return text;
}
