/**
 * EDTF dates: parsing (by the `edtf` library, never by hand), bounds for sorting and
 * drawing, and wording that states the precision honestly ("June 2022", "summer 2021",
 * "about May 2022", "from 2021 to July 2022", "at some time between June 2021 and the end
 * of 2022").
 *
 * Two dates with two ends mean different things, and a reader must never take one for the
 * other:
 * - an interval `a/b` is something that LASTED from a to b (a campaign, a ceasefire);
 * - a one-of-a-set range `[a..b]` is something that happened once, at a time only known to
 *   lie WITHIN a to b (an attack the sources date no closer than "after the takeover").
 * edtf.js parses a set's range only when both ends have the same precision
 * (`[2021-06..2022-12]`, `[2021..2022]`, `[2021-06-01..2022-12-31]`; not `[2021-06..2022]`),
 * and it takes a range's upper bound from the range's first end; so the bounds of a
 * "within" date are read here from the two ends the library parsed.
 */
import edtf from 'edtf';

/** How precise a date is, coarsest last. */
export type Precision = 'day' | 'month' | 'season' | 'year' | 'decade' | 'century' | 'interval' | 'other';

/**
 * What a date says happened: at one POINT of its precision ("June 2022"), something that
 * LASTED from one date to another (EDTF interval `a/b`), or one thing at a time only known
 * to lie WITHIN two dates (EDTF one-of-a-set range `[a..b]`).
 */
export type DateKind = 'point' | 'lasted' | 'within';

/**
 * Which part of a date the editor inferred rather than read in the sources: the year (a
 * source that says "16 July" or "last summer" and no year), or the whole date (a source
 * that gives no date, only what came before and after).
 */
export const DATE_INFERRED = ['year', 'date'] as const;
export type DateInferred = (typeof DATE_INFERRED)[number];

export interface DateInfo {
  /** The EDTF string as written. */
  edtf: string;
  kind: DateKind;
  /** Earliest instant the date can mean (ms since epoch, UTC). Sorting uses this. */
  min: number;
  /** Latest instant the date can mean (ms since epoch, UTC). */
  max: number;
  precision: Precision;
  /** EDTF `~` (or `%`) somewhere in the date. */
  approximate: boolean;
  /** EDTF `?` (or `%`) somewhere in the date. */
  uncertain: boolean;
  /**
   * The date in words, in English, at its precision: "16 July 2022", "about May 2022".
   * Pages word dates in the site's language with `i18n.date()` from `parts`; this stays for
   * messages to editors (validation, the scaffolder), which are in English.
   */
  words: string;
  /** What the date is made of, for wording it in any language: one part, or an interval's two ends. */
  parts: [DatePart] | [DatePart, DatePart];
  /** The ISO calendar date of `min` (YYYY-MM-DD), for machine-readable output. */
  minIso: string;
  /** The ISO calendar date of `max` (YYYY-MM-DD). */
  maxIso: string;
  /** The part of the date that was inferred, set from the entry's `dateInferred` (never by the parse). */
  inferred?: DateInferred;
}

/** One date of EDTF at its precision, as `i18n.date()` words it. */
export interface DatePart {
  /** day, month, year; a season, decade or century; a span of days (unspecified digits: "2022-XX"). */
  unit: 'day' | 'month' | 'year' | 'season' | 'decade' | 'century' | 'span';
  min: number;
  max: number;
  /** The season's name when `unit` is 'season'. */
  season?: SeasonName;
  approximate: boolean;
  uncertain: boolean;
}

export type SeasonName = 'spring' | 'summer' | 'autumn' | 'winter' | 'southern-spring' | 'southern-summer' | 'southern-autumn' | 'southern-winter';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/*
 * edtf.js maps seasons to calendar quarters (summer = April to June). Readers of a story
 * set in the northern hemisphere mean the meteorological seasons, so we take the months from
 * here: the parse is still the library's; only the span a season covers is ours.
 * Codes 21–24 (unspecified hemisphere) and 25–28 (northern) share the northern months;
 * 29–32 (southern) are shifted by half a year.
 */
const SEASONS: Record<number, { name: SeasonName; startMonth: number }> = {
  21: { name: 'spring', startMonth: 2 },
  22: { name: 'summer', startMonth: 5 },
  23: { name: 'autumn', startMonth: 8 },
  24: { name: 'winter', startMonth: 11 },
  25: { name: 'spring', startMonth: 2 },
  26: { name: 'summer', startMonth: 5 },
  27: { name: 'autumn', startMonth: 8 },
  28: { name: 'winter', startMonth: 11 },
  29: { name: 'southern-spring', startMonth: 8 },
  30: { name: 'southern-summer', startMonth: 11 },
  31: { name: 'southern-autumn', startMonth: 2 },
  32: { name: 'southern-winter', startMonth: 5 },
};

// The shapes of edtf.js objects that we read. The library ships no types.
interface EdtfBitmask { value: number }
interface EdtfValue {
  type: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season' | 'Interval' | 'List' | 'Set';
  edtf: string;
  min: number;
  max: number;
  precision?: number;
  /** A date's numbers (a set's members are read by `withinEnds`). */
  values: number[];
  earlier?: boolean;
  later?: boolean;
  approximate?: EdtfBitmask;
  uncertain?: EdtfBitmask;
  unspecified?: EdtfBitmask;
  lower?: EdtfValue | null;
  upper?: EdtfValue | null;
  year?: number;
  season?: number;
}

/** Thrown for a string that is not valid EDTF; the message says what to write instead. */
export class EdtfError extends Error {}

const EXAMPLES = 'write e.g. 2022-07-16 (a day), 2022-06 (a month), 2021-22 (summer 2021), 2022-05~ (about May 2022), 2021/2022-07 (lasted from 2021 to July 2022) or [2021-06..2022-12] (once, at some time between June 2021 and the end of 2022)';

/*
 * edtf.js parses with a nearley grammar, about a millisecond a date; a site repeats the
 * same few thousand date strings many times over (validation, schema, graph, every source
 * line of every page). Parsed values are only read, so each string is parsed once per
 * process. The map hangs on globalThis because one `astro build` loads this module several
 * times (the config, the content layer, the prerendered pages); they share one cache.
 */
const CACHE = Symbol.for('explainer.edtf.parsed');
const parsed = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map<string, EdtfValue>()) as Map<string, EdtfValue>;

function parseRaw(text: string): EdtfValue {
  const known = parsed.get(text);
  if (known) return known;
  const value = parseUncached(text);
  parsed.set(text, value);
  return value;
}

function parseUncached(text: string): EdtfValue {
  let value: EdtfValue;
  try {
    value = edtf(text) as EdtfValue;
  } catch {
    throw new EdtfError(`'${text}' is not a valid EDTF date: ${backwards(text) ?? mixedRange(text) ?? EXAMPLES}`);
  }
  if (!Number.isFinite(value.min) || !Number.isFinite(value.max) || value.earlier || value.later) {
    throw new EdtfError(`'${text}' is open-ended; a date needs both bounds: ${EXAMPLES}`);
  }
  if (value.type === 'Set') {
    const ends = withinEnds(value);
    if (!ends) throw new EdtfError(`'${text}' is a set of several dates; use one date, an interval, or one range [a..b] for a date known only to lie within it: ${EXAMPLES}`);
    if (ends[0].min > ends[1].max) throw new EdtfError(`'${text}' is a range that ends before it starts; write the earlier date first ([${ends[1].edtf}..${ends[0].edtf}])`);
    return value;
  }
  if (value.type === 'List') {
    throw new EdtfError(`'${text}' is a list of dates; use one date, an interval, or one range [a..b]: ${EXAMPLES}`);
  }
  return value;
}

/** The two ends of a one-of-a-set made of a single range `[a..b]`; undefined for any other set. */
function withinEnds(value: EdtfValue): [EdtfValue, EdtfValue] | undefined {
  // A set's values are its members; a range among them is the array of its two ends.
  const members = value.values as unknown as (EdtfValue | EdtfValue[])[];
  if (value.type !== 'Set' || members.length !== 1) return undefined;
  const only = members[0];
  return Array.isArray(only) && only.length === 2 ? [only[0]!, only[1]!] : undefined;
}

/**
 * The hint for a range `[a..b]` whose ends are valid dates of different precisions, which
 * edtf.js does not read: the same range with the coarser end written at the finer precision
 * (`[2021-06..2022]` → `[2021-06..2022-12]`: the upper end is the last month of its year).
 */
function mixedRange(text: string): string | undefined {
  const ends = /^\[([^.,\[\]]+)\.\.([^.,\[\]]+)\]$/.exec(text.trim());
  if (!ends) return undefined;
  const shape = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;
  const [a, b] = [shape.exec(ends[1]!), shape.exec(ends[2]!)];
  if (!a || !b || !isValidEdtf(ends[1]!) || !isValidEdtf(ends[2]!)) return undefined;
  const parts = (m: RegExpExecArray) => m.slice(1).filter(Boolean).length;
  const fine = Math.max(parts(a), parts(b));
  const widen = (m: RegExpExecArray, upper: boolean): string => {
    const [year, month, day] = [m[1]!, m[2], m[3]];
    const mm = month ?? (upper ? '12' : '01');
    const lastDay = new Date(Date.UTC(Number(year), Number(mm), 0)).getUTCDate();
    const dd = day ?? (upper ? String(lastDay) : '01');
    return [year, mm, dd].slice(0, fine).join('-');
  };
  return `both ends of a range [a..b] must be written at the same precision; write [${widen(a, false)}..${widen(b, true)}]`;
}

/** The hint for an interval whose two ends are valid but in the wrong order. */
function backwards(text: string): string | undefined {
  const [start, end, ...rest] = text.split('/');
  if (!start || !end || rest.length > 0) return undefined;
  try {
    const a = edtf(start) as EdtfValue;
    const b = edtf(end) as EdtfValue;
    return a.min > b.max ? `the interval ends before it starts; write the earlier date first (${end}/${start})` : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `text` is an EDTF date this project accepts. */
export function isValidEdtf(text: string): boolean {
  try {
    parseDate(text);
    return true;
  } catch {
    return false;
  }
}

const DAY = 86_400_000;

function seasonBounds(v: EdtfValue): { min: number; max: number; name?: SeasonName } {
  const year = v.values[0]!;
  const code = v.values[1]!;
  const season = SEASONS[code];
  if (!season) return { min: v.min, max: v.max };
  const min = Date.UTC(year, season.startMonth, 1);
  const max = Date.UTC(year, season.startMonth + 3, 1) - 1;
  return { min, max, name: season.name };
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function flags(v: EdtfValue): { approximate: boolean; uncertain: boolean } {
  return {
    approximate: Boolean(v.approximate?.value),
    uncertain: Boolean(v.uncertain?.value),
  };
}

function qualify(words: string, approximate: boolean, uncertain: boolean): string {
  if (approximate && uncertain) return `possibly about ${words}`;
  if (approximate) return `about ${words}`;
  if (uncertain) return `possibly ${words}`;
  return words;
}

interface Point { min: number; max: number; precision: Precision; approximate: boolean; uncertain: boolean; words: string; part: DatePart }

/** One end of an interval, or a single date. */
function describePoint(v: EdtfValue): Point {
  const point = describeWords(v);
  const unit: DatePart['unit'] = point.precision === 'other' ? 'span' : point.precision as DatePart['unit'];
  const season = v.type === 'Season' ? seasonBounds(v).name : undefined;
  return { ...point, part: { unit: season || unit !== 'season' ? unit : 'span', min: point.min, max: point.max, approximate: point.approximate, uncertain: point.uncertain, ...(season ? { season } : {}) } };
}

function describeWords(v: EdtfValue): Omit<Point, 'part'> {
  const { approximate, uncertain } = flags(v);
  if (v.type === 'Season') {
    const s = seasonBounds(v);
    return { min: s.min, max: s.max, precision: 'season', approximate, uncertain, words: qualify(`${s.name ? s.name.replace('-', ' ') : 'season'} ${v.values[0]}`, approximate, uncertain) };
  }
  if (v.type === 'Decade') {
    return { min: v.min, max: v.max, precision: 'decade', approximate, uncertain, words: qualify(`the ${v.values[0]! * 10}s`, approximate, uncertain) };
  }
  if (v.type === 'Century') {
    return { min: v.min, max: v.max, precision: 'century', approximate, uncertain, words: qualify(`${isoDay(v.min).slice(0, 4)}–${isoDay(v.max).slice(0, 4)}`, approximate, uncertain) };
  }
  const unspecified = Boolean(v.unspecified?.value);
  const [year, month, day] = v.values;
  if (unspecified) {
    // "2022-XX" and the like: say only what the bounds allow.
    const words = `some time between ${dayWords(v.min)} and ${dayWords(v.max)}`;
    return { min: v.min, max: v.max, precision: 'other', approximate, uncertain, words: qualify(words, approximate, uncertain) };
  }
  if (v.precision === 3 && day !== undefined && month !== undefined) {
    return { min: v.min, max: v.max, precision: 'day', approximate, uncertain, words: qualify(`${day} ${MONTHS[month]} ${year}`, approximate, uncertain) };
  }
  if (v.precision === 2 && month !== undefined) {
    return { min: v.min, max: v.max, precision: 'month', approximate, uncertain, words: qualify(`${MONTHS[month]} ${year}`, approximate, uncertain) };
  }
  return { min: v.min, max: v.max, precision: 'year', approximate, uncertain, words: qualify(String(year), approximate, uncertain) };
}

function dayWords(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The upper end of a "within" range as its last instant, as date-words.ts words it in every language. */
function endWords(upper: Point): string {
  if (upper.part.unit === 'day') return upper.words;
  const december = upper.part.unit === 'month' && new Date(upper.min).getUTCMonth() === 11 && !upper.approximate && !upper.uncertain;
  return `the end of ${december ? new Date(upper.min).getUTCFullYear() : upper.words}`;
}

/**
 * Parses an EDTF string with the `edtf` library and describes it.
 * @throws EdtfError with a hint when the string is not a usable EDTF date.
 */
export function parseDate(text: string): DateInfo {
  const value = parseRaw(text.trim());
  const ends = value.type === 'Interval' ? [value.lower!, value.upper!] as const : withinEnds(value);
  if (ends) {
    const kind = value.type === 'Interval' ? 'lasted' : 'within';
    const lower = describePoint(ends[0]);
    const upper = describePoint(ends[1]);
    const min = lower.min;
    const max = upper.max;
    return {
      edtf: text,
      kind,
      min,
      max,
      precision: 'interval',
      approximate: lower.approximate || upper.approximate,
      uncertain: lower.uncertain || upper.uncertain,
      words: kind === 'lasted' ? `from ${lower.words} to ${upper.words}` : `at some time between ${lower.words} and ${endWords(upper)}`,
      parts: [lower.part, upper.part],
      minIso: isoDay(min),
      maxIso: isoDay(max),
    };
  }
  const { part, ...point } = describePoint(value);
  return { edtf: text, kind: 'point', ...point, parts: [part], minIso: isoDay(point.min), maxIso: isoDay(point.max) };
}

/** An entry's date with the part of it that its editor inferred (its `dateInferred` field), if any. */
export function entryDate(text: string, inferred?: string): DateInfo {
  const info = parseDate(text);
  return inferred && (DATE_INFERRED as readonly string[]).includes(inferred) ? { ...info, inferred: inferred as DateInferred } : info;
}

/** Orders dates by their lower bound, then the narrower first (1 June 2022 before June 2022). */
export function compareDates(a: string, b: string): number {
  const x = parseDate(a);
  const y = parseDate(b);
  return x.min - y.min || x.max - y.max;
}

/**
 * The prefix an event id must start with: the date's lower bound written at its own
 * precision (`2022-07-20`, `2022-06`, `2021-22`, `2021`). For an interval or a range, its start.
 * Qualifiers (`~ ? %`) are dropped: they belong to the date, not to the URL.
 */
export function idPrefix(text: string): string {
  const value = parseRaw(text.trim());
  const start = value.type === 'Interval' ? value.lower! : withinEnds(value)?.[0] ?? value;
  return start.edtf.replace(/[~?%]/g, '');
}

/** Whether a date can only lie after `now` (its lower bound is in the future). */
export function isInFuture(text: string, now: Date = new Date()): boolean {
  return parseDate(text).min > now.getTime();
}

/** Days the date spans; a day-precise date spans 1. */
export function spanInDays(info: Pick<DateInfo, 'min' | 'max'>): number {
  return Math.round((info.max + 1 - info.min) / DAY);
}
