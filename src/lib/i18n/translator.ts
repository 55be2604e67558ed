/**
 * Words and numbers in the site's language: `t(key, values)` formats a catalogue message
 * with ICU MessageFormat (plurals by the language's own rules), and the `Intl` formatters
 * give dates, numbers, lists and country names. One translator per build; every formatter
 * is made once (a 2,500-page build spent seconds re-creating Intl objects per page).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { parseDate } from '../content/dates.ts';
import type { Catalogue, MessageKey } from './catalogue.ts';
import { dateWords, type DateWordsInput } from './date-words.ts';

export type MessageValues = Record<string, string | number>;

export interface Translator {
  language: string;
  direction: 'ltr' | 'rtl';
  /** A message of the catalogue, formatted; throws for a key the catalogue lacks (check reports those first). */
  t(key: MessageKey, values?: MessageValues): string;
  number(value: number): string;
  /** "A, B and C" in the language. */
  list(items: string[]): string;
  /** A calendar day in UTC: "26 November 2026". */
  day(date: Date): string;
  /**
   * An EDTF date (or its parse) in words at its precision: "16 July 2022", "about May 2022",
   * "summer 2021", "from 2021 to July 2022", "at some time between June 2021 and the end of
   * 2022"; a parse that carries `inferred` says so ("16 July 2022 (year inferred)").
   */
  date(date: string | DateWordsInput): string;
  /** "France" for "FR"; names the site or catalogue give (historical codes such as SU) first. */
  countryName(code: string): string;
}

export interface TranslatorOptions {
  /** Country names by code that override Intl's (codes Intl does not know, or names a site prefers). */
  countryNames?: Record<string, string>;
}

/** How many formatted texts a translator keeps (a few MB at most). */
const FORMATTED_CAP = 20_000;

/** Marks the end of a text value inside a formatted message (a private-use character). */
const END = '\uE001';
const ABBREVIATION_STOP = /\.\uE001\.(?!\.)/g;

export function createTranslator(catalogue: Catalogue, options: TranslatorOptions = {}): Translator {
  const { language } = catalogue;
  const compiled = new Map<string, IntlMessageFormat>();
  // Pages ask for the same words again and again (a label, a source named on every page that
  // cites it): each text is formatted once, in a cache that starts over when it is full, so
  // that it holds what the pages being rendered now ask for and never grows with the site.
  const formatted = new Map<string, string | undefined>();
  const format = (key: string, values?: MessageValues): string | undefined => {
    let id = key;
    // Each value with its type and length, so that no two sets of values share a key.
    if (values) for (const name in values) { const v = String(values[name]); id += `\u0000${name}\u0000${typeof values[name]}${v.length}\u0000${v}`; }
    if (formatted.has(id)) return formatted.get(id);
    const text = formatUncached(key, values);
    if (formatted.size >= FORMATTED_CAP) formatted.clear();
    formatted.set(id, text);
    return text;
  };
  const formatUncached = (key: string, values?: MessageValues): string | undefined => {
    let message = compiled.get(key);
    if (!message) {
      const text = catalogue.message(key);
      if (text === undefined) return undefined;
      message = new IntlMessageFormat(text, language, undefined, { ignoreTag: true });
      compiled.set(key, message);
    }
    // A value that ends in an abbreviation's full stop ("ноябрь 1969 г.") takes the place of
    // the message's own full stop right after it: one stop, never "г..".
    // (intl-messageformat merges text values into the literal around them, so each that ends
    // in a full stop is marked; no other is touched, so a `select` still matches its value.)
    const marked = values && Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && v.endsWith('.') ? `${v}${END}` : v]));
    return String(message.format(marked)).replace(ABBREVIATION_STOP, '.').replaceAll(END, '');
  };
  const numbers = new Intl.NumberFormat(language);
  const lists = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  const regions = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const countryNames = options.countryNames ?? {};
  const countries = new Map<string, string>();
  const worded = new Map<string, string>();
  const countryNameUncached = (code: string): string => {
    const own = countryNames[code] ?? catalogue.message(`country.${code}`);
    if (own) return own;
    try {
      // Intl reads a former code as its successor's (SU as Russia, YU as Serbia): the code
      // itself is truer than that guess, until the site or the catalogue names it.
      if (new Intl.Locale(`und-${code}`).region !== code) return code;
      return regions.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const dates = dateWords(language, (key, values) => {
    const text = format(key, values);
    if (text === undefined) throw new Error(`the interface catalogue for '${language}' has no message '${key}'`);
    return text;
  });
  return {
    language,
    direction: catalogue.direction,
    t(key, values) {
      const text = format(key, values);
      if (text === undefined) throw new Error(`the interface catalogue for '${language}' has no message '${key}'`);
      return text;
    },
    number: (value) => numbers.format(value),
    list: (items) => lists.format(items),
    day: (date) => dates.day(date.getTime()),
    date(date) {
      if (typeof date !== 'string') return dates.date(date);
      // An entry's date is worded on its page, in every list and timeline that shows it:
      // worded once, in a cache that starts over when full, like the formatted texts.
      let words = worded.get(date);
      if (words === undefined) {
        words = dates.date(parseDate(date));
        if (worded.size >= FORMATTED_CAP) worded.clear();
        worded.set(date, words);
      }
      return words;
    },
    countryName(code) {
      let name = countries.get(code);
      if (name === undefined) {
        name = countryNameUncached(code);
        // Country codes are few (a few hundred at most), so this cache needs no cap.
        countries.set(code, name);
      }
      return name;
    },
  };
}
