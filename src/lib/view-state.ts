/**
 * The reader's selection, as it lives in the URL: `?actor=a-group&from=2022-03&to=2022-07`.
 * The map and the timeline read and write the same parameters, so a link copied from one
 * opens the same selection in the other. Pure: no DOM, no `astro:`; it runs in Node and in
 * the browser. Keys repeat for several values (`?actor=a-group&actor=an-agency`), which is what an
 * HTML form submitted with GET produces; a comma-separated value is read as well.
 */

/** A bound of the selected period: a month or a day. */
export type Bound = `${number}-${number}` | `${number}-${number}-${number}`;

export interface ViewState {
  /** Actor ids: an event matches when any of them took part. Empty: every actor. */
  actors: string[];
  /** Codes of the site's event kinds. Empty: every kind. */
  kinds: string[];
  /** ISO 3166-1 alpha-2 codes of the event's place. Empty: everywhere. */
  countries: string[];
  /** First month or day of the period, inclusive. */
  from?: Bound;
  /** Last month or day of the period, inclusive. */
  to?: Bound;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const BOUND = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function list(params: URLSearchParams, key: string, valid: RegExp, normalise = (s: string) => s): string[] {
  const values = params.getAll(key).flatMap((v) => v.split(',')).map((v) => normalise(v.trim())).filter((v) => valid.test(v));
  return [...new Set(values)];
}

/** Whether `text` is a month (`2022-03`) or day (`2022-03-04`) that exists in the calendar. */
export function isBound(text: string): text is Bound {
  const m = BOUND.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Reads the selection from a query string; values that are not ids, codes or dates are dropped. */
export function parseViewState(params: URLSearchParams | string): ViewState {
  const p = typeof params === 'string' ? new URLSearchParams(params) : params;
  const state: ViewState = {
    actors: list(p, 'actor', ID),
    kinds: list(p, 'kind', ID),
    countries: list(p, 'country', COUNTRY, (s) => s.toUpperCase()),
  };
  const from = p.get('from')?.trim();
  const to = p.get('to')?.trim();
  if (from && isBound(from)) state.from = from;
  if (to && isBound(to)) state.to = to;
  return state;
}

/** Writes the selection back as query parameters, in a fixed order; empty parts are left out. */
export function serializeViewState(state: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  for (const a of state.actors) p.append('actor', a);
  for (const k of state.kinds) p.append('kind', k);
  for (const c of state.countries) p.append('country', c);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  return p;
}

/** First instant of a bound (ms since epoch, UTC). */
export function boundStart(bound: Bound): number {
  const [y, m, d] = bound.split('-').map(Number) as [number, number, number | undefined];
  return Date.UTC(y, m - 1, d ?? 1);
}

/** Last instant of a bound: the end of that day, or of that month. */
export function boundEnd(bound: Bound): number {
  const [y, m, d] = bound.split('-').map(Number) as [number, number, number | undefined];
  return (d === undefined ? Date.UTC(y, m, 1) : Date.UTC(y, m - 1, d + 1)) - 1;
}

/** What the filter needs to know about an event. */
export interface Filterable {
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
export function matches(state: ViewState, item: Filterable): boolean {
  if (state.from && item.max < boundStart(state.from)) return false;
  if (state.to && item.min > boundEnd(state.to)) return false;
  if (state.actors.length > 0 && !state.actors.some((a) => item.actors.includes(a))) return false;
  if (state.kinds.length > 0 && !state.kinds.includes(item.kind)) return false;
  if (state.countries.length > 0 && (!item.country || !state.countries.includes(item.country))) return false;
  return true;
}

/** Whether the selection narrows anything. */
export function isFiltered(state: ViewState): boolean {
  return state.actors.length + state.kinds.length + state.countries.length > 0 || Boolean(state.from || state.to);
}
