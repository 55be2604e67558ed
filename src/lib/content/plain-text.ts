/**
 * What a text field of a content file may hold. Every text reaches HTML pages, the feed
 * (XML, where most control characters make the whole file ill-formed) and the open data; a
 * title, name or label is also written on one line (a heading, a card, a CSV cell). So no
 * field may hold a C0 control character other than tab and line break, DEL, a lone surrogate
 * or a noncharacter; and only the fields that are prose (see MULTILINE_FIELDS) may hold a
 * line break. The schemas run this over every value of a file (schema.ts), so a new field is
 * covered without a word.
 */

/** Fields whose text may run over several lines: prose-like descriptions and quoted claims. */
export const MULTILINE_FIELDS: ReadonlySet<string> = new Set(['description', 'intro', 'text']);

export interface TextFinding {
  /** Where in the value: the path of keys and indexes to the string at fault. */
  path: PropertyKey[];
  message: string;
}

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const codePoint = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character no text may hold, with its index, if any. */
export function forbiddenCharacter(text: string): { index: number; message: string } | undefined {
  const bad = FORBIDDEN.exec(text);
  return bad ? { index: bad.index, message: `holds an invisible control character (${codePoint(bad[0])})` } : undefined;
}

const REMOVE_IT = 'remove it (it often comes from pasting, or from an escape such as "\\a" in quotes)';

/** The problem of one string, if any; `multiline` allows line breaks. */
export function textProblem(text: string, multiline: boolean): string | undefined {
  const bad = forbiddenCharacter(text);
  if (bad) return `${bad.message} at character ${bad.index + 1}: ${REMOVE_IT}`;
  if (!multiline && text.includes('\n')) {
    return 'must be one line, but holds a line break: write it on one line (a folded block ">-" also joins its lines, where ">" keeps a final line break)';
  }
  return undefined;
}

/**
 * Every string in `value` (a parsed file, any depth) that breaks the rules above. `lines`
 * allows line breaks in every value: interface messages, where a message may be a template
 * of several lines (the body of an error report).
 */
export function textFindings(value: unknown, path: PropertyKey[] = [], lines = false): TextFinding[] {
  if (typeof value === 'string') {
    const key = [...path].reverse().find((k) => typeof k === 'string');
    const message = textProblem(value, lines || (key !== undefined && MULTILINE_FIELDS.has(key) && path.at(-1) === key));
    return message ? [{ path, message }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => textFindings(item, [...path, i], lines));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => {
      const keyProblem = textProblem(key, false);
      return [...(keyProblem ? [{ path: [...path, key], message: `the field name ${keyProblem}` }] : []), ...textFindings(item, [...path, key], lines)];
    });
  }
  return [];
}
