/**
 * Loads the collections once per build and builds the cross-reference graph once; every
 * page imports from here and never calls getCollection itself.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph, type Graph } from '../lib/model/graph.ts';
import { graphOptions } from '../lib/model/claims.ts';
import { siteSettings } from './site.ts';

export type ActorEntry = CollectionEntry<'actors'>;
export type EventEntry = CollectionEntry<'events'>;
export type PageEntry = CollectionEntry<'pages'>;

export interface SiteContent {
  graph: Graph;
  actors: Map<string, ActorEntry>;
  events: Map<string, EventEntry>;
  pages: Map<string, PageEntry>;
}

let loading: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  const [actors, events, pages, sources] = await Promise.all([
    getCollection('actors'),
    getCollection('events'),
    getCollection('pages'),
    getCollection('sources'),
  ]);
  const graph = buildGraph({
    actors,
    events,
    pages,
    sources: sources.map((s) => s.data),
  }, graphOptions(vocabularies));
  return {
    graph,
    actors: new Map(actors.map((a) => [a.id, a])),
    events: new Map(events.map((e) => [e.id, e])),
    pages: new Map(pages.map((p) => [p.id, p])),
  };
}

/** The site's content and its graph, loaded on first use and shared by every page. */
export function siteContent(): Promise<SiteContent> {
  loading ??= load();
  return loading;
}

/** The site model: settings, vocabularies and the interface in the site's language. */
export const model = siteSettings;
export const site = model.config;
/** Words, numbers, dates and country names in the site's language. */
export const i18n = model.i18n;
/** The site's vocabularies: every label of a code comes from here. */
export const vocabularies = model.vocabularies;
