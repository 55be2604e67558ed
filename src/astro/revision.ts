/**
 * A page's revision and history, for the layout's metadata, the "Changes" section, the
 * revision pages and the "Cite this page" block alike. The git history behind it is read once
 * per build (see src/lib/model/git-revisions.ts): one `git log`, and, the first time a page asks for its
 * history, one `git cat-file --batch` for every revision of every actor and event at once.
 */
import { site } from './content.ts';
import { buildDate } from '../lib/render/build-info.ts';
import { contentRoot } from './site.ts';
import { CHANGES_ON_PAGE, shortHash } from '../lib/model/history.ts';
import { entryHistory, revisionOfPage, revisionPageAddress, type CitableKind, type EntryHistory, type EntryKind, type RevisionSettings } from '../lib/model/page-revisions.ts';
import type { PageRevision } from '../lib/model/git-revisions.ts';

export type { EntryHistory, EntryKind };

/** The history of one actor or event; empty without a usable git history or for a file never committed. */
export const historyOf = (kind: EntryKind, id: string): EntryHistory => entryHistory(contentRoot, kind, id);

/** Whether the site builds a permanent page for each past revision (site.yaml `revisions`). */
export const revisionPagesOn = () => site.revisions;

/** The site address (with the base path) of one revision's page. */
export const revisionAddress = (kind: EntryKind, id: string, hash: string) => revisionPageAddress(import.meta.env.BASE_URL, kind, id, hash);

const settings = (): RevisionSettings => ({ contentDir: contentRoot, repository: site.repository, revisionPages: site.revisions, base: import.meta.env.BASE_URL, buildDate: buildDate() });

/** The revision of the content file behind an actor, event or prose page. */
export const revisionOf = (kind: CitableKind, id: string): PageRevision => revisionOfPage(settings(), kind, id);

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
