/**
 * How the site's long lists are cut into pages a reader walks without JavaScript: events by
 * year, actors by first letter, sources by kind, relations by type, each group in pages of at
 * most the site's list page size. Pure: the routes hand it the graph's entries and the site's
 * language; the addresses come from urls.ts.
 */
import type { DateInfo } from '../content/dates.ts';

/** One page of a list: its number (from 1) and its entries. */
export interface ListPage<T> {
  number: number;
  items: T[];
}

/** A group of a list (a year, a letter, a kind) and its pages; never empty. */
export interface ListGroup<T> {
  key: string;
  count: number;
  pages: ListPage<T>[];
}

/** `items` in pages of at most `size`, in their order; no page for no items. */
export function paged<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`a list page holds at least one entry, not ${size}`);
  const pages: ListPage<T>[] = [];
  for (let i = 0; i < items.length; i += size) pages.push({ number: pages.length + 1, items: items.slice(i, i + size) });
  return pages;
}

/**
 * The static paths of a paged list's route: every page of every group, its parameter the
 * address `pathOf` gives that page (`/events/2020/2/`) less the list's own `prefix` and the
 * trailing slash (`2020/2`), as a `[...rest]` route takes it.
 */
export function listPaths<T, P extends string>(groups: readonly ListGroup<T>[], param: P, prefix: string, pathOf: (key: string, n: number) => string) {
  return groups.flatMap((group) => group.pages.map((page) => ({
    params: { [param]: pathOf(group.key, page.number).slice(prefix.length, -1) } as Record<P, string>,
    props: { group, page },
  })));
}

/** Groups `items` by `keyOf` (keeping their order within a group), each group in pages, in the order of `keys` then of first appearance. */
export function groupedPages<T>(items: readonly T[], keyOf: (item: T) => string, size: number, keys: readonly string[] = []): ListGroup<T>[] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].filter(([, list]) => list.length > 0).map(([key, list]) => ({ key, count: list.length, pages: paged(list, size) }));
}

/** Where each entry landed: its group's key and its page's number. */
export function placements<T>(groups: readonly ListGroup<T>[], idOf: (item: T) => string): Map<string, { key: string; number: number }> {
  const at = new Map<string, { key: string; number: number }>();
  for (const group of groups) for (const page of group.pages) for (const item of page.items) at.set(idOf(item), { key: group.key, number: page.number });
  return at;
}

/**
 * The year an event is listed under: the year its date can begin in (a date "2021-06/2022"
 * under 2021), written with four digits as the addresses write it ("0800"); a year before
 * year 1 keeps its sign ("-0044").
 */
export function eventYear(date: Pick<DateInfo, 'min'>): string {
  return yearSegment(new Date(date.min).getUTCFullYear());
}

/** A year as its list's address writes it: four digits at least, a sign before the common era. */
export function yearSegment(year: number): string {
  return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
}

/**
 * An event id that is a year would take the address of that year's list (/events/2022/): the
 * rule validation refuses such ids by.
 */
export const YEAR_LIKE_ID = /^\d{4}$/;

/**
 * Whether `/<collection>/<id>/` is a list page's address (a year's events, a letter's actors)
 * rather than an entry's: the rule validation refuses such ids by, and the one the table of
 * routes reads addresses by.
 */
export function isListAddress(collection: string, id: string): boolean {
  return (collection === 'events' && YEAR_LIKE_ID.test(id)) || (collection === 'actors' && LETTER_LIKE_ID.test(id));
}

/** The group of names that start with no letter (a digit, a quotation mark): its address segment, which no id can be. */
export const NO_LETTER = '-';

/**
 * The letter a name is listed under in the site's language: its first character without its
 * accents or marks (É under E, Ё under Е, آ under ا), as the language writes it in capitals,
 * after any opening quotation mark; a name starting with a digit goes under NO_LETTER.
 */
export function letterOf(name: string, language: string): string {
  // Past opening quotation marks and brackets («Луна-15» under Л), as a reader looks a name up.
  const from = name.trim().replace(/^[^\p{L}\p{N}]+/u, '');
  const first = [...new Intl.Segmenter(language, { granularity: 'grapheme' }).segment(from)][0]?.segment ?? '';
  const bare = first.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return /^\p{L}/u.test(bare) ? [...bare.toLocaleUpperCase(language)][0]! : NO_LETTER;
}

/**
 * An actor id of one character would take the address of a letter's list (/actors/a/): the
 * rule validation refuses such ids by.
 */
export const LETTER_LIKE_ID = /^[a-z0-9]$/;

/** The address segment of a letter: as the language writes it in small letters ("a", "ж", "ب"). */
export function letterSegment(letter: string, language: string): string {
  return letter.toLocaleLowerCase(language);
}

/**
 * Entries grouped under the first letter of their name, letters in the order of the site's
 * language (Intl.Collator: А–Я for Russian, the Persian alphabet for Persian), names within a
 * letter in the same order, then by id; NO_LETTER last.
 */
export function letterPages<T>(items: readonly T[], nameOf: (item: T) => string, idOf: (item: T) => string, language: string, size: number): ListGroup<T>[] {
  const collator = new Intl.Collator(language);
  const sorted = [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)) || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
  const groups = groupedPages(sorted, (item) => letterOf(nameOf(item), language), size);
  return groups.sort((a, b) => (a.key === NO_LETTER ? 1 : 0) - (b.key === NO_LETTER ? 1 : 0) || collator.compare(a.key, b.key));
}

/** The page numbers a pagination shows around `current` of `last`: the first, the last, and up to `around` on each side; `undefined` where it skips. */
export function pageLinks(current: number, last: number, around = 2): (number | undefined)[] {
  const shown: (number | undefined)[] = [];
  for (let n = 1; n <= last; n++) {
    if (n === 1 || n === last || Math.abs(n - current) <= around) shown.push(n);
    else if (shown.at(-1) !== undefined) shown.push(undefined);
  }
  return shown;
}
