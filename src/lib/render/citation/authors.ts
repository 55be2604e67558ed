/**
 * Who a citation names, and how each format writes it. A site names its editors (persons,
 * as site.yaml writes them: "A. Editor" or "Editor, A."), or else the site itself, an
 * organisation: its title, which no format may split into a given and a family name.
 *
 * What each reader does with a name (the rules the writers below follow):
 * - CSL-JSON: an organisation is a `literal` name; a person has `family` and `given` parts,
 *   so APA can write "Editor, A.".
 * - BibTeX: a name in its own braces is one unsplittable name (an institution); a person is
 *   "von Last, Jr, First", with a part holding "and" or a comma in braces.
 * - RIS: Zotero's RIS import takes everything before the first comma as the family name and
 *   reads a name with nothing after its comma as one field (an institution); EndNote asks for
 *   a comma after an institution's name for the same reason; citation-js splits at every
 *   comma. So a person is "Last, First" and an organisation is its name and a comma; an
 *   organisation whose name holds a comma cannot be written so that any of them keeps it
 *   whole, and gets no author line (the site's name is the record's website title).
 * - Highwire `citation_author` (Zotero's Embedded Metadata): a value with a comma is split
 *   at it into family and given name, one without at its last space; trailing punctuation is
 *   dropped first. So a person is "Last, First" and an organisation its name and a comma
 *   (one name, not split); one whose name holds a comma gets no tag, as in RIS.
 */
import { parse } from '@citation-js/name';
import type { SiteConfig } from '../../content/schema.ts';
import { oneLine } from './one-line.ts';

export type CitationAuthor = { kind: 'person'; name: string } | { kind: 'organisation'; name: string };

/** A person's name in CSL-JSON's parts. */
export interface PersonName {
  family: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}

export type CslName = PersonName | { literal: string };

/** The authors of every page: the site's editors, else the site itself. */
export function citationAuthors(site: Pick<SiteConfig, 'title' | 'editors'>): CitationAuthor[] {
  return site.editors.length > 0
    ? site.editors.map((name) => ({ kind: 'person', name }))
    : [{ kind: 'organisation', name: site.title }];
}

/** The authors' names as written, for prose ("credit …") and the feed. */
export function authorNames(authors: readonly CitationAuthor[]): string[] {
  return authors.map((a) => oneLine(a.name).trim());
}

/**
 * A word of a personal name: letters (of any script) and marks, with periods, apostrophes and
 * hyphens inside ("J.", "O'Neil", "Jean-Paul"). A name made of anything else ("Ed { itor", a
 * handle, a number, a lone dash) is not split into parts a parser could misread: it stays whole.
 */
const WORD = /^[\p{L}\p{M}][\p{L}\p{M}.'’]*(?:-[\p{L}\p{M}][\p{L}\p{M}.'’]*)*$/u;

/** A person's name in parts ("Given Family" or "Family, Given"), or undefined if it is not read as one. */
export function personName(name: string): PersonName | undefined {
  const text = oneLine(name).replace(/\s+/g, ' ').trim();
  if (!text.split(/,\s*|\s+/).every((word) => WORD.test(word)) || (text.match(/,/g)?.length ?? 0) > 2) return undefined;
  const parts = parse(text);
  if (!parts.family || parts.literal) return undefined;
  const person: PersonName = { family: parts.family };
  for (const key of ['given', 'non-dropping-particle', 'dropping-particle', 'suffix'] as const) if (parts[key]) person[key] = parts[key];
  return person;
}

/** An author as CSL-JSON writes it. */
export function cslName(author: CitationAuthor): CslName {
  const person = author.kind === 'person' ? personName(author.name) : undefined;
  return person ?? { literal: oneLine(author.name).trim() };
}

/** The family name with its particles: "van Beethoven". */
export function lastName(p: PersonName): string {
  return [p['dropping-particle'], p['non-dropping-particle'], p.family].filter(Boolean).join(' ');
}

/** "Last, First[, Suffix]": the inverted form RIS and Highwire tags read a person's name in. */
export function invertedName(p: PersonName): string {
  return [lastName(p), p.given, p.suffix].filter(Boolean).join(', ');
}

/**
 * An organisation's name as RIS and Highwire tags must write it to keep it whole: followed by
 * a comma; undefined when it holds a comma of its own (see the rules above).
 */
function wholeName(name: string): string | undefined {
  const text = oneLine(name).trim();
  return text.includes(',') ? undefined : `${text},`;
}

/** An author's RIS `AU` value, or undefined when no RIS reader would keep it whole. */
export function risAuthor(name: CslName): string | undefined {
  return 'literal' in name ? wholeName(name.literal) : invertedName(name);
}

/** An author's Highwire `citation_author` value, or undefined when Zotero would split it whatever it says. */
export function highwireAuthor(author: CitationAuthor): string | undefined {
  return risAuthor(cslName(author));
}
