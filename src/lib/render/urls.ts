/** Where each kind of page lives. The one place a URL shape is written. */
import { EMBED_DIR, type EmbedChart } from './embed.ts';

/** A list's page `n`: the list's own address for the first, `<list>/<n>/` for the next ones. */
const nth = (list: string, n: number) => (n <= 1 ? list : `${list}${n}/`);

export const paths = {
  home: () => '/',
  actors: () => '/actors/',
  actor: (id: string) => `/actors/${id}/`,
  events: () => '/events/',
  timeline: () => '/timeline/',
  event: (id: string) => `/events/${id}/`,
  /** The events of a year (list-pages.ts's eventYear), in date order, page `n`. */
  eventsOfYear: (year: string, n = 1) => nth(`/events/${year}/`, n),
  /** The actors under a letter (list-pages.ts's letterSegment), page `n`. */
  actorsOfLetter: (segment: string, n = 1) => nth(`/actors/${segment}/`, n),
  /** The events involving an actor, page `n`: the first on the actor's own page, the next ones under it. */
  actorEvents: (id: string, n = 1) => (n <= 1 ? `/actors/${id}/` : `/actors/${id}/events/${n}/`),
  /** The sources of a kind, page `n`. */
  sourcesOfKind: (kind: string, n = 1) => nth(`/sources/${kind}/`, n),
  /** The relations of a type, page `n`. */
  relationsOfType: (type: string, n = 1) => nth(`/relations/${type}/`, n),
  /** The timeline's data, fetched by its island beyond the events a page carries: the index, and one file per year. */
  timelineIndex: () => '/timeline/data/index.json',
  timelineYear: (year: number) => `/timeline/data/${year}.json`,
  /** An actor's or event's permanent page of one past revision (12-hex short hash). */
  revision: (kind: 'actors' | 'events', id: string, short: string) => `/${kind}/${id}/revisions/${short}/`,
  /** An actor's or event's list of every change, when it has more than its page shows. */
  revisions: (kind: 'actors' | 'events', id: string) => `/${kind}/${id}/revisions/`,
  sources: () => '/sources/',
  /** A source's entry on the list page of its kind that holds it (site-lists.ts places it). */
  source: (id: string, kind: string, n = 1) => `${nth(`/sources/${kind}/`, n)}#${id}`,
  map: () => '/map/',
  /** The map's events as its island redraws clusters from them (beyond the events the map draws one by one). */
  mapData: () => '/map/data/events.json',
  relations: () => '/relations/',
  page: (id: string) => (id === 'index' ? '/' : `/${id}/`),
  search: () => '/search/',
  /** The search UI's words, which its script fetches when it loads. */
  searchMessages: () => '/search/messages.json',
  /** A page's citations in every style and format: under the page it cites (the home page's at `/cite/`). */
  cite: (kind: 'actors' | 'events' | 'pages', id: string) => `${kind === 'pages' ? paths.page(id) : `/${kind}/${id}/`}cite/`,
  data: () => '/data/',
  dataFile: (name: 'events.json' | 'events.csv' | 'actors.json' | 'sources.json') => `/data/${name}`,
  /** The events of one year as their own file, with the whole file's columns. */
  dataYear: (year: string, format: 'json' | 'csv') => `/data/events/${year}.${format}`,
  feed: () => '/feed.xml',
  reuse: () => '/how-to-cite/',
  changes: () => '/changes/',
  changesYear: (year: string) => `/changes/${year}/`,
  changesFeed: () => '/changes/feed.xml',
  /** A chart as another site's frame shows it. */
  embed: (chart: EmbedChart) => `/${EMBED_DIR}/${chart}/`,
  /** The host script that sizes this site's frames on another site's page. */
  embedScript: () => `/${EMBED_DIR}.js`,
};

/** Prefixes a site path with the deployment's base ("/explainer/"), once. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${b}${path}`;
}
