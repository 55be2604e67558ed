/**
 * The history of one actor or event as readers saw it: which of the commits that touched its
 * file changed what the page shows, and so earn a permanent revision page of their own. A
 * commit that only re-indents the YAML, adds a comment or re-wraps a paragraph changes the
 * file but not the page; comparing a normalised form of each revision (the parsed frontmatter
 * and the body's syntax tree, whitespace folded as HTML folds it) leaves it out.
 */
import type { Content, Root } from 'mdast';
import { readMdxText, type CollectionName } from '../content/content-files.ts';
import { parseMdx } from '../content/mdx-parse.ts';
import type { Commit } from './git-revisions.ts';

/** Keys in a stable order, so two equal values always write the same JSON. */
function stable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, stable((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** Text nodes whose spaces are the reader's: code keeps its own; everywhere else, runs of whitespace read as one space. */
function foldTree(node: Root | Content): unknown {
  const { position: _position, children, ...rest } = node as Root & { position?: unknown; children?: Content[] };
  const own: Record<string, unknown> = { ...rest };
  if (node.type !== 'code' && node.type !== 'inlineCode' && typeof own.value === 'string') own.value = own.value.replace(/\s+/g, ' ');
  if (children) {
    // Folding can leave a text node of one space between two others: drop empty ones so a re-wrap matches.
    own.children = children.map(foldTree).filter((c) => !(c && typeof c === 'object' && (c as { type?: string }).type === 'text' && (c as { value?: string }).value === ''));
  }
  return own;
}

/** The body as the reader meets it: its syntax tree without positions, or, when it does not parse, its text with whitespace folded. */
function normaliseBody(body: string): unknown {
  const parsed = parseMdx(body);
  if (parsed.tree) return foldTree(parsed.tree);
  return body.trim().split(/\n[ \t]*\n\s*/).map((block) => block.replace(/\s+/g, ' ').trim());
}

/**
 * A normalised form of one revision of a content file: equal for two revisions exactly when a
 * reader could not tell their pages apart. Frontmatter that does not parse is compared as its
 * text, lines trimmed and YAML comments dropped.
 */
export function normaliseEntry(text: string, collection: CollectionName = 'events'): string {
  const entry = readMdxText(text, 'revision.mdx', collection, 'revision', []);
  if (entry) return JSON.stringify([stable(entry.data), normaliseBody(entry.body)]);
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/(^|\s)#.*$/, '').trim()).filter(Boolean);
  return JSON.stringify(['unparsed', lines]);
}

/** A commit that changed what readers see, with the file's text as it left it. */
export interface VisibleRevision {
  commit: Commit;
  text: string;
}

/**
 * The revisions readers saw, the latest first: every commit of `history` (latest first, as
 * git gives it) whose file differs, normalised, from the revision before it. A commit that
 * does not hold the file (it deleted it) makes no revision; the file's next return does.
 */
export function visibleRevisions(history: readonly Commit[], textAt: (hash: string) => string | undefined, collection: CollectionName = 'events'): VisibleRevision[] {
  const visible: VisibleRevision[] = [];
  let previous: string | undefined;
  for (const commit of [...history].reverse()) {
    const text = textAt(commit.hash);
    if (text === undefined) {
      previous = undefined;
      continue;
    }
    const key = normaliseEntry(text, collection);
    if (key !== previous) visible.push({ commit, text });
    previous = key;
  }
  return visible.reverse();
}

/** One line of a page's list of changes. */
export interface Change {
  commit: Commit;
  /** Whether this commit has its own revision page (it changed what readers see). */
  visible: boolean;
}

/**
 * Most changes an entry's page lists; the rest are on its history page. Each line costs about
 * 150 bytes gzipped (a message is unique text), and actor and event pages have an HTML budget
 * (weight.ts): five keep a long history from growing the page.
 */
export const CHANGES_ON_PAGE = 5;

/** Most characters of a commit message a page's list shows; the revision page gives it whole. */
export const SUBJECT_ON_PAGE = 160;

/** A commit message cut to `max` characters at a word, with an ellipsis, for the page's list. */
export function shortSubject(subject: string, max: number = SUBJECT_ON_PAGE): string {
  const chars = [...subject];
  if (chars.length <= max) return subject;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Every commit of the file, latest first, each marked with whether it changed what readers see. */
export function changes(history: readonly Commit[], visible: readonly VisibleRevision[]): Change[] {
  const shown = new Set(visible.map((v) => v.commit.hash));
  return history.map((commit) => ({ commit, visible: shown.has(commit.hash) }));
}

/** The short hash a revision's address and citations name (12 hex digits, as PageRevision.short). */
export const shortHash = (hash: string) => hash.slice(0, 12);
