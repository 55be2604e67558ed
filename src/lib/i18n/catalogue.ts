/**
 * Interface catalogues: one per language, keyed by the site's `language`. The generator
 * ships complete catalogues (src/i18n/<language>.ts); a site may override any message, or
 * bring every message for a language the generator has no catalogue for, in
 * `interface.yaml` of its content folder. English is the reference: its keys are the keys
 * every catalogue must give, which the type check holds each area file to (`AreaOf`) and a
 * test holds every catalogue to, a site's own included.
 */
import en from '../../i18n/en/index.ts';
import fa from '../../i18n/fa/index.ts';
import ru from '../../i18n/ru/index.ts';

export type MessageKey = keyof typeof en;
export type Messages = Record<string, string>;

/**
 * Another language's file of an area (`src/i18n/<lang>/<area>.ts`), typed by English's file
 * of that name: a key missing, misspelled or left over from a renamed one fails the type check.
 */
export type AreaOf<English> = { readonly [K in keyof English]: string };

/** The generator's own catalogues, by primary language subtag. */
export const CATALOGUES: Record<string, Messages> = { en, ru, fa };

/** The keys every catalogue must give: English's. */
export const REFERENCE_KEYS: readonly string[] = Object.keys(en);

export interface Catalogue {
  /** The BCP 47 tag the site is written in. */
  language: string;
  direction: 'ltr' | 'rtl';
  /** The message of a key, or undefined if the catalogue lacks it. */
  message(key: string): string | undefined;
  /** Keys of English that this catalogue does not give. */
  missing: string[];
}

/** The messages of a parsed `interface.yaml`: its text values (check reports any other). */
export function siteMessages(data: unknown): Messages {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  return Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** The generator's catalogue for a tag: the exact tag, else its primary subtag ('fa-AF' → 'fa'). */
export function builtInMessages(language: string): Messages | undefined {
  const lower = language.toLowerCase();
  return CATALOGUES[lower] ?? CATALOGUES[lower.split('-')[0]!];
}

/**
 * The catalogue of a site: the generator's messages for its language (none if there is no
 * catalogue for it), then the site's own `overrides` on top.
 */
export function catalogueFor(language: string, overrides: Messages = {}): Catalogue {
  const messages: Messages = { ...(builtInMessages(language) ?? {}), ...overrides };
  const direction = messages['language.direction'] === 'rtl' ? 'rtl' : 'ltr';
  return {
    language,
    direction,
    message: (key) => (Object.hasOwn(messages, key) ? messages[key] : undefined),
    missing: REFERENCE_KEYS.filter((key) => !Object.hasOwn(messages, key)),
  };
}
