/**
 * Search records: what each page tells Pagefind (filters, metadata, sort keys, weights), and
 * the pure helpers the search UI and the relevance tests share. Nothing here imports
 * `astro:`; pages render these records with `SearchData.astro`.
 *
 * Pagefind has no synonyms. An actor is findable by its name (the `<h1>`, which Pagefind
 * weights as a heading), its short name (in the `<h1>` too) and its aliases (the "Also
 * known as" line in the article, weighted with `ALIAS_WEIGHT`). An event carries the names,
 * short names and aliases of the actors involved in it at `RELATED_WEIGHT`, so an alias a
 * reader types finds the actor first and then the events it took part in, even when their
 * text writes the actor another way. The weights live here and only here, so pages, UI and
 * tests agree.
 */
import type { DateInfo } from '../content/dates.ts';
import type { Translator } from '../i18n/translator.ts';
import type { Vocabularies } from '../model/vocabularies.ts';
import { withBase } from './urls.ts';

/** The folder of the index inside the build output (and under `base` on the site). */
export const PAGEFIND_DIR = 'pagefind';

/**
 * Pagefind weight (`data-pagefind-weight`) of the "Also known as" line: an alias counts as
 * much as the actor's name (`NAME_WEIGHT`), so an alias a reader types finds its actor's own
 * page before pages that merely mention the actor or are only linked to it (`RELATED_WEIGHT`).
 */
export const ALIAS_WEIGHT = 10;

/**
 * Pagefind weight (the maximum, 10) of an actor's own name and short name on its page, so
 * a group's name finds the group's page before the events whose titles mention it.
 */
export const NAME_WEIGHT = 10;

/**
 * Pagefind weight of the names and aliases of an event's actors on the event's page: below
 * body text (1), so an event that names an actor in its own words outranks one that is only
 * linked to it, and far below `ALIAS_WEIGHT`, so the actor's own page comes first.
 */
export const RELATED_WEIGHT = 0.2;

/** Pagefind weight of the one-sentence summary (the lede): above body text (1), below names. */
export const SUMMARY_WEIGHT = 2;

/**
 * Pagefind weight of a source named in a list of sources ("<publisher>, official statement,
 * …"): bibliographic furniture, below body text, so a page that cites an actor's statement
 * does not outrank the actor's own page.
 */
export const SOURCE_LINE_WEIGHT = 0.5;

/** The kinds of page a result can be, in the order the filter lists them. */
export const RESULT_TYPES = ['actor', 'event', 'source', 'page'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** Filter names, in the order the search page shows them; their headings are `search.filter.<name>`. */
export const FILTER_NAMES = ['type', 'kind', 'actor', 'country', 'year'] as const;

/**
 * The words search records are written in: the site's language, so that filters, result
 * types and dates read in it (Pagefind shows filter values and metadata as they are indexed).
 */
export interface SearchWords {
  /** How a result's type reads: "Actor", "Event". */
  resultType(type: ResultType): string;
  actorKind(code: string): string;
  eventKind(code: string): string;
  country(code: string): string;
  date(date: Pick<DateInfo, 'parts'>): string;
}

/** Search words from the site model. */
export function searchWords(model: { i18n: Translator; vocabularies: Pick<Vocabularies, 'actorKinds' | 'eventKinds'> }): SearchWords {
  const { i18n, vocabularies } = model;
  return {
    resultType: (type) => i18n.t(`search.type.${type}`),
    actorKind: (code) => vocabularies.actorKinds.term(code).label,
    eventKind: (code) => vocabularies.eventKinds.term(code).label,
    country: (code) => i18n.countryName(code),
    date: (date) => i18n.date(date),
  };
}

/** An actor as search records name it: every way it is written. */
export interface InvolvedActor {
  name: string;
  shortName?: string;
  aliases?: readonly string[];
}

/** Every way an actor is written, its name first, each once. */
function writings(actor: InvolvedActor): string[] {
  return [...new Set([actor.name, ...(actor.shortName ? [actor.shortName] : []), ...(actor.aliases ?? [])])];
}

/** What one page tells Pagefind besides its text. Each pair is `[name, value]`. */
export interface SearchRecord {
  /** Names indexed with `NAME_WEIGHT` (not displayed: the page shows them in its heading and facts). */
  names: string[];
  /** Other pages' names indexed with `RELATED_WEIGHT` (not displayed): an event's actors, every way they are written. */
  related: string[];
  filters: [string, string][];
  meta: [string, string][];
  sort: [string, string][];
}

/** Every calendar year a date can fall in: "2021/2022-07" is 2021 and 2022. */
export function yearsOf(date: Pick<DateInfo, 'minIso' | 'maxIso'>): string[] {
  const first = Number(date.minIso.slice(0, 4));
  const last = Number(date.maxIso.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/**
 * Search record of an actor page: its name and short name as names, type, kind and countries
 * as filters. Its aliases are weighted where the page shows them (`ALIAS_WEIGHT`).
 */
export function actorRecord(actor: InvolvedActor & { kind: string; countries: string[]; summary: string }, words: SearchWords): SearchRecord {
  return {
    names: [actor.name, ...(actor.shortName ? [actor.shortName] : [])],
    related: [],
    filters: [
      ['type', 'actor'],
      ['kind', words.actorKind(actor.kind)],
      ...actor.countries.map((c): [string, string] => ['country', words.country(c)]),
    ],
    meta: [
      ['type', words.resultType('actor')],
      ['summary', actor.summary],
    ],
    sort: [],
  };
}


/**
 * Search record of an event page: type, kind, the names of the actors involved, country and
 * years as filters; the actors' names, short names and aliases as related words; the date in
 * words as metadata; its earliest day as the sort key, so `sort: { date: 'asc' }` orders
 * events as the timeline does.
 */
export function eventRecord(
  event: { kind: string; summary: string; location?: { country?: string } },
  date: Pick<DateInfo, 'parts' | 'minIso' | 'maxIso'>,
  actors: InvolvedActor[],
  words: SearchWords,
): SearchRecord {
  return {
    names: [],
    related: [...new Set(actors.flatMap(writings))],
    filters: [
      ['type', 'event'],
      ['kind', words.eventKind(event.kind)],
      ...[...new Set(actors.map((a) => a.name))].map((name): [string, string] => ['actor', name]),
      ...(event.location?.country ? [['country', words.country(event.location.country)] as [string, string]] : []),
      ...yearsOf(date).map((y): [string, string] => ['year', y]),
    ],
    meta: [
      ['type', words.resultType('event')],
      ['date', words.date(date)],
      ['summary', event.summary],
    ],
    sort: [['date', date.minIso]],
  };
}

/** Search record of the bibliography or of a prose page. */
export function pageRecord(type: 'source' | 'page', summary: string, words: SearchWords): SearchRecord {
  return {
    names: [],
    related: [],
    filters: [['type', type]],
    meta: [
      ['type', words.resultType(type)],
      ['summary', summary],
    ],
    sort: [],
  };
}

/*
 * Elements that browsers lay out as blocks but Pagefind's parser runs together with their
 * neighbours ("Date16 July 2022PlaceFixture Town"), which breaks both words and excerpts.
 */
const RUN_TOGETHER = /<\/(dt|dd|th|td|figcaption|blockquote|caption|summary|address|figure|dl)>/gi;

/*
 * An element that ends where its sibling begins (`<time>May 2022</time><span>Attack</span>`):
 * laid out apart by the page's CSS (a flex gap, a separator drawn before it) but run together
 * by Pagefind ("May 2022Attack"). Markup never splits a word in this generator's pages, so a
 * space there separates what the reader sees as separate.
 */
const ADJACENT = /(<\/[a-z][\w-]*>)(?=<[a-z])/gi;

/** Puts a space after each such element, so Pagefind sees separate words. */
export function spaceBlocks(html: string): string {
  return html.replace(RUN_TOGETHER, '$& ').replace(ADJACENT, '$1 ');
}

const SVG_TAG = /<(\/?)svg[\s/>]/gi;

/**
 * Every `<svg>` element of a page kept, with its attributes, but emptied. The index never
 * reads a chart (SVG is one of its excluded selectors), yet Pagefind's parser still reads
 * every path of it: a map, a locator or a timeline is about two fifths of an entry page's
 * bytes. Pages carry `<svg` only as a tag (text and attributes escape `<`), so counting
 * openings and closings finds where each outermost one ends.
 */
export function emptySvgs(html: string): string {
  let out = '';
  let kept = 0;
  let depth = 0;
  for (const match of html.matchAll(SVG_TAG)) {
    const at = match.index;
    if (match[1]) {
      if (depth > 0 && --depth === 0) {
        kept = at;
      }
      continue;
    }
    if (depth++ > 0) continue;
    const open = html.indexOf('>', at);
    if (open < 0) break;
    if (html[open - 1] === '/') {
      // A self-closed <svg … />: nothing inside it to leave out.
      depth = 0;
      continue;
    }
    out += html.slice(kept, open + 1);
    kept = open + 1;
  }
  return depth > 0 ? html : out + html.slice(kept);
}

/** What Pagefind is given of a page: its charts emptied, its blocks spaced apart. */
export function searchInput(html: string): string {
  return spaceBlocks(emptySvgs(html));
}

/** Where the Pagefind bundle is served from under a base: `/sub/pagefind/`. */
export function bundlePath(base: string): string {
  return withBase(base, `/${PAGEFIND_DIR}/`);
}

/**
 * Pagefind's ranking. With its default, how often a word occurs relative to page length
 * decides, so a short event page that names an actor four times outranks that actor's own page; at
 * `termFrequency: 0` the weighted count decides, so the page that *names* the actor (heading,
 * `NAME_WEIGHT`, `ALIAS_WEIGHT`) comes first. tests/build/search-relevance.test.ts holds it to that.
 */
/**
 * Key facts and unknowns restate, in a line each, what the actor and event pages say: a search
 * for a name should land on that name's page before the overview that mentions it.
 */
export const OVERVIEW_WEIGHT = 0.5;

export const RANKING = { termFrequency: 0 } as const;

/**
 * Options for `pagefind.options()`, the same in the browser and in the relevance tests.
 * `baseUrl` puts the deployment's base in front of every result URL (the index stores site
 * paths without it).
 */
export function pagefindOptions(base: string): { baseUrl: string; excerptLength: number; ranking: typeof RANKING } {
  return { baseUrl: base.endsWith('/') ? base : `${base}/`, excerptLength: 24, ranking: RANKING };
}

/** A search as the URL carries it: `?q=group&type=event&year=2022`. */
export interface SearchQuery {
  q: string;
  filters: Record<string, string[]>;
}

/** Reads a search from a URL query string; unknown parameters are ignored. */
export function readQuery(search: string): SearchQuery {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of FILTER_NAMES) {
    const values = params.getAll(name).filter((v) => v !== '');
    if (values.length > 0) filters[name] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** Writes a search as a query string (with its `?`), the inverse of `readQuery`. */
export function writeQuery(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const name of FILTER_NAMES) {
    for (const value of query.filters[name] ?? []) params.append(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Pagefind's filter argument for a search: several values of one filter widen it (any of),
 * different filters narrow it (all of).
 */
export function pagefindFilters(filters: Record<string, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0).map(([k, v]) => [k, { any: v }]));
}

/**
 * Whether the search page offers a filter value: always before a search; during one, only
 * a value some result of the query has (`counts`: Pagefind's counts for the query without
 * filters) or one the reader ticked, so a ticked value can always be unticked.
 */
export function offersFilterValue(counts: Record<string, Record<string, number>> | undefined, name: string, value: string, ticked: boolean): boolean {
  return ticked || counts === undefined || (counts[name]?.[value] ?? 0) > 0;
}

/** A piece of an excerpt: plain text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/**
 * Splits a Pagefind excerpt ("… the <mark>word</mark> found …") into text parts, so the UI
 * renders it with `textContent` and never as HTML: only `<mark>` survives, as a flag.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else if (piece !== '') {
      const text = piece.replace(/<[^>]*>/g, '').replace(/&(#?\w+);/g, (all, name: string) => ENTITIES[name.toLowerCase()] ?? all);
      if (text !== '') parts.push({ text, mark });
    }
  }
  return parts;
}
