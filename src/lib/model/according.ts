/**
 * Whose account something is (a figure, an actor's role in an event): an actor, a source
 * known at first hand, or a source known only as another relays it. The last is named by
 * who said it and who relayed it ("according to <publisher>, as reported by <relayer>"), so
 * that a figure from a group's claim in a news report never reads as the news report's own.
 */
import type { Graph } from './graph.ts';
import { sourceLabel, type SourceWords } from '../render/source-label.ts';

export type Account =
  | { kind: 'actor'; id: string }
  | { kind: 'source'; id: string; label: string }
  | { kind: 'relayed'; id: string; name: string; via: { id: string; name: string }[] };

/** A publisher as few words as name it: an actor's short name, else its name, else the text as written. */
function publisherWords(graph: Graph, publisher: string): string {
  const actor = graph.actors.get(publisher)?.data;
  return actor ? actor.shortName ?? actor.name : publisher;
}

/** The account `id` names: an actor id or a source id (validation has checked it is one of them). */
export function accountOf(graph: Graph, id: string, words: SourceWords): Account {
  if (graph.actors.has(id)) return { kind: 'actor', id };
  const source = graph.sources.get(id);
  const via = source ? graph.viaChain(id) : [];
  if (!source || via.length === 0) return { kind: 'source', id, label: sourceLabel(graph, id, words) };
  return { kind: 'relayed', id, name: publisherWords(graph, source.publisher), via: via.map((v) => ({ id: v.id, name: publisherWords(graph, v.publisher) })) };
}

type Format = (key: 'account.relayed' | 'source.viaSeparator', values?: Record<string, string>) => string;

/** An account as plain text, for lines that carry no links (lists, open data, search). */
export function accountText(account: Account, graph: Graph, t: Format): string {
  if (account.kind === 'actor') return graph.actors.get(account.id)?.data.name ?? account.id;
  if (account.kind === 'source') return account.label;
  return t('account.relayed', { whose: account.name, via: account.via.map((v) => v.name).join(t('source.viaSeparator')) });
}
