/**
 * A page's revision and history, for the layout's metadata, the "Changes" section, the
 * revision pages and the "Cite this page" block alike. The git history behind it is read once
 * per build (see src/lib/model/git-revisions.ts): one `git log`, and, the first time a page asks for its
 * history, one `git cat-file --batch` for every revision of every actor and event at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { site } from './content.ts';
import { buildDate } from '../lib/render/build-info.ts';
import { contentFile, type CitableKind } from '../lib/render/citation/page.ts';
import { contentRoot } from './site.ts';
import { CHANGES_ON_PAGE, changes, normaliseEntry, shortHash, visibleRevisions, type Change, type VisibleRevision } from '../lib/model/history.ts';
import { fileAt, pageRevision, readFilesAt, revisions, type PageRevision } from '../lib/model/git-revisions.ts';
import { paths, url } from './base-url.ts';

export type EntryKind = 'actors' | 'events';

/** What the history says of one actor or event. */
export interface EntryHistory {
  /** Every commit that touched its file, latest first. */
  changes: Change[];
  /** The revisions readers saw, latest first: each has a permanent page. */
  visible: VisibleRevision[];
  /** Whether the page as built is the latest visible revision (no uncommitted change on top). */
  latestIsCurrent: boolean;
}

const NONE: EntryHistory = { changes: [], visible: [], latestIsCurrent: false };

let histories: Map<string, EntryHistory> | undefined;

/** Reads the history of every actor and event at once: one batch of old file texts for the build. */
function readHistories(): Map<string, EntryHistory> {
  const dir = contentRoot;
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
export function historyOf(kind: EntryKind, id: string): EntryHistory {
  histories ??= readHistories();
  return histories.get(`${kind}/${id}`) ?? NONE;
}

/** Whether the site builds a permanent page for each past revision (site.yaml `revisions`). */
export const revisionPagesOn = () => site.revisions;

/** The site address (with the base path) of one revision's page. */
export const revisionAddress = (kind: EntryKind, id: string, hash: string) => url(paths.revision(kind, id, shortHash(hash)));

/** The revision of the content file behind an actor, event or prose page. */
export function revisionOf(kind: CitableKind, id: string): PageRevision {
  const dir = contentRoot;
  const revision = pageRevision(revisions(dir), contentFile(dir, kind, id), buildDate(), site.repository);
  if (kind === 'pages' || !revision.hash || !revisionPagesOn()) return revision;
  // The revision readers see is the latest one that changed the page, which a later
  // whitespace-only commit does not replace; an uncommitted change on top has no address yet.
  const history = historyOf(kind, id);
  const latest = history.visible[0];
  return latest && history.latestIsCurrent ? { ...revision, permalink: revisionAddress(kind, id, latest.commit.hash) } : revision;
}

/** The static paths of the revision pages of a kind: one per revision readers saw, when the site builds them. */
export function revisionPaths(kind: EntryKind, ids: readonly string[]) {
  if (!revisionPagesOn()) return [];
  return ids.flatMap((id) => historyOf(kind, id).visible.map((v) => ({ params: { id, rev: shortHash(v.commit.hash) }, props: { id, hash: v.commit.hash } })));
}

/** The static paths of the history pages: only entries with more changes than their page lists. */
export function historyPaths(kind: EntryKind, ids: readonly string[]) {
  if (!revisionPagesOn()) return [];
  return ids.filter((id) => historyOf(kind, id).changes.length > CHANGES_ON_PAGE).map((id) => ({ params: { id }, props: { id } }));
}
