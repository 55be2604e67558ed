/**
 * The RIS record of a page, written here rather than by citation-js's output plugin: that
 * plugin wraps every value after 70 characters, so a long title puts text at the start of a
 * line, where "ER  - " ends the record and "TY  - " forges another (and it cuts emoji in
 * half). Here every tag is one line, its value on one line (one-line.ts), with runs of spaces
 * made one: RIS readers split lines on "  - " as well as at their start.
 */
import { risAuthor } from './authors.ts';
import { oneLine } from './one-line.ts';
import type { CslItem } from './record.ts';

/** A tag's value: on one line, spaces collapsed, so no part of it reads as a tag. */
export function risValue(text: string): string {
  return oneLine(text).replace(/ {2,}/g, ' ').trim();
}

const date = ([y, m, d]: [number, number, number]) => `${y}/${m}/${d}/`;

/**
 * One `ELEC` (web page) record with the tags, in the order, that citation-js's RIS plugin
 * gives a web page (its parser reads them back: tests/unit/citation-escaping.test.ts), and
 * `T2`, the website's title (Zotero's and EndNote's field for it). Authors are written as
 * authors.ts says RIS readers split them; an organisation they would all split has no `AU`.
 */
export function risRecord(item: CslItem): string {
  const [issued] = item.issued['date-parts'];
  const [accessed] = item.accessed['date-parts'];
  const tags: [string, string][] = [
    ['TY', 'ELEC'],
    ...item.author.flatMap((a): [string, string][] => {
      const value = risAuthor(a);
      return value === undefined ? [] : [['AU', value]];
    }),
    ['DA', date(issued)],
    ['PY', String(issued[0])],
    ['ID', item.id],
    ...(item.language ? [['LA', item.language] as [string, string]] : []),
    // M1 holds the access date of an ELEC record.
    ['M1', date(accessed)],
    ['TI', item.title],
    ['T2', item['container-title']],
    ['UR', item.URL],
  ];
  return [...tags.map(([tag, value]) => `${tag}  - ${risValue(value)}`), 'ER  - '].join('\n');
}
