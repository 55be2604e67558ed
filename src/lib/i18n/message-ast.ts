/**
 * Catalogue messages in the browser without a message parser: the page parses each message
 * the island needs at build time (intl-messageformat's own parser, so the syntax is the
 * catalogue's ICU syntax) and hands over the parsed form; this small interpreter formats it
 * with the browser's Intl in the page's language. It knows the parts messages use: text,
 * `{name}`, `{n, number}`, `{n, plural, …}` with `#`, `=n` and `offset`, and `{x, select, …}`.
 * No dependencies, so an island pays a few hundred bytes for it.
 */

/** One part of a parsed message, as intl-messageformat's parser writes it (its `type` numbers). */
export type MessagePart =
  | { type: 0; value: string }
  | { type: 1; value: string }
  | { type: 2; value: string; style?: unknown }
  | { type: 5; value: string; options: Record<string, { value: MessagePart[] }> }
  | { type: 6; value: string; options: Record<string, { value: MessagePart[] }>; offset?: number; pluralType?: 'cardinal' | 'ordinal' }
  | { type: 7 };

export type MessageAst = MessagePart[];
export type ParsedMessages = Record<string, MessageAst>;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(language: string): Intl.NumberFormat {
  let f = numberFormats.get(language);
  if (!f) numberFormats.set(language, (f = new Intl.NumberFormat(language)));
  return f;
}

function plural(language: string, type: 'cardinal' | 'ordinal'): Intl.PluralRules {
  const key = `${language} ${type}`;
  let r = pluralRules.get(key);
  if (!r) pluralRules.set(key, (r = new Intl.PluralRules(language, { type })));
  return r;
}

/**
 * Formats a parsed message with `values` in `language`. Numbers given to a plain `{name}`
 * are written as Intl writes them, like `{name, number}` (digits of the language).
 */
export function formatAst(ast: MessageAst, values: Record<string, string | number>, language: string, pound?: number): string {
  let out = '';
  for (const part of ast) {
    switch (part.type) {
      case 0: out += part.value; break;
      case 7: out += pound === undefined ? '#' : numberFormat(language).format(pound); break;
      case 1:
      case 2: {
        const v = values[part.value];
        out += typeof v === 'number' ? numberFormat(language).format(v) : v ?? '';
        break;
      }
      case 5: {
        const v = String(values[part.value] ?? '');
        const branch = part.options[v] ?? part.options.other;
        if (branch) out += formatAst(branch.value, values, language, pound);
        break;
      }
      case 6: {
        const n = Number(values[part.value] ?? 0);
        const offset = part.offset ?? 0;
        const branch = part.options[`=${n}`] ?? part.options[plural(language, part.pluralType ?? 'cardinal').select(n - offset)] ?? part.options.other;
        if (branch) out += formatAst(branch.value, values, language, n - offset);
        break;
      }
    }
  }
  return out;
}
