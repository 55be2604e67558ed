/**
 * The messages an island needs, parsed at build time for `formatAst` in the browser
 * (message-ast.ts): the island carries no English and no message parser.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalogue } from './catalogue.ts';
import type { MessageAst, ParsedMessages } from './message-ast.ts';

/** The parsed messages of `keys`; a key the catalogue lacks throws, as `Translator.t` does. */
export function clientMessages(catalogue: Catalogue, keys: readonly string[]): ParsedMessages {
  const out: ParsedMessages = {};
  for (const key of keys) {
    const text = catalogue.message(key);
    if (text === undefined) throw new Error(`the interface catalogue for '${catalogue.language}' has no message '${key}'`);
    out[key] = new IntlMessageFormat(text, catalogue.language, undefined, { ignoreTag: true }).getAst() as unknown as MessageAst;
  }
  return out;
}
