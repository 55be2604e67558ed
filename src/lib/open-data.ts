/**
 * The site's data as files anyone can reuse: events (JSON and CSV, with ACLED-like columns),
 * actors and sources (JSON), and an Atom feed of events. Pure functions of the graph; the
 * routes in src/pages/data/ and src/pages/feed.xml.ts only hand them the site's addresses.
 */
import { stringify } from 'csv-stringify/sync';
import { Feed } from 'feed';
import type { Graph } from './graph.ts';
import type { SiteConfig } from './schema.ts';
import { paths, withBase } from './urls.ts';

/** Turns a site path into an absolute URL. */
export type Absolute = (path: string) => string;

/** Builds `Absolute` from the site's origin and base path. */
export function absoluteUrls(site: URL | string, base: string): Absolute {
  return (path) => new URL(withBase(base, path), site).href;
}

/** The columns of events.csv, in order, with what each holds (the Data page prints these). */
export const EVENT_COLUMNS = [
  ['id', 'The event\'s id: its date\'s lower bound and a slug. Also its address: /events/<id>/.'],
  ['title', 'Headline-style title.'],
  ['date', 'The date as an EDTF string (Library of Congress Extended Date/Time Format), exactly as precise as the sources.'],
  ['date_min', 'The earliest day the date can mean (ISO 8601, YYYY-MM-DD).'],
  ['date_max', 'The latest day the date can mean (ISO 8601, YYYY-MM-DD).'],
  ['precision', 'How precise the date is: day, month, season, year, interval or other.'],
  ['kind', 'attack, raid, killing, arrest, statement, report, policy or other.'],
  ['location_name', 'Place name as written in the sources; empty when no place is given.'],
  ['admin1', 'First-level administrative division (province).'],
  ['admin2', 'Second-level administrative division (district).'],
  ['country', 'Two-letter country code (ISO 3166-1 alpha-2, or a former code such as SU); empty at sea or off Earth.'],
  ['body', 'The celestial body of a place not on Earth ("the Moon"); empty on Earth. Where it is given, lat and lon are on that body, not on Earth.'],
  ['lat', 'Latitude in decimal degrees (WGS 84); empty when unknown.'],
  ['lon', 'Longitude in decimal degrees (WGS 84); empty when unknown.'],
  ['geo_precision', 'ACLED geo precision: 1 the town itself, 2 near it or part of a region, 3 only the region.'],
  ['actors', 'Actors with their roles, "actor-id:role", separated by semicolons (an actor with two roles appears twice).'],
  ['source_ids', 'Ids of the sources that report the event, separated by semicolons (see sources.json).'],
  ['url', 'The event\'s page.'],
] as const;

export type EventColumn = (typeof EVENT_COLUMNS)[number][0];
export type EventRow = Record<EventColumn, string>;

/** One row per event, in date order, every value a string (CSV has no other kind). */
export function eventRows(graph: Graph, abs: Absolute): EventRow[] {
  return graph.eventsByDate.map((event) => {
    const { data, date } = event;
    const loc = data.location;
    return {
      id: event.id,
      title: data.title,
      date: data.date,
      date_min: date.minIso,
      date_max: date.maxIso,
      precision: date.precision,
      kind: data.kind,
      location_name: loc?.name ?? '',
      admin1: loc?.admin1 ?? '',
      admin2: loc?.admin2 ?? '',
      country: loc?.country ?? '',
      body: loc?.body ?? '',
      lat: loc?.lat !== undefined ? String(loc.lat) : '',
      lon: loc?.lon !== undefined ? String(loc.lon) : '',
      geo_precision: loc ? String(loc.precision) : '',
      actors: data.actors.map((a) => `${a.actor}:${a.role}`).join(';'),
      source_ids: data.sources.join(';'),
      url: abs(paths.event(event.id)),
    };
  });
}

/** events.csv: RFC 4180, a header row, written by csv-stringify (quoting is its job, not ours). */
export function eventsCsv(graph: Graph, abs: Absolute): string {
  const columns = EVENT_COLUMNS.map(([key]) => key);
  return stringify(eventRows(graph, abs), { header: true, columns, record_delimiter: 'windows' });
}

interface Envelope {
  title: string;
  license: string;
  source: string;
  documentation: string;
}

function envelope(site: SiteConfig, abs: Absolute, what: string): Envelope {
  return {
    title: `${site.title}: ${what}`,
    license: site.license.content,
    source: abs(paths.home()),
    documentation: abs(paths.data()),
  };
}

/** events.json: the CSV's columns and, where the CSV must flatten, their structured form. */
export function eventsJson(graph: Graph, site: SiteConfig, abs: Absolute) {
  const rows = eventRows(graph, abs);
  return {
    ...envelope(site, abs, 'events'),
    events: graph.eventsByDate.map((event, i) => ({
      ...rows[i]!,
      reported: event.data.reported ?? null,
      summary: event.data.summary,
      location: event.data.location ?? null,
      actors: event.data.actors,
      casualties: event.data.casualties,
      claims: event.data.claims,
      sources: event.data.sources,
    })),
  };
}

/** actors.json */
export function actorsJson(graph: Graph, site: SiteConfig, abs: Absolute) {
  return {
    ...envelope(site, abs, 'actors'),
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

/** sources.json */
export function sourcesJson(graph: Graph, site: SiteConfig, abs: Absolute) {
  return {
    ...envelope(site, abs, 'sources'),
    sources: [...graph.sources.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((source) => ({
        ...source,
        cited_by: graph.citationsOf(source.id).map((c) => ({ kind: c.kind, id: c.id })),
        url: abs(paths.source(source.id)),
      })),
  };
}

/**
 * Text for an element the feed marks `type="html"`: the `feed` library declares titles and
 * summaries as HTML inside CDATA, so plain text must be HTML-escaped or a title holding
 * `<script>` would be markup to a feed reader (and `]]>` would end the CDATA section).
 */
export function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The Atom feed of events, newest first by the date of the event. `updated` gives each entry
 * the date its page last changed. The `feed` library writes the XML and escapes its text.
 */
export function eventsFeed(graph: Graph, site: SiteConfig, abs: Absolute, updated: (eventId: string) => Date, authors: string[]): string {
  const dates = graph.eventsByDate.map((e) => updated(e.id).getTime());
  const feed = new Feed({
    id: abs(paths.home()),
    // Feed-level elements are text (xml-js escapes them); only entries are declared html.
    title: `${site.title}: events`,
    description: site.description,
    link: abs(paths.events()),
    language: site.language,
    updated: new Date(dates.length ? Math.max(...dates) : 0),
    copyright: `Text under ${site.license.content}`,
    generator: false,
    feedLinks: { atom: abs(paths.feed()) },
    author: { name: authors.join(', ') },
  });
  for (const event of [...graph.eventsByDate].reverse()) {
    feed.addItem({
      id: abs(paths.event(event.id)),
      title: htmlText(event.data.title),
      link: abs(paths.event(event.id)),
      description: htmlText(`${event.date.words}. ${event.data.summary}`),
      date: updated(event.id),
    });
  }
  return feed.atom1();
}
