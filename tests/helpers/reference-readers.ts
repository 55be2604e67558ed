/**
 * How reference managers read the names a page gives them, as their own import code does it,
 * so tests can check that an author comes back as the one organisation or the persons a
 * citation names. Zotero has no library to call from Node: these follow its RIS translator
 * (the "creators" case of its tag processing) and its Embedded Metadata translator (Highwire
 * `citation_author` tags, through Zotero's `cleanAuthor`), rule for rule.
 */

export interface ZoteroCreator {
  lastName: string;
  firstName?: string;
  /** 1: one field (an institution); absent: a family and a given name. */
  fieldMode?: 1;
}

/** A RIS `AU` value as Zotero's RIS import reads it: everything before the first comma is the family name; nothing after it makes an institution. */
export function zoteroRisCreator(value: string): ZoteroCreator {
  const trimmed = value.trim();
  const lName = trimmed.split(/\s*,\s*/)[0]!;
  const fName = trimmed.slice(lName.length).replace(/^\s*,\s*/, '');
  return fName ? { lastName: lName, firstName: fName } : { lastName: lName, fieldMode: 1 };
}

const ALL_CAPS = /^[A-Z\u0400-\u042f]+$/;
const INITIAL = /^-?[A-Z\u0400-\u042f]$/;

/** Zotero's `cleanAuthor`: punctuation trimmed, then split at the comma ("Last, First") or at the last space before a word that starts with a letter. */
export function zoteroCleanAuthor(raw: string, useComma: boolean): ZoteroCreator {
  let author = raw.replace(/^[\s\u00A0.,/[\]:]+/, '').replace(/[\s\u00A0.,/[\]:]+$/, '').replace(/[\s\u00A0]+/, ' ');
  let lastName: string;
  let firstName: string | undefined;
  if (useComma) {
    author = author.replace(/\.([^ ])/, '. $1');
    const split = author.split(/, ?/);
    if (split.length > 1) [lastName, firstName] = [split[0]!, split[1]!];
    else lastName = author;
  } else {
    let space = author.length;
    do {
      space = author.lastIndexOf(' ', space - 1);
      lastName = author.substring(space + 1);
      firstName = author.substring(0, space);
    } while (!/^\p{L}/u.test(lastName) && space > 0);
  }
  if (firstName && ALL_CAPS.test(firstName) && firstName.length < 4 && (firstName.length === 1 || lastName.toUpperCase() !== lastName)) {
    firstName = [...firstName].map((c) => `${c}.`).join(' ');
  }
  if (firstName) {
    // A period after every initial.
    const names = firstName.replace(/^[\s.]+/, '').replace(/[\s,]+$/, '').replace(/\s*([\u002D\u00AD\u2010-\u2015\u2212\u2E3A\u2E3B])\s*/, '-').split(/(?:[\s.]+|(?=-))/);
    firstName = names.map((n) => `${n}${INITIAL.test(n) ? '.' : ''} `).join('').replace(/ -/g, '-').trim();
  }
  return firstName ? { lastName, firstName } : { lastName };
}

/** The `citation_author` tags of a page as Zotero's Embedded Metadata makes creators of them. */
export function zoteroHighwireCreators(contents: string[], language = ''): ZoteroCreator[] {
  const creators: ZoteroCreator[] = [];
  let last: string | undefined;
  for (const content of contents) {
    let names = content.split(/\s*;\s*/);
    if (names.length === 1 && contents.length === 1) {
      // One tag naming several people, "A Smith, B Jones": split at commas, unless one side is a single word.
      const byComma = names[0]!.split(/\s*,\s*/);
      const twoWordSpanish = byComma.length === 2 && ['es', 'spa', 'Spanish', 'español'].includes(language) && byComma[0]!.split(' ').length === 2;
      if (byComma.length > 1 && byComma[0]!.includes(' ') && byComma[1]!.includes(' ') && !twoWordSpanish) names = byComma;
    }
    for (const name of names.map((n) => n.trim())) {
      if (!name || !/[^\s,\-.;]/.test(name) || name === last) continue;
      last = name;
      creators.push(zoteroCleanAuthor(name, name.includes(',')));
    }
  }
  return creators;
}
