/**
 * The site's data as files anyone can reuse: events (JSON and CSV, with ACLED-like columns and
 * one column per figure type of the site's vocabulary),
 * actors and sources (JSON), and an Atom feed of events. Pure functions of the graph; the
 * routes in src/routes/data/ and src/routes/feed.xml.ts only hand them the site's addresses.
 */
import { stringify } from 'csv-stringify/sync';
import { Feed } from 'feed';
import type { EventNode, Graph } from '../model/graph.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Translator } from '../i18n/translator.ts';
import type { Vocabularies, Vocabulary } from '../model/vocabularies.ts';
import type { Figure, SiteConfig } from '../content/schema.ts';
import { paths, withBase } from './urls.ts';
import { xmlChars } from './xml-chars.ts';
import { correctionDay, lastChanged, newestFirst } from '../model/corrections.ts';

/** Turns a site path into its address: absolute where the site's origin is known (see siteUrls). */
export type Absolute = (path: string) => string;

/** Builds `Absolute` from the site's origin and base path. */
export function absoluteUrls(site: URL | string, base: string): Absolute {
  return (path) => new URL(withBase(base, path), site).href;
}

/**
 * The addresses the data files and the feed give: absolute with the site's origin, else the
 * site-relative path, which a feed reader resolves against the feed's own address (no host is
 * guessed: site-address.ts).
 */
export function siteUrls(site: URL | string | undefined, base: string): Absolute {
  return site ? absoluteUrls(site, base) : (path) => withBase(base, path);
}

/** One column of events.csv with what it holds, in the site's language (the Data page prints these). */
export interface EventColumn {
  name: string;
  meaning: string;
}

/** The columns that every site's events.csv has, in order; the figure columns follow `actors`. */
const FIXED_BEFORE = ['id', 'title', 'date', 'date_min', 'date_max', 'precision', 'date_kind', 'date_inferred', 'kind', 'location_name', 'admin1', 'admin2', 'country', 'body', 'lat', 'lon', 'geo_precision', 'actors'] as const;
const FIXED_AFTER = ['source_ids', 'url'] as const;
/**
 * A column every site's events.csv has: each is a cell of every row (`eventRows`) and a
 * message of every catalogue (`openData.column.<name>`), so one added here cannot compile
 * without either.
 */
type FixedColumn = (typeof FIXED_BEFORE)[number] | (typeof FIXED_AFTER)[number];
/** A figure type's column (`figureColumn`): the site's vocabulary names them, so no type can list them. */
type FigureColumn = `figure_${string}`;

/** The CSV column of a figure type: codes have no underscore, so `a-b` → `figure_a_b` names one type only. */
export function figureColumn(code: string): FigureColumn {
  return `figure_${code.replaceAll('-', '_')}`;
}

/** The names of events.csv's columns for the site's vocabularies, in order. */
export function eventColumnNames(vocabularies: Pick<Vocabularies, 'figureTypes'>): string[] {
  return [...FIXED_BEFORE, ...vocabularies.figureTypes.codes.map(figureColumn), ...FIXED_AFTER];
}

/** The words of a code or label, to tell whether a label says more than its code. */
const words = (text: string) => text.toLocaleLowerCase().replace(/[-\s]+/g, ' ').trim();

/**
 * A vocabulary's codes, each with its label where the label says more than the code:
 * "`attack`, `raid` or `other`" for labels that only capitalise their codes, "`launch` (Запуск)
 * or `landing` (Посадка)" for a Russian site. A code is a value of the file, not a word of the
 * page's language: it stands between backticks, and the Data page sets it as code.
 */
function codesWithLabels(vocabulary: Vocabulary, language: string): string {
  const named = vocabulary.terms.map((t) => (words(t.label) === words(t.code) ? `\`${t.code}\`` : `\`${t.code}\` (${t.label})`));
  return new Intl.ListFormat(language, { type: 'disjunction' }).format(named);
}

/**
 * The columns of events.csv with their documentation, which follows the site's vocabularies.
 * The words are the catalogue's, not the schema's descriptions: those are English, written
 * for editors of the frontmatter ("as the sources write it"), while a column is read by
 * someone reusing the file, in the site's language, and several (date_min, date_kind,
 * actors, the figure columns) are computed, not fields.
 */
export function eventColumns({ vocabularies, i18n }: { vocabularies: Vocabularies; i18n: Translator }): EventColumn[] {
  const values = {
    kinds: codesWithLabels(vocabularies.eventKinds, i18n.language),
    roles: codesWithLabels(vocabularies.roles, i18n.language),
  };
  const fixed = (name: FixedColumn): EventColumn => ({ name, meaning: i18n.t(`openData.column.${name}`, values) });
  return [
    ...FIXED_BEFORE.map(fixed),
    // The first figure column says how a cell is written; the others refer to it, so the
    // Data page does not repeat one paragraph per figure type.
    ...vocabularies.figureTypes.terms.map((term, i, terms) => ({
      name: figureColumn(term.code),
      meaning: i18n.t(i === 0 ? 'openData.column.figure' : 'openData.column.figureAgain', {
        label: term.label, unit: term.unit ?? '', hasUnit: term.unit ? 'yes' : 'no', first: figureColumn(terms[0]!.code),
      }),
    })),
    ...FIXED_AFTER.map(fixed),
  ];
}

export type EventRow = Record<FixedColumn, string> & Record<FigureColumn, string>;

/** A figure's number in a CSV cell: "3", "2..4", "51.." (at least), "..20" (up to); the source's wording is in events.json. */
export function figureCell(figure: Figure): string {
  if (figure.count !== undefined) return String(figure.count);
  return `${figure.min ?? ''}..${figure.max ?? ''}`;
}

/**
 * One row per event, in date order, every value a string (CSV has no other kind): every
 * event of the graph, or the `events` given (one year's, for the files per year).
 */
export function eventRows(graph: Graph, abs: Absolute, vocabularies: Pick<Vocabularies, 'figureTypes'>, events: readonly EventNode[] = graph.eventsByDate): EventRow[] {
  return events.map((event) => {
    const { data, date } = event;
    const loc = data.location;
    const figures: Record<FigureColumn, string> = Object.fromEntries(vocabularies.figureTypes.codes.map((code) => [
      figureColumn(code),
      data.figures.filter((f) => f.type === code).map((f) => `${figureCell(f)}:${f.according}`).join(';'),
    ]));
    return {
      id: event.id,
      title: data.title,
      date: data.date,
      date_min: date.minIso,
      date_max: date.maxIso,
      precision: date.precision,
      // date_min and date_max of a "within" date bound one moment, not a duration: this says which.
      date_kind: date.kind,
      date_inferred: date.inferred ?? '',
      kind: data.kind,
      location_name: loc?.name ?? '',
      admin1: loc?.admin1 ?? '',
      admin2: loc?.admin2 ?? '',
      country: loc?.country ?? '',
      body: loc?.body ?? '',
      lat: loc?.lat !== undefined ? String(loc.lat) : '',
      lon: loc?.lon !== undefined ? String(loc.lon) : '',
      geo_precision: loc ? String(loc.precision) : '',
      // Like a figure's cell, a role says whose account it is when the file does: "agency:perpetrator:agency".
      actors: data.actors.map((a) => [a.actor, a.role, ...(a.according !== undefined ? [a.according] : [])].join(':')).join(';'),
      ...figures,
      source_ids: data.sources.join(';'),
      url: abs(paths.event(event.id)),
    };
  });
}

/** The columns of events.csv that hold numbers only (the figure columns hold ranges and ids: text). */
const NUMERIC_COLUMNS: ReadonlySet<string> = new Set<FixedColumn>(['lat', 'lon', 'geo_precision']);

/** A cell's first character that makes a spreadsheet read the cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/;

/**
 * One CSV cell as a spreadsheet may safely open it: a cell starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return gets a single quote in front (OWASP's advice against CSV
 * injection), so `=HYPERLINK(…)` in a title is shown as text, not run. A number in a
 * numeric column stays a number: `-22.9` is a latitude, not a formula.
 */
export function csvCell(value: string, column: string): string {
  if (!FORMULA_START.test(value)) return value;
  if (NUMERIC_COLUMNS.has(column) && NUMBER.test(value)) return value;
  return `'${value}`;
}

/**
 * events.csv: RFC 4180, a header row, written by csv-stringify (quoting is its job, not ours);
 * every cell goes through `csvCell`, and a cell it neutralised is always quoted.
 */
export function eventsCsv(graph: Graph, abs: Absolute, vocabularies: Pick<Vocabularies, 'figureTypes'>, events: readonly EventNode[] = graph.eventsByDate): string {
  return stringify(eventRows(graph, abs, vocabularies, events), {
    header: true,
    columns: eventColumnNames(vocabularies),
    record_delimiter: 'windows',
    cast: {
      string: (value, context) => {
        const cell = context.header ? value : csvCell(value, String(context.column));
        return cell === value ? cell : { value: cell, quoted: true };
      },
    },
  });
}

interface Envelope {
  title: string;
  license: string;
  source: string;
  documentation: string;
}

/** The words of the open data in the site's language: titles, the feed's rights line, dates. */
export type DataWords = Pick<Translator, 't' | 'date'>;
/** The words of the feeds, which also write the days corrections were made. */
export type FeedWords = Pick<Translator, 't' | 'date' | 'day'>;

function envelope(site: SiteConfig, abs: Absolute, what: 'events' | 'actors' | 'sources', words: DataWords): Envelope {
  return {
    title: words.t(`openData.title.${what}`, { site: site.title }),
    license: site.license.content,
    source: abs(paths.home()),
    documentation: abs(paths.data()),
  };
}

/**
 * events.json: the CSV's columns and, where the CSV must flatten, their structured form; of
 * every event, or of the `events` given (one year's, titled with its `year`).
 */
export function eventsJson(graph: Graph, site: SiteConfig, abs: Absolute, vocabularies: Pick<Vocabularies, 'figureTypes'>, words: DataWords, part?: { year: string; events: readonly EventNode[] }) {
  const events = part?.events ?? graph.eventsByDate;
  const rows = eventRows(graph, abs, vocabularies, events);
  const whole = envelope(site, abs, 'events', words);
  return {
    ...whole,
    ...(part ? { title: words.t('openData.title.eventsOfYear', { site: site.title, year: words.date(part.year) }) } : {}),
    events: events.map((event, i) => ({
      ...rows[i]!,
      reported: event.data.reported ?? null,
      summary: event.data.summary,
      location: event.data.location ?? null,
      actors: event.data.actors,
      figures: event.data.figures,
      claims: event.data.claims,
      sources: event.data.sources,
    })),
  };
}

/** actors.json */
export function actorsJson(graph: Graph, site: SiteConfig, abs: Absolute, words: DataWords) {
  return {
    ...envelope(site, abs, 'actors', words),
    actors: [...graph.actors.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((actor) => ({
        id: actor.id,
        ...actor.data,
        events: graph.eventsOfActor(actor.id).map((e) => ({ event: e.event.id, roles: e.roles })),
        url: abs(paths.actor(actor.id)),
      })),
  };
}

/** sources.json; `entryPath` gives the site path of a source's entry on the list page of its kind. */
export function sourcesJson(graph: Graph, site: SiteConfig, abs: Absolute, words: DataWords, entryPath: (id: string) => string) {
  return {
    ...envelope(site, abs, 'sources', words),
    sources: [...graph.sources.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((source) => ({
        ...source,
        cited_by: graph.citationsOf(source.id).map((c) => ({ kind: c.kind, id: c.id })),
        url: abs(entryPath(source.id)),
      })),
  };
}

/**
 * Text for an element the feed marks `type="html"`: the `feed` library declares titles and
 * summaries as HTML inside CDATA, so plain text must be HTML-escaped or a title holding
 * `<script>` would be markup to a feed reader (and `]]>` would end the CDATA section); and
 * what XML cannot carry is replaced (xml-chars.ts), or the whole feed would be refused.
 */
export function htmlText(text: string): string {
  return xmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Text for a feed-level element. xml-js escapes text, but first turns every `&amp;` back into
 * `&` (against double escaping), so a site title holding "&amp;" would reach readers as "&".
 * Writing each `&` as `&amp;` first gives exactly the text back after that step.
 */
export function feedText(text: string): string {
  return xmlChars(text).replace(/&/g, '&amp;');
}

/**
 * The origin the `feed` library is handed when the site has none: it accepts absolute
 * addresses only. `.invalid` is reserved (RFC 2606), so it is no host anybody has; it is taken
 * out of the feed's ids and links again, which leaves them site-relative.
 */
const NO_ORIGIN = 'https://address-not-configured.invalid';

/**
 * Writes an Atom feed with `write`, handing it addresses the `feed` library accepts. Without
 * the site's address the feed's ids and links come out site-relative: a feed reader resolves
 * links against the feed's own address; Atom wants absolute ids, which only a configured
 * `url` gives. Every feed of the site goes through here.
 */
export function atomFeed(siteAbs: Absolute, write: (abs: Absolute) => string): string {
  const relative = !URL.canParse(siteAbs(paths.home()));
  const xml = write(relative ? (path) => `${NO_ORIGIN}${siteAbs(path)}` : siteAbs);
  // Only where the feed writes an address: in an id, or a link's href.
  return relative ? xml.replace(/(<id>|href=")https:\/\/address-not-configured\.invalid(?=\/)/g, '$1') : xml;
}

/**
 * The Atom feed of events, newest first by the date of the event. `updated` gives each entry
 * the date its page last changed; a corrected event's entry is updated on its latest
 * correction's day when that is later, and its content says each correction, newest first.
 * The `feed` library writes the XML and escapes its text.
 */
export function eventsFeed(graph: Graph, site: SiteConfig, siteAbs: Absolute, revised: (eventId: string) => Date, authors: string[], words: FeedWords): string {
  return atomFeed(siteAbs, (abs) => {
    const updated = (id: string) => lastChanged(revised(id), graph.events.get(id)!.data.corrections);
    const dates = graph.eventsByDate.map((e) => updated(e.id).getTime());
    const feed = new Feed({
      id: abs(paths.home()),
      // Feed-level elements are text (written through feedText); only entries are declared html.
      title: feedText(words.t('layout.feedTitle', { site: site.title })),
      description: feedText(site.description),
      link: abs(paths.events()),
      language: site.language,
      updated: new Date(dates.length ? Math.max(...dates) : 0),
      copyright: feedText(words.t('openData.feedRights', { license: site.license.content })),
      generator: false,
      feedLinks: { atom: abs(paths.feed()) },
      author: { name: feedText(authors.join(', ')) },
  });
  for (const event of [...graph.eventsByDate].reverse()) {
    const summary = htmlText(words.t('openData.feedSummary', { date: words.date(event.date), summary: event.data.summary }));
    const corrections = newestFirst(event.data.corrections).map((c) => `<p>${htmlText(words.t('corrections.entry', { date: words.day(correctionDay(c.date)), note: c.note }))}</p>`);
    feed.addItem({
      id: abs(paths.event(event.id)),
      title: htmlText(event.data.title),
      link: abs(paths.event(event.id)),
      description: summary,
      ...(corrections.length > 0 ? { content: `<p>${summary}</p>${corrections.join('')}` } : {}),
      date: updated(event.id),
    });
  }
  return feed.atom1();
  });
}
