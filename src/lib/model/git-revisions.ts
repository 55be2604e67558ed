/**
 * When each content file changed, from git, read ONCE per build: one `git log` over the
 * content folder, parsed into a map from file path to every commit that touched it (its
 * latest first), and, for the pages of past revisions, at most one `git cat-file --batch`
 * that reads the files as each of those commits left them. Without a usable
 * history (no `.git`, git missing, a shallow clone whose oldest commit would be mistaken for
 * every file's last change, or a file that was never committed) a page falls back to the
 * build date and says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** One commit that touched a content file. */
export interface Commit {
  /** Full commit hash. */
  hash: string;
  /** Committer date. */
  date: Date;
  /** The first line of the commit message, as the editor wrote it (text, never markup). */
  subject: string;
}

export interface Revision {
  /** Full commit hash. */
  hash: string;
  /** Committer date of that commit. */
  date: Date;
  /** Committer date of the oldest commit that names the file: when it was first published. */
  first?: Date;
  /** Every commit that touched the file, the latest first (the first is `hash`). */
  history: Commit[];
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

/** The log's format: a mark no file name starts with, then hash, date and subject. */
export const LOG_FORMAT = `${MARK}%H %cI %s`;

/**
 * Parses `git log --name-only --format=<LOG_FORMAT>`: commits newest first, each followed by
 * the files it touched. The first commit that names a file is its latest change; the last
 * one, its first publication; all of them, in order, its history.
 */
export function parseGitLog(output: string): Map<string, Revision> {
  const files = new Map<string, Revision>();
  let current: Commit | undefined;
  for (const line of output.split('\n')) {
    const path = line.trim();
    if (line.startsWith(MARK)) {
      // The subject is the rest of the line, spaces and all; a commit may have none.
      const match = /^(\S+) (\S+)(?: (.*))?$/.exec(line.slice(1));
      current = match ? { hash: match[1]!, date: new Date(match[2]!), subject: (match[3] ?? '').trim() } : undefined;
    } else if (path !== '' && current) {
      const known = files.get(path);
      if (known) {
        known.first = current.date;
        known.history.push(current);
      } else {
        files.set(path, { hash: current.hash, date: current.date, first: current.date, history: [current] });
      }
    }
  }
  return files;
}

/** Reads the history of `dir` (the content folder) with a single `git log` call. */
export function readRevisions(dir: string): RevisionIndex {
  const git = findGit(dir);
  if (!git) return { files: new Map(), unavailable: 'the site was built without its git history', unavailableCode: 'no-git' };
  if (isShallow(git.gitDir)) return { files: new Map(), unavailable: 'the site was built from a shallow clone, which lacks the full history', unavailableCode: 'shallow' };
  // The history of the branch as it was published: its first parents, a merge counted as the
  // one change it brought (git log would otherwise list no files for a merge, and date a
  // file by a side branch's commit that the merge superseded).
  const result = spawnSync('git', ['log', '--first-parent', '--diff-merges=first-parent', '--no-renames', '--name-only', `--format=${LOG_FORMAT}`, '--', relative(git.root, dir) || '.'], {
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

/** Where a file stood at a commit: `<hash>:<path>`, as git names it. */
export const fileAt = (hash: string, path: string) => `${hash}:${path}`;

/**
 * Parses the output of `git cat-file --batch`: for each request in order, `<oid> blob <size>`
 * and that many bytes then a newline, or `<name> missing` for a file the commit does not hold
 * (the commit that deleted it).
 */
export function parseCatFile(output: Buffer, requests: readonly string[]): Map<string, string | undefined> {
  const texts = new Map<string, string | undefined>();
  let at = 0;
  for (const request of requests) {
    const end = output.indexOf(0x0a, at);
    if (end < 0) break;
    const header = output.subarray(at, end).toString('utf8');
    const match = /^\S+ (\S+) (\d+)$/.exec(header);
    if (!match) {
      texts.set(request, undefined);
      at = end + 1;
      continue;
    }
    const size = Number(match[2]);
    texts.set(request, match[1] === 'blob' ? output.subarray(end + 1, end + 1 + size).toString('utf8') : undefined);
    at = end + 1 + size + 1;
  }
  return texts;
}

/**
 * The text of each requested file at each requested commit (`fileAt`), read by ONE
 * `git cat-file --batch` process for the whole build; undefined where the commit does not
 * hold the file. Nothing when there is no usable history.
 */
export function readFilesAt(index: RevisionIndex, requests: readonly string[]): Map<string, string | undefined> {
  // The batch protocol is one request per line: a name holding a line break cannot be asked for.
  const asked = requests.filter((r) => !/[\r\n]/.test(r));
  if (!index.root || asked.length === 0) return new Map();
  const result = spawnSync('git', ['cat-file', '--batch'], { cwd: index.root, input: asked.join('\n') + '\n', maxBuffer: 1024 * 1024 * 1024 });
  if (result.status !== 0) return new Map();
  return parseCatFile(result.stdout, asked);
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
  /**
   * The site's own permanent address of the revision readers see (with the base path), when
   * the page has a committed revision and the site builds revision pages.
   */
  permalink?: string;
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
  const { base, host } = repositoryHost(repository);
  const file = path.split('/').map(encodeURIComponent).join('/');
  if (host === 'gitlab') return `${base}/-/blob/${hash}/${file}`;
  if (host === 'gitea') return `${base}/src/commit/${hash}/${file}`;
  return `${base}/blob/${hash}/${file}`;
}

/**
 * The address of one commit (its diff) on the repository's host: GitHub's and
 * Gitea/Forgejo/Codeberg's shape (`/commit/<hash>`), or GitLab's (`/-/commit/<hash>`).
 */
export function commitUrl(repository: string, hash: string): string {
  const { base, host } = repositoryHost(repository);
  return `${base}${host === 'gitlab' ? '/-' : ''}/commit/${encodeURIComponent(hash)}`;
}

/** The repository's address without `.git` or a trailing slash, and which host's shapes it takes. */
function repositoryHost(repository: string): { base: string; host: 'github' | 'gitlab' | 'gitea' } {
  const base = repository.replace(/\.git$/, '').replace(/\/+$/, '');
  const name = new URL(base).hostname;
  if (name.includes('gitlab')) return { base, host: 'gitlab' };
  if (name === 'codeberg.org' || name.includes('gitea') || name.includes('forgejo')) return { base, host: 'gitea' };
  return { base, host: 'github' };
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
