/**
 * How claims read and whom they involve. A claim is introduced with its kind's verb
 * ("X claimed: …", "X said: …"), in the order the language's catalogue gives
 * (`claim.introduced`); an entry's claim without a kind is of the vocabulary's first.
 */
import type { Vocabularies, Vocabulary } from './vocabularies.ts';
import type { GraphOptions } from './graph.ts';

/** The verb that introduces a claim of this kind. */
export function claimVerb(kind: string, claimKinds: Vocabulary): string {
  const term = claimKinds.term(kind);
  return term.verb ?? term.label;
}

/**
 * The role of the default vocabulary an actor takes in an event it made a claim about but is
 * not listed in: it made a claim about it, which is not claiming responsibility. A site that
 * replaces the roles without this code lists such actors under `actors` if it wants a role shown.
 */
const CLAIMANT = 'made-claim';

/** The graph's options from the site's vocabularies. */
export function graphOptions(vocabularies: Pick<Vocabularies, 'roles'>): GraphOptions {
  return { claimantRole: vocabularies.roles.has(CLAIMANT) ? CLAIMANT : undefined };
}
