/**
 * A source named in a few words, in the site's language: "<publisher>, news report, 2022".
 * A short name points to the source's entry, which says what part of its date is inferred.
 */
import type { Graph } from './graph.ts';
import type { Translator } from './i18n/translator.ts';
import type { Vocabularies } from './model/vocabularies.ts';

/** What naming a source needs from the site model. */
export interface SourceWords {
  i18n: Pick<Translator, 't' | 'date'>;
  vocabularies: Pick<Vocabularies, 'sourceKinds'>;
}

export function publisherName(graph: Graph, publisher: string): string {
  return graph.actors.get(publisher)?.data.name ?? publisher;
}

export function sourceLabel(graph: Graph, id: string, words: SourceWords): string {
  const source = graph.sources.get(id);
  if (!source) return id;
  return words.i18n.t('source.label', {
    publisher: publisherName(graph, source.publisher),
    kind: words.vocabularies.sourceKinds.term(source.kind).label,
    date: words.i18n.date(source.date),
  });
}
