/**
 * The reader's selection, as it lives in the URL: `?actor=a-group&actor=an-agency&from=2022`.
 * Every figure (the timeline, the map, their embeds) and every link that carries the
 * selection between pages reads and writes it with this one module, so a link copied from
 * one figure opens the same events in the other. Pure: no DOM, no `astro:`; it runs in Node
 * and in the browser.
 *
 * - `actor`, `kind`, `country` take several values, as repeated keys (what an HTML form sent
 *   with GET writes) or as a comma list (`actor=a,b`); an event matches when it has any of them.
 * - `from` and `to` are a year, a month or a day (`2022`, `2022-03`, `2022-03-04`), inclusive:
 *   `to=2022` means up to the last day of 2022.
 * - A backwards period (`from` after `to`) is swapped, on every figure alike: the reader
 *   named its two ends in the wrong order, not an empty period.
 * - Anything else (unknown keys, values that are not ids, codes or calendar dates) is dropped.
 *
 * What a figure shows of the selection (the timeline's lanes and zoom window) is not the
 * selection: each figure keeps its view apart (src/lib/figures/timeline/view.ts).
 */

/** A bound of the selected period: a year, a month or a day. */
export type Bound = `${number}` | `${number}-${number}` | `${number}-${number}-${number}`;

export interface Selection {
  /** Actor ids: an event matches when any of them took part. Empty: every actor. */
  actors: string[];
  /** Codes of the site's event kinds. Empty: every kind. */
  kinds: string[];
  /** ISO 3166-1 alpha-2 codes of the event's place. Empty: everywhere. */
  countries: string[];
  /** First year, month or day of the period, inclusive. */
  from?: Bound;
  /** Last year, month or day of the period, inclusive. */
  to?: Bound;
}

/** The query keys of the selection, in the order they are written. */
export const SELECTION_KEYS = ['actor', 'kind', 'country', 'from', 'to'] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** Longer values are no id, code or date: they are dropped before any pattern sees them. */
const MAX_VALUE = 100;
/** A hostile address may repeat a key thousands of times; a selection needs far fewer. */
const MAX_VALUES = 50;

/** An empty selection: every event. */
export function emptySelection(): Selection {
  return { actors: [], kinds: [], countries: [] };
}

function list(params: URLSearchParams, key: string, valid: RegExp, normalise = (s: string) => s): string[] {
  const values = params.getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length <= MAX_VALUE)
    .map(normalise)
    .filter((v) => valid.test(v));
  return [...new Set(values)].slice(0, MAX_VALUES);
}

function parts(bound: Bound): [number, number | undefined, number | undefined] {
  const [y, m, d] = bound.split('-').map(Number) as [number, number | undefined, number | undefined];
  return [y, m, d];
}

/** Date.UTC, except that years 0–99 are those years (Date.UTC reads them as 1900–1999). */
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** Whether `text` is a year (`2022`), month (`2022-03`) or day (`2022-03-04`) that exists in the calendar. */
export function isBound(text: string): text is Bound {
  const m = BOUND.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  const date = new Date(utc(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}


/** First instant of a bound (ms since epoch, UTC). */
export function boundStart(bound: Bound): number {
  const [y, m, d] = parts(bound);
  return utc(y, (m ?? 1) - 1, d ?? 1);
}

/** Last instant of a bound: the end of that day, month or year. */
export function boundEnd(bound: Bound): number {
  const [y, m, d] = parts(bound);
  if (m === undefined) return utc(y + 1, 0, 1) - 1;
  return (d === undefined ? utc(y, m, 1) : utc(y, m - 1, d + 1)) - 1;
}

/** The first value of `key` that is a bound, if any. */
function bound(params: URLSearchParams, key: string): Bound | undefined {
  return params.getAll(key).map((v) => v.trim()).find((v) => v.length <= MAX_VALUE && isBound(v)) as Bound | undefined;
}

/** Reads the selection from a query string; values that are not ids, codes or dates are dropped. */
export function parseSelection(params: URLSearchParams | string): Selection {
  const p = typeof params === 'string' ? new URLSearchParams(params) : params;
  const selection: Selection = {
    actors: list(p, 'actor', ID),
    kinds: list(p, 'kind', ID),
    countries: list(p, 'country', COUNTRY, (s) => s.toUpperCase()),
  };
  let from = bound(p, 'from');
  let to = bound(p, 'to');
  if (from && to && boundStart(from) > boundEnd(to)) [from, to] = [to, from];
  if (from) selection.from = from;
  if (to) selection.to = to;
  return selection;
}

/** Writes the selection as query parameters, keys in a fixed order; empty parts are left out. */
export function serializeSelection(selection: Selection): URLSearchParams {
  const p = new URLSearchParams();
  for (const a of selection.actors) p.append('actor', a);
  for (const k of selection.kinds) p.append('kind', k);
  for (const c of selection.countries) p.append('country', c);
  if (selection.from) p.set('from', selection.from);
  if (selection.to) p.set('to', selection.to);
  return p;
}

/** The selection a query string holds, written back alone (`?…`, or '' for every event): what a link carries to another figure. */
export function selectionSearch(search: URLSearchParams | string): string {
  const query = serializeSelection(parseSelection(search)).toString();
  return query ? `?${query}` : '';
}

/** What the selection needs to know about an event. */
export interface Selectable {
  /** Earliest instant the event's date can mean (ms, UTC). */
  min: number;
  /** Latest instant the event's date can mean (ms, UTC). */
  max: number;
  actors: readonly string[];
  kind: string;
  country?: string;
}

/**
 * Whether an event is in the selection. Dates: the event's interval [min, max] overlaps
 * [from, to], so "summer 2021" is in a selection that starts in August 2021.
 */
export function matches(event: Selectable, selection: Selection): boolean {
  if (selection.from && event.max < boundStart(selection.from)) return false;
  if (selection.to && event.min > boundEnd(selection.to)) return false;
  if (selection.actors.length > 0 && !selection.actors.some((a) => event.actors.includes(a))) return false;
  if (selection.kinds.length > 0 && !selection.kinds.includes(event.kind)) return false;
  if (selection.countries.length > 0 && (!event.country || !selection.countries.includes(event.country))) return false;
  return true;
}

/** Whether the selection narrows anything. */
export function isNarrowed(selection: Selection): boolean {
  return selection.actors.length + selection.kinds.length + selection.countries.length > 0 || Boolean(selection.from || selection.to);
}

/** The period the selection names, as [first instant, end) in ms, when it names both ends. */
export function selectedPeriod(selection: Selection): [number, number] | undefined {
  return selection.from && selection.to ? [boundStart(selection.from), boundEnd(selection.to) + 1] : undefined;
}
