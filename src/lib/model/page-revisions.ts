/**
 * A page's revision and an entry's history, from the content folder's git history: what the
 * layout's metadata, the "Changes" section, the revision pages and the "Cite this page" block
 * show (src/astro/revision.ts hands them to the pages), and what the build's early formatting
 * of citations (src/plugins/citation-prefetch.ts) needs to know a page's record before the
 * pages are rendered. Both ask here, so both give a page the same revision.
 *
 * The history is read once per build and content folder (one `git log`, then one
 * `git cat-file --batch` for every revision of every actor and event at once) and kept on
 * `globalThis`: one `astro build` loads this module more than once (the integration, Astro's
 * bundle of pages), and each would read the same history again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { paths, withBase } from '../render/urls.ts';
import { fileAt, pageRevision, readFilesAt, revisions, type PageRevision } from './git-revisions.ts';
import { changes, normaliseEntry, shortHash, visibleRevisions, type Change, type VisibleRevision } from './history.ts';

export type EntryKind = 'actors' | 'events';

/** The kinds of page a reader can cite: an actor, an event, a prose page. */
export type CitableKind = EntryKind | 'pages';

/** The content file a page is built from. */
export function contentFile(contentDir: string, kind: CitableKind, id: string): string {
  return join(contentDir, kind, `${id}.mdx`);
}

/** What the history says of one actor or event. */
export interface EntryHistory {
  /** Every commit that touched its file, latest first. */
  changes: Change[];
  /** The revisions readers saw, latest first: each has a permanent page. */
  visible: VisibleRevision[];
  /** Whether the page as built is the latest visible revision (no uncommitted change on top). */
  latestIsCurrent: boolean;
}

/** What decides a page's revision besides the history: the site's settings and the build. */
export interface RevisionSettings {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** site.yaml `repository`: where a revision's file can be read. */
  repository?: string;
  /** site.yaml `revisions`: whether each past revision has a page of its own. */
  revisionPages: boolean;
  /** The deployment's base path (Astro's `base`). */
  base: string;
  /** The build's date (src/lib/render/build-info.ts): the date of a page git cannot date. */
  buildDate: Date;
}

const NONE: EntryHistory = { changes: [], visible: [], latestIsCurrent: false };

const HISTORIES = Symbol.for('explainer.entry-histories');
type Holder = Record<symbol, Map<string, Map<string, EntryHistory>> | undefined>;

/** Reads the history of every actor and event at once: one batch of old file texts. */
function readHistories(dir: string): Map<string, EntryHistory> {
  const index = revisions(dir);
  const result = new Map<string, EntryHistory>();
  if (!index.root) return result;
  const files: { key: string; kind: EntryKind; path: string; file: string }[] = [];
  for (const kind of ['actors', 'events'] as const) {
    const folder = relative(index.root, join(dir, kind)).split('\\').join('/');
    for (const path of index.files.keys()) {
      if (!path.startsWith(folder + '/') || !path.endsWith('.mdx') || path.slice(folder.length + 1).includes('/')) continue;
      const file = join(index.root, path);
      // A file deleted since has no page to give a history to.
      if (existsSync(file)) files.push({ key: `${kind}/${path.slice(folder.length + 1, -'.mdx'.length)}`, kind, path, file });
    }
  }
  const texts = readFilesAt(index, files.flatMap((f) => index.files.get(f.path)!.history.map((c) => fileAt(c.hash, f.path))));
  for (const f of files) {
    const history = index.files.get(f.path)!.history;
    const visible = visibleRevisions(history, (hash) => texts.get(fileAt(hash, f.path)), f.kind);
    const latest = visible[0];
    const latestIsCurrent = latest !== undefined && normaliseEntry(readFileSync(f.file, 'utf8'), f.kind) === normaliseEntry(latest.text, f.kind);
    result.set(f.key, { changes: changes(history, visible), visible, latestIsCurrent });
  }
  return result;
}

/** The history of one actor or event; empty without a usable git history or for a file never committed. */
export function entryHistory(contentDir: string, kind: EntryKind, id: string): EntryHistory {
  const holder = ((globalThis as Holder)[HISTORIES] ??= new Map());
  let histories = holder.get(contentDir);
  if (!histories) holder.set(contentDir, (histories = readHistories(contentDir)));
  return histories.get(`${kind}/${id}`) ?? NONE;
}

/** The site address (with the base path) of one revision's page. */
export const revisionPageAddress = (base: string, kind: EntryKind, id: string, hash: string) => withBase(base, paths.revision(kind, id, shortHash(hash)));

/** The revision of the content file behind an actor, event or prose page. */
export function revisionOfPage(settings: RevisionSettings, kind: CitableKind, id: string): PageRevision {
  const { contentDir } = settings;
  const revision = pageRevision(revisions(contentDir), contentFile(contentDir, kind, id), settings.buildDate, settings.repository);
  if (kind === 'pages' || !revision.hash || !settings.revisionPages) return revision;
  // The revision readers see is the latest one that changed the page, which a later
  // whitespace-only commit does not replace; an uncommitted change on top has no address yet.
  const history = entryHistory(contentDir, kind, id);
  const latest = history.visible[0];
  return latest && history.latestIsCurrent ? { ...revision, permalink: revisionPageAddress(settings.base, kind, id, latest.commit.hash) } : revision;
}
