/**
 * What the byline under a headline says: who made the explainer, when the page was first
 * published and last changed (from git, or why the history is not there), and where a reader
 * reports an error. The words are the catalogue's; this decides which of them apply.
 */
import type { PageRevision } from '../model/git-revisions.ts';

/** The byline's dates, as far as this copy of the site knows them. */
export type BylineDates =
  /** First published and changed since, on another day. */
  | { kind: 'updated'; published: Date; updated: Date }
  /** Published, and not changed on any later day. */
  | { kind: 'published'; published: Date }
  /** Never committed: a draft, seen in a local build. */
  | { kind: 'draft'; built: Date }
  /** Built without the history (a shallow clone, no git): only the build date is known. */
  | { kind: 'no-history'; built: Date };

const day = (d: Date) => d.toISOString().slice(0, 10);

export function bylineDates(revision: PageRevision): BylineDates {
  if (revision.noteCode === 'uncommitted') return { kind: 'draft', built: revision.updated };
  if (revision.noteCode || !revision.hash) return { kind: 'no-history', built: revision.updated };
  const published = revision.published ?? revision.updated;
  return day(published) === day(revision.updated) ? { kind: 'published', published } : { kind: 'updated', published, updated: revision.updated };
}

/**
 * The address that opens a new issue on the repository's host with the page's title and
 * address filled in: GitLab's shape (`/-/issues/new?issue[title]=`), or GitHub's, which
 * Gitea, Forgejo and Codeberg share (`/issues/new?title=&body=`).
 */
export function reportUrl(repository: string, issue: { title: string; body: string }): string {
  const base = repository.replace(/\.git$/, '').replace(/\/+$/, '');
  const host = new URL(base).hostname;
  const query = host.includes('gitlab')
    ? new URLSearchParams({ 'issue[title]': issue.title, 'issue[description]': issue.body })
    : new URLSearchParams({ title: issue.title, body: issue.body });
  return `${base}${host.includes('gitlab') ? '/-' : ''}/issues/new?${query}`;
}

/**
 * The address that opens the page's content file in the host's web editor, on `branch`:
 * GitHub's shape (`/edit/<branch>/<path>`), GitLab's (`/-/edit/`), or Gitea and Forgejo's,
 * which Codeberg runs (`/_edit/`). `path` is the file relative to the repository's root.
 */
export function editUrl(repository: string, branch: string, path: string): string {
  const base = repository.replace(/\.git$/, '').replace(/\/+$/, '');
  const host = new URL(base).hostname;
  const segments = (text: string) => text.split('/').map(encodeURIComponent).join('/');
  const at = `${segments(branch)}/${segments(path)}`;
  if (host.includes('gitlab')) return `${base}/-/edit/${at}`;
  if (host === 'codeberg.org' || host.includes('gitea') || host.includes('forgejo')) return `${base}/_edit/${at}`;
  return `${base}/edit/${at}`;
}
