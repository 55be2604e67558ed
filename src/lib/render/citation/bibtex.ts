/**
 * The BibTeX entry of a page, written here rather than by citation-js's output plugin: that
 * plugin leaves literal names unescaped (a brace in an editor's name ends the field), reads
 * `<i>` in a title as markup (an unclosed one leaves a brace open) and drops every letter it
 * has no LaTeX command for (a Russian or Persian title came out empty). The record has few
 * fields, all known, so each is escaped here for what it is: text, a name or an address.
 */
import { lastName, type CslName } from './authors.ts';
import { oneLine } from './one-line.ts';
import type { CslItem } from './record.ts';

/** LaTeX's special characters, each as text that prints it (and that BibTeX parsers read back). */
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '#': '\\#',
  '&': '\\&',
  '$': '\\$',
  '_': '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  // In LaTeX's default font encoding these print as ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/**
 * Text as the value of a BibTeX field: LaTeX's special characters escaped, so braces stay
 * balanced whatever the text holds, and its ligatures broken; line breaks folded (a blank
 * line is a paragraph break to LaTeX). Letters of every script stay as they are: BibTeX
 * files are UTF-8 today.
 */
export function bibtexText(text: string): string {
  return oneLine(text)
    .replace(/[\\{}%#&$_^~<>]/g, (c) => SPECIAL[c]!)
    // TeX's ligatures: "--" would print an en dash, "``" a curly quote. An empty group between
    // the two characters keeps them two.
    .replace(/-(?=-)|`(?=`)|'(?=')|,(?=,)|[!?](?=`)/g, '$&{}');
}

/**
 * An address for the `url` field, which BibTeX tools read verbatim: only the characters that
 * would unbalance its braces or end it are percent-encoded, which leaves the address the same.
 */
export function bibtexUrl(url: string): string {
  return oneLine(url).replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A part of a person's name: in braces if it holds what BibTeX splits names at ("and", a comma). */
const namePart = (text: string) => {
  const escaped = bibtexText(text);
  return /,|\band\b/i.test(text) ? `{${escaped}}` : escaped;
};

/**
 * One name of the `author` field. An organisation (a literal name) is in braces of its own,
 * so BibTeX reads it as one unsplittable name: `{{Site title}}` in the field. A person is
 * "von Last, Jr, First", the one form BibTeX and biblatex read the same whatever the words.
 */
export function bibtexName(name: CslName): string {
  if ('literal' in name) return `{${bibtexText(name.literal)}}`;
  const last = namePart(lastName(name));
  return [last, ...(name.suffix ? [namePart(name.suffix)] : []), ...(name.given ? [namePart(name.given)] : [])].join(', ');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const iso = ([y, m, d]: [number, number, number]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** One `@misc` entry, keyed by the record's id (letters, digits and hyphens: see record.ts). */
export function bibtexEntry(item: CslItem): string {
  const [issued] = item.issued['date-parts'];
  const [accessed] = item.accessed['date-parts'];
  const authors = item.author.map(bibtexName).join(' and ');
  // Values in braces, but the month as BibTeX's own macro (`jan`), which styles translate;
  // `date` is biblatex's (ISO 8601), `year` and `month` BibTeX's.
  const fields: [string, string][] = [
    ['author', `{${authors}}`],
    // Double braces keep the title's own capitals: styles would lowercase it otherwise.
    ['title', `{{${bibtexText(item.title)}}}`],
    ['howpublished', `{${bibtexText(item['container-title'])}}`],
    ['date', `{${iso(issued)}}`],
    ['year', `{${issued[0]}}`],
    ['month', MONTHS[issued[1] - 1]!],
    ['url', `{${bibtexUrl(item.URL)}}`],
    ['urldate', `{${iso(accessed)}}`],
    ['note', `{[Online; accessed ${iso(accessed)}]}`],
  ];
  return `@misc{${item.id},\n${fields.map(([k, v]) => `\t${k} = ${v},`).join('\n')}\n}`;
}
