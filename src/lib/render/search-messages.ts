/**
 * The search UI's words: catalogue keys the page hands to the island (as the catalogue writes
 * them, ICU) so the bundle carries no interface text. Shared by the component that renders
 * them and the island that reads them, so both agree on the keys.
 */
import { FILTER_NAMES, RESULT_TYPES } from './search.ts';

/** Every catalogue key the search island formats. */
export const SEARCH_UI_KEYS = [
  'search.unavailable',
  'search.noIndex',
  'search.link.actors',
  'search.link.events',
  'search.link.sources',
  'search.results',
  'search.noResultsFor',
  'search.noResultsFiltered',
  'search.count',
  'search.countLimited',
  'search.countKeys',
  'search.filterCount',
  'search.optionsOn',
  'search.dialog.name',
  'search.dialog.label',
  'search.dialog.hint',
  'search.dialog.keys',
  'search.dialog.more',
  'search.dialog.close',
  ...FILTER_NAMES.map((name) => `search.filter.${name}` as const),
  ...RESULT_TYPES.map((type) => `search.type.${type}` as const),
] as const;

export type SearchUiKey = (typeof SEARCH_UI_KEYS)[number];
export type SearchMessages = Record<SearchUiKey, string>;

/** The messages of the island from a catalogue lookup (the site's catalogue, overrides included). */
export function searchMessages(message: (key: string) => string | undefined): SearchMessages {
  return Object.fromEntries(SEARCH_UI_KEYS.map((key) => [key, message(key) ?? key])) as SearchMessages;
}
