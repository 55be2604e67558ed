/**
 * One past revision of an actor or event, read for its permanent page. The file was valid
 * when it was committed, but the site has moved on since: a field may have been renamed, an
 * actor or a source it names may be gone. What still fits today's schema and graph is drawn
 * as the current page draws it; what does not is shown as it was written, escaped, rather
 * than guessed at or left out, and never fails the build.
 */
import type { z } from 'astro/zod';
import { renderBody, type BodyOptions } from '../render/body-html.ts';
import { readMdxText, type CollectionName } from '../content/content-files.ts';
import { findUnbounded } from '../content/mdx-parse.ts';
import type { ActorData, EventData } from '../content/schema.ts';

export type OldEntry =
  /** The frontmatter fits today's schema and names only actors and sources that still exist. */
  | { kind: 'parsed'; collection: 'events'; data: EventData; body: string }
  | { kind: 'parsed'; collection: 'actors'; data: ActorData; body: string }
  /** It does not: its frontmatter, as written, and whatever title it gives. */
  | { kind: 'unparsed'; collection: 'actors' | 'events'; frontmatter: string; title?: string; body: string };

/** What today's site knows, to tell whether an old revision's references still resolve. */
export interface KnownIds {
  actor: (id: string) => boolean;
  source: (id: string) => boolean;
}

/** Every actor and source id an entry names, each with what it must be. */
export function referencesOf(collection: 'actors' | 'events', data: EventData | ActorData): { actors: string[]; sources: string[]; accounts: string[] } {
  if (collection === 'events') {
    const e = data as EventData;
    return {
      actors: [...e.actors.map((a) => a.actor), ...e.claims.map((c) => c.by)],
      sources: [...e.sources, ...e.claims.map((c) => c.source)],
      accounts: [...e.actors.flatMap((a) => (a.according === undefined ? [] : [a.according])), ...e.figures.map((f) => f.according)],
    };
  }
  const a = data as ActorData;
  return {
    actors: [...(a.parent ? [a.parent] : []), ...a.relations.map((r) => r.actor)],
    sources: [...a.sources, ...a.relations.flatMap((r) => r.sources)],
    accounts: [],
  };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads an old revision's text against today's schema and ids. */
export function readOldEntry(text: string, collection: 'actors' | 'events', schema: z.ZodType, known: KnownIds): OldEntry {
  const source = text.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(source);
  const entry = readMdxText(source, `${collection}/revision.mdx`, collection as CollectionName, 'revision', []);
  const body = entry?.body ?? (match ? source.slice(match[0].length) : source);
  const unparsed = (data?: unknown): OldEntry => {
    const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
    const title = collection === 'events' ? fields.title : fields.name;
    return { kind: 'unparsed', collection, frontmatter: match ? match[1]! : '', body, ...(typeof title === 'string' && title.trim() !== '' ? { title } : {}) };
  };
  if (!entry) return unparsed();
  const parsed = schema.safeParse(entry.data);
  if (!parsed.success) return unparsed(entry.data);
  const data = parsed.data as EventData | ActorData;
  const refs = referencesOf(collection, data);
  const resolves = refs.actors.every(known.actor) && refs.sources.every(known.source) && refs.accounts.every((id) => known.actor(id) || known.source(id));
  if (!resolves) return unparsed(entry.data);
  return collection === 'events'
    ? { kind: 'parsed', collection, data: data as EventData, body }
    : { kind: 'parsed', collection, data: data as ActorData, body };
}

/**
 * An old body as HTML through the same guard as every body, or undefined when it cannot be
 * drawn: past today's bounds (an old body was never held to them, so it is not parsed at
 * all), refused by the guard, or citing a source the page cannot number. The page then shows
 * it as escaped text.
 */
export function oldBodyHtml(body: string, options: BodyOptions): string | undefined {
  if (findUnbounded(body).length > 0) return undefined;
  try {
    // The guard acts on files named .mdx: whatever the caller calls the revision, it is one.
    return renderBody(body, { ...options, path: options.path.endsWith('.mdx') ? options.path : `${options.path}.mdx` });
  } catch {
    return undefined;
  }
}
