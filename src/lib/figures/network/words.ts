/**
 * The network's words in the site's language: relation labels from the site's relation
 * types (`term.label` read from the stating actor, `term.inverse` from the other end) and
 * the sentence naming an edge. Made from a catalogue formatter, so the lib knows no language.
 */
import type { Vocabulary } from '../../model/vocabularies.ts';

type Format = (key: string, values?: Record<string, string | number>) => string;

export interface NetworkWords {
  /** The relation as drawn on its line, from the stating actor: "opposes", "part of". */
  relation(type: string): string;
  /** The relation read from the other actor: "opposed by", "includes". */
  inverse(type: string): string;
  edgeName(parts: { from: string; relation: string; to: string; dates: string; sources: string }): string;
  since(date: string): string;
  until(date: string): string;
  sinceUntil(since: string, until: string): string;
  datesNotGiven: string;
  accordingTo(sources: string[]): string;
  statedByPage: string;
  noSource: string;
  /** A relation that is the editors' reading, not a source's words: "editorial reading: <reason>". */
  editorial(reason: string): string;
  /** The label on an editorial relation's line: "opposes (editorial)". */
  editorialLabel(type: string): string;
  legendEditorial: string;
}

export function networkWords(t: Format, relationTypes: Pick<Vocabulary, 'has' | 'term'>): NetworkWords {
  const separator = t('network.sourceSeparator');
  const parent = t('network.parent');
  const relation = (type: string) => (type === 'parent' ? parent : relationTypes.has(type) ? relationTypes.term(type).label : type);
  return {
    relation,
    inverse: (type) => (type === 'parent' ? parent : relationTypes.has(type) ? relationTypes.term(type).inverse ?? relationTypes.term(type).label : type),
    edgeName: (parts) => t('network.edgeName', parts),
    since: (date) => t('network.since', { date }),
    until: (date) => t('network.until', { date }),
    sinceUntil: (since, until) => t('network.sinceUntil', { since, until }),
    datesNotGiven: t('network.datesNotGiven'),
    accordingTo: (sources) => t('network.accordingTo', { sources: sources.join(separator) }),
    statedByPage: t('network.statedByPage'),
    noSource: t('network.noSource'),
    editorial: (reason) => t('network.editorial', { reason }),
    editorialLabel: (type) => t('network.editorialLabel', { relation: relation(type) }),
    legendEditorial: t('network.legendEditorial'),
  };
}
