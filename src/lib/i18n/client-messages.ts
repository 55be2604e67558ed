/**
 * Catalogue messages formatted in the browser. Islands get their messages from the page, as
 * the catalogue writes them (ICU), and format them here with the browser's `Intl` in the
 * page's language: numbers in its digits, plurals by its rules. Only what the islands'
 * messages use is supported, `{name}`, `{name, number}` and `{name, plural, … {…}}` with
 * `=n`, the CLDR categories and `#`, with intl-messageformat's meaning (a plain `{name}` is
 * the value as it is; `number` and `#` are in the language's digits); intl-messageformat
 * itself would weigh more than the islands.
 * tests/unit/client-messages.test.ts formats every island message with both and compares.
 */
import type { Catalogue } from './catalogue.ts';

export type ClientValues = Record<string, string | number>;

/** Formats one message in `language`; an unknown placeholder is left as it is written. */
export function formatMessage(message: string, values: ClientValues, language: string): string {
  const numbers = new Intl.NumberFormat(language);
  const plurals = new Intl.PluralRules(language);

  // Reads the message from `at` up to the matching `}` (or the end), returning text and position.
  const read = (at: number, hash: number | undefined, inner: boolean): [string, number] => {
    let out = '';
    let i = at;
    while (i < message.length) {
      const c = message[i]!;
      if (c === '}' && inner) return [out, i + 1];
      if (c === "'" && message[i + 1] === "'") { out += "'"; i += 2; continue; }
      if (c === '#' && hash !== undefined) { out += numbers.format(hash); i += 1; continue; }
      if (c !== '{') { out += c; i += 1; continue; }
      const close = message.indexOf('}', i);
      const head = message.slice(i + 1, close === -1 ? undefined : close);
      const comma = head.indexOf(',');
      const name = (comma === -1 ? head : head.slice(0, comma)).trim();
      const kind = comma === -1 ? '' : head.slice(comma + 1).split(',')[0]!.trim();
      if (kind === '' || kind === 'number') {
        const value = values[name];
        out += value === undefined ? `{${head}}` : kind === 'number' ? numbers.format(Number(value)) : String(value);
        i = close + 1;
        continue;
      }
      // `{name, plural, one {…} other {…}}`: the options follow the second comma.
      const value = Number(values[name]);
      let j = message.indexOf(',', i + 1 + comma + 1) + 1;
      const options = new Map<string, [number, number]>();
      while (j < message.length) {
        while (/\s/.test(message[j]!)) j += 1;
        if (message[j] === '}') { j += 1; break; }
        const open = message.indexOf('{', j);
        const selector = message.slice(j, open).trim();
        // Skip the option's text to find where it ends (nested braces included).
        let depth = 0;
        let k = open;
        for (; k < message.length; k += 1) {
          if (message[k] === '{') depth += 1;
          else if (message[k] === '}' && --depth === 0) break;
        }
        options.set(selector, [open + 1, k]);
        j = k + 1;
      }
      const chosen = options.get(`=${value}`) ?? options.get(plurals.select(value)) ?? options.get('other');
      if (chosen) out += read(chosen[0], value, true)[0];
      i = j;
    }
    return [out, i];
  };
  return read(0, undefined, false)[0];
}

/** Messages an island formats, by key, as the catalogue writes them. */
export type ClientMessages = Record<string, string>;

/** The messages of `keys` for an island to format; a key the catalogue lacks throws, as `Translator.t` does. */
export function clientMessages(catalogue: Catalogue, keys: readonly string[]): ClientMessages {
  const out: ClientMessages = {};
  for (const key of keys) {
    const text = catalogue.message(key);
    if (text === undefined) throw new Error(`the interface catalogue for '${catalogue.language}' has no message '${key}'`);
    out[key] = text;
  }
  return out;
}
