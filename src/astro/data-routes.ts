/**
 * What the data routes share: the graph and absolute addresses for this deployment, and the
 * text of each open-data file, written once per build: its route serves it, and the Data page
 * gives its size next to its link.
 */
import { i18n, model, site, siteContent, vocabularies } from './content.ts';
import { actorsJson, eventsCsv, eventsJson, siteUrls, sourcesJson } from '../lib/render/open-data.ts';
import { siteLists } from '../lib/render/site-lists.ts';

/** The graph, the site config, its vocabularies, its words and a function that gives site paths their address in this deployment. */
export async function dataContext(origin: URL | undefined) {
  const { graph } = await siteContent();
  return { graph, site, vocabularies, i18n, abs: siteUrls(origin, import.meta.env.BASE_URL) };
}

/** A JSON file's text, pretty-printed so the files read well in a browser and diff well. */
const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** An open-data file: one of the whole files, or the events of one year (`events/<yyyy>.json`, `.csv`). */
export type DataFileName = 'events.json' | 'events.csv' | 'actors.json' | 'sources.json' | `events/${string}.${'json' | 'csv'}`;

async function write(name: DataFileName, origin: URL | undefined): Promise<string> {
  const { graph, abs } = await dataContext(origin);
  const year = /^events\/(.+)\.(json|csv)$/.exec(name);
  if (year) {
    const events = siteLists(graph, model).years.find((y) => y.key === year[1])?.pages.flatMap((p) => p.items) ?? [];
    return year[2] === 'csv' ? eventsCsv(graph, abs, vocabularies, events) : jsonText(eventsJson(graph, site, abs, vocabularies, i18n, { year: year[1]!, events }));
  }
  switch (name) {
    case 'events.csv': return eventsCsv(graph, abs, vocabularies);
    case 'events.json': return jsonText(eventsJson(graph, site, abs, vocabularies, i18n));
    case 'actors.json': return jsonText(actorsJson(graph, site, abs, i18n));
    case 'sources.json': return jsonText(sourcesJson(graph, site, abs, i18n, siteLists(graph, model).sourcePath));
  }
  throw new Error(`no open-data file is called ${name}`);
}

const texts = new Map<string, Promise<string>>();

/** The text of an open-data file for this deployment, written on first use. */
export function dataFileText(name: DataFileName, origin: URL | undefined): Promise<string> {
  const key = `${origin?.href ?? ''} ${name}`;
  let text = texts.get(key);
  if (!text) {
    text = write(name, origin);
    texts.set(key, text);
  }
  return text;
}

const TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8; header=present' } as const;

/** The response that serves an open-data file. */
export async function dataFileResponse(name: DataFileName, origin: URL | undefined): Promise<Response> {
  const format = name.endsWith('.csv') ? 'csv' : 'json';
  return new Response(await dataFileText(name, origin), { headers: { 'Content-Type': TYPES[format] } });
}
