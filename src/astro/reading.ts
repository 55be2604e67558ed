/**
 * The content folder as the integration read it (src/integration.ts), handed to the content
 * loaders (src/plugins/mdx-entries.ts, src/plugins/source-entries.ts) so that a build reads
 * each content file once. The integration runs in Node and the content config inside Vite's
 * module runner of the same process: both see `globalThis`, where the reading waits, one per
 * content folder. A virtual module would copy every entry into module code.
 *
 * Each collection takes its part once: the first load after the integration read the folder
 * fills the store from the reading, and the part is dropped, so the reading is not kept beside
 * the store it filled. A later load of the same process (`astro dev` after the content config
 * changed) finds nothing here and reads the disk, as the watcher does for a changed file.
 */
import type { RawContent, RawEntry, RawSource } from '../lib/content/content-files.ts';

export type EntryCollection = 'actors' | 'events' | 'pages';

/** What a loader stores of an entry as read. */
export type HandedEntry = Pick<RawEntry, 'id' | 'data' | 'body' | 'bodyLine'>;
/** What a loader stores of a source as read. */
export type HandedSource = Pick<RawSource, 'data'>;

interface Parts {
  actors?: HandedEntry[];
  events?: HandedEntry[];
  pages?: HandedEntry[];
  sources?: HandedSource[];
  /** Every id with a file, readable or not (RawContent.ids). */
  ids: RawContent['ids'];
}

const READINGS = Symbol.for('explainer.content-reading');

function readings(): Map<string, Parts> {
  const holder = globalThis as Record<symbol, Map<string, Parts> | undefined>;
  return (holder[READINGS] ??= new Map());
}

/**
 * Leaves the reading of `raw.root` for the loaders; a newer reading of the folder replaces it.
 * Only what the store is filled from is kept: not the YAML text each entry holds to locate a
 * problem, which the check needed and the loaders do not.
 */
export function handOver(raw: RawContent): void {
  const of = (collection: EntryCollection) => raw.entries.filter((entry) => entry.collection === collection).map(stored);
  readings().set(raw.root, { actors: of('actors'), events: of('events'), pages: of('pages'), sources: raw.sources.map(({ data }) => ({ data })), ids: raw.ids });
}

const stored = ({ id, data, body, bodyLine }: RawEntry): HandedEntry => ({ id, data, body, bodyLine });

function take<K extends EntryCollection | 'sources'>(root: string, part: K): { items: NonNullable<Parts[K]>; ids: RawContent['ids'] } | undefined {
  const all = readings();
  const parts = all.get(root);
  const items = parts?.[part];
  if (!parts || !items) return undefined;
  delete parts[part];
  if (!parts.actors && !parts.events && !parts.pages && !parts.sources) all.delete(root);
  return { items: items as NonNullable<Parts[K]>, ids: parts.ids };
}

/**
 * The entries of `collection` as read from `root`, and the ids of every file of it (a file
 * whose frontmatter could not be read has an id and no entry), or undefined when they were
 * taken already or never handed over.
 */
export function takeEntries(root: string, collection: EntryCollection): { entries: HandedEntry[]; ids: Set<string> } | undefined {
  const taken = take(root, collection);
  return taken && { entries: taken.items, ids: taken.ids[collection] };
}

/** The sources as read from `root`'s sources.yaml, or undefined as for takeEntries. */
export function takeSources(root: string): HandedSource[] | undefined {
  return take(root, 'sources')?.items;
}
