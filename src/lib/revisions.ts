/**
 * When each content file last changed, from git, read ONCE per build: one `git log` over the
 * content folder, parsed into a map from file path to its latest commit. Without a usable
 * history (no `.git`, git missing, a shallow clone whose oldest commit would be mistaken for
 * every file's last change, or a file that was never committed) a page falls back to the
 * build date and says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

export interface Revision {
  /** Full commit hash. */
  hash: string;
  /** Committer date of that commit. */
  date: Date;
  /** Committer date of the oldest commit that names the file: when it was first published. */
  first?: Date;
}

export interface RevisionIndex {
  /** Root of the git work tree, or undefined when there is no usable history. */
  root?: string;
  /** Why there is no history, when there is none. */
  unavailable?: string;
  /** The same reason as a code, for pages to word in their own language (`git-failed` with `gitError`). */
  unavailableCode?: 'no-git' | 'shallow' | 'git-failed';
  gitError?: string;
  /** Latest commit per file, keyed by path relative to `root`. */
  files: Map<string, Revision>;
}

/** Finds the work tree root and git dir by walking up from `start`, without running git. */
function findGit(start: string): { root: string; gitDir: string } | undefined {
  let dir = resolve(start);
  for (;;) {
    const dotGit = join(dir, '.git');
    if (existsSync(dotGit)) {
      if (statSync(dotGit).isDirectory()) return { root: dir, gitDir: dotGit };
      // A worktree or submodule: `.git` is a file naming the real git dir.
      const match = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
      if (match) {
        const gitDir = isAbsolute(match[1]!.trim()) ? match[1]!.trim() : resolve(dir, match[1]!.trim());
        return { root: dir, gitDir };
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Whether the repository is a shallow clone (its `shallow` file lists the cut-off commits). */
function isShallow(gitDir: string): boolean {
  if (existsSync(join(gitDir, 'shallow'))) return true;
  const common = join(gitDir, 'commondir');
  if (!existsSync(common)) return false;
  const commonDir = resolve(gitDir, readFileSync(common, 'utf8').trim());
  return existsSync(join(commonDir, 'shallow'));
}

const MARK = '\u0001';

/**
 * Parses `git log --name-only --format=<MARK>%H %cI`: commits newest first, each followed by
 * the files it touched. The first commit that names a file is its latest change; the last
 * one, its first publication.
 */
export function parseGitLog(output: string): Map<string, Revision> {
  const files = new Map<string, Revision>();
  let current: Revision | undefined;
  for (const line of output.split('\n')) {
    const path = line.trim();
    if (line.startsWith(MARK)) {
      const [hash, date] = line.slice(1).trim().split(' ');
      current = { hash: hash!, date: new Date(date!) };
    } else if (path !== '' && current) {
      const known = files.get(path);
      if (known) known.first = current.date;
      else files.set(path, { hash: current.hash, date: current.date, first: current.date });
    }
  }
  return files;
}

/** Reads the history of `dir` (the content folder) with a single `git log` call. */
export function readRevisions(dir: string): RevisionIndex {
  const git = findGit(dir);
  if (!git) return { files: new Map(), unavailable: 'the site was built without its git history', unavailableCode: 'no-git' };
  if (isShallow(git.gitDir)) return { files: new Map(), unavailable: 'the site was built from a shallow clone, which lacks the full history', unavailableCode: 'shallow' };
  const result = spawnSync('git', ['log', '--no-renames', '--name-only', `--format=${MARK}%H %cI`, '--', relative(git.root, dir) || '.'], {
    cwd: git.root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const gitError = (result.stderr || String(result.error ?? '')).trim().split('\n')[0]!;
    return { files: new Map(), unavailable: `git could not read the history (${gitError})`, unavailableCode: 'git-failed', gitError };
  }
  return { root: git.root, files: parseGitLog(result.stdout) };
}

let cached: { dir: string; index: RevisionIndex } | undefined;

/** The revision index of a content folder, read once per process (once per build). */
export function revisions(dir: string): RevisionIndex {
  if (cached?.dir !== dir) cached = { dir, index: readRevisions(dir) };
  return cached.index;
}

/** What a page says about its revision. */
export interface PageRevision {
  /** The date cited as "last updated". */
  updated: Date;
  /** When the file was first committed, when the history says. */
  published?: Date;
  /** Full commit hash, when known. */
  hash?: string;
  /** Abbreviated hash, as shown and cited. */
  short?: string;
  /** Permanent link to the content file at that commit, when the repository is known. */
  url?: string;
  /** The content file, relative to the repository root. */
  path?: string;
  /** Why the date is the build date rather than the file's last commit. */
  note?: string;
  /** The same reason as a code, for pages to word in their own language. */
  noteCode?: 'no-git' | 'shallow' | 'git-failed' | 'uncommitted';
  gitError?: string;
}

/**
 * The permanent address of `path` at commit `hash` on the repository's host: GitHub's shape
 * (`/blob/<hash>/<path>`), GitLab's (`/-/blob/`), and Gitea/Forgejo's (`/src/commit/`).
 */
export function revisionUrl(repository: string, hash: string, path: string): string {
  const base = repository.replace(/\.git$/, '').replace(/\/+$/, '');
  const host = new URL(base).hostname;
  const file = path.split('/').map(encodeURIComponent).join('/');
  if (host.includes('gitlab')) return `${base}/-/blob/${hash}/${file}`;
  if (host === 'codeberg.org' || host.includes('gitea') || host.includes('forgejo')) return `${base}/src/commit/${hash}/${file}`;
  return `${base}/blob/${hash}/${file}`;
}

/** The revision of one content file, or the build date with the reason why. */
export function pageRevision(index: RevisionIndex, file: string, buildDate: Date, repository?: string): PageRevision {
  if (!index.root) return { updated: buildDate, note: `Date of the build: ${index.unavailable ?? 'no git history'}.`, noteCode: index.unavailableCode ?? 'no-git', ...(index.gitError ? { gitError: index.gitError } : {}) };
  const path = relative(index.root, file).split('\\').join('/');
  const found = index.files.get(path);
  if (!found) return { updated: buildDate, path, note: 'Date of the build: this file has no committed revision yet.', noteCode: 'uncommitted' };
  return {
    updated: found.date,
    published: found.first ?? found.date,
    hash: found.hash,
    short: found.hash.slice(0, 12),
    path,
    url: repository ? revisionUrl(repository, found.hash, path) : undefined,
  };
}
