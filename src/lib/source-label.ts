/** A source named in a few words: "Eurasianet, news report, 2022". */
import { parseDate } from './dates.ts';
import type { Graph } from './graph.ts';
import { SOURCE_KIND_LABELS } from './labels.ts';

export function publisherName(graph: Graph, publisher: string): string {
  return graph.actors.get(publisher)?.data.name ?? publisher;
}

export function sourceLabel(graph: Graph, id: string): string {
  const source = graph.sources.get(id);
  if (!source) return id;
  return `${publisherName(graph, source.publisher)}, ${SOURCE_KIND_LABELS[source.kind]}, ${parseDate(source.date).words}`;
}
