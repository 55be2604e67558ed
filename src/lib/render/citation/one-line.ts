/**
 * Text for formats in which a line break ends a field: RIS ends a tag's value, and a record,
 * at the line's end, so a title holding "\nER  - \nTY  - JOUR" would close the page's record
 * and forge another. Every control character (newlines, tabs, C1 controls) and the Unicode
 * line and paragraph separators become one space; everything else, RTL marks included, stays.
 */
const BREAKS = /[\p{Cc}\u2028\u2029]+/gu;

export function oneLine(text: string): string {
  return text.replace(BREAKS, ' ');
}
