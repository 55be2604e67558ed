/**
 * A source named as a phrase a reader can say, in the site's language: its kind's noun, its
 * publisher and its date, and the source it is known through — "a social media post by
 * <publisher>, 16 July 2022, as reported by <publisher>". The default kind `other` (an empty
 * noun) is named by its publisher and date alone, never by a bare "other"; a site's own kind
 * without a noun, by its label: "<publisher>, flight report, 1969".
 */
import type { Graph } from '../model/graph.ts';
import type { Translator } from '../i18n/translator.ts';
import type { Vocabularies } from '../model/vocabularies.ts';
import type { SourceData } from '../content/schema.ts';

/** What naming a source needs from the site model. */
export interface SourceWords {
  i18n: Pick<Translator, 't' | 'date'>;
  vocabularies: Pick<Vocabularies, 'sourceKinds'>;
}

export function publisherName(graph: Graph, publisher: string): string {
  return graph.actors.get(publisher)?.data.name ?? publisher;
}

/**
 * The message naming the source itself, and its values: `noun`, `publisher` and `date`
 * (a caller may pass slot markers for any of them, to draw them as links).
 */
export function sourcePhrase(source: SourceData, words: SourceWords, values: { noun?: string; publisher: string; date?: string }): string {
  const term = words.vocabularies.sourceKinds.term(source.kind);
  const date = values.date ?? words.i18n.date(source.date);
  if (term.noun) return words.i18n.t('source.phrase', { noun: values.noun ?? term.noun, publisher: values.publisher, date });
  if (term.noun === '') return words.i18n.t('source.phrasePlain', { publisher: values.publisher, date });
  return words.i18n.t('source.phraseKind', { publisher: values.publisher, kind: term.label, date });
}

/** The source in words, with the source it is known through: for links, lists and screen readers. */
export function sourceLabel(graph: Graph, id: string, words: SourceWords): string {
  const source = graph.sources.get(id);
  // Validation refuses a citation of an unknown source before any page asks.
  if (!source) throw new Error(`no source '${id}'`);
  const own = sourcePhrase(source, words, { publisher: publisherName(graph, source.publisher) });
  const via = graph.viaChain(id);
  if (via.length === 0) return own;
  return words.i18n.t('source.asReportedBy', { source: own, via: via.map((v) => publisherName(graph, v.publisher)).join(words.i18n.t('source.viaSeparator')) });
}

/** The accessible name of a numbered note: "Source 2: a social media post by …". */
export function noteLabel(graph: Graph, id: string, n: number, words: SourceWords): string {
  return words.i18n.t('source.note', { n, source: sourceLabel(graph, id, words) });
}

/** `text` with its first letter as a sentence starts, in `locale` (a list item that opens with a source). */
export function sentenceStart(text: string, locale: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toLocaleUpperCase(locale) + text.slice(char.length);
}
