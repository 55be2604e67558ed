/**
 * An actor's roles in an event in words: each role's label from the site's vocabulary and,
 * where the file names it, whose account gives the role ("carried it out, according to
 * the agency"), so a role the sources only report as someone's claim never reads as established.
 */
import type { RoleAccount } from './graph.ts';
import type { Vocabulary } from './vocabularies.ts';

type Format = (key: 'event.roleAccording' | 'event.roleSeparator', values?: Record<string, string>) => string;

/** The roles as one line of text: "carried it out, according to the agency; announced it". `whose` names an actor or source id. */
export function rolesText(accounts: RoleAccount[], roles: Pick<Vocabulary, 'term'>, t: Format, whose: (id: string) => string): string {
  return accounts
    .map((a) => (a.according === undefined ? roles.term(a.role).label : t('event.roleAccording', { role: roles.term(a.role).label, whose: whose(a.according) })))
    .join(t('event.roleSeparator'));
}
