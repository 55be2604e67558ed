/**
 * Corrections: what a page lists in its frontmatter (`corrections`), in the order readers
 * read them (newest first), the date a corrected page counts as changed, and the site's list
 * of every correction (`/changes/`): the latest on its first page, the rest in one page per
 * year, whose addresses never change.
 */
import { createHash } from 'node:crypto';
import { anchorsOf } from './anchors.ts';
import type { Correction } from '../content/schema.ts';

/** How many corrections /changes/ and its feed show before the rest go to the years' pages. */
export const LATEST_CHANGES = 50;

/** Newest first; corrections of one day keep the order of the file. */
export function newestFirst<T extends Pick<Correction, 'date'>>(corrections: readonly T[]): T[] {
  return corrections.map((c, i) => [c, i] as const).sort(([a, i], [b, j]) => (a.date === b.date ? i - j : a.date < b.date ? 1 : -1)).map(([c]) => c);
}

/** The day (UTC midnight) of a correction's date. */
export const correctionDay = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * When a page last changed for a reader: its file's last revision, or its latest correction
 * when that is later (a copy built without its history knows only the correction's day).
 */
export function lastChanged(revision: Date, corrections: readonly Pick<Correction, 'date'>[]): Date {
  const latest = corrections.reduce<string | undefined>((max, c) => (max === undefined || c.date > max ? c.date : max), undefined);
  return latest !== undefined && correctionDay(latest).getTime() > revision.getTime() ? correctionDay(latest) : revision;
}

export type ChangedKind = 'actors' | 'events' | 'pages';

/** One correction of the site, with the page it belongs to. */
export interface SiteChange extends Correction {
  kind: ChangedKind;
  id: string;
  /** The page's title (an actor's name). */
  title: string;
  /** Where the page lives (a site path, without the base). */
  path: string;
}

/** A page that may carry corrections, with its title and path. */
export interface CorrectedPage {
  kind: ChangedKind;
  id: string;
  title: string;
  path: string;
  corrections: readonly Correction[];
}

/** Every correction of the site, newest first; one day's by page title, then in file order. */
export function siteChanges(pages: Iterable<CorrectedPage>): SiteChange[] {
  const all = [...pages].flatMap((p) => p.corrections.map((c, i) => ({ change: { ...c, kind: p.kind, id: p.id, title: p.title, path: p.path }, i })));
  const order = (a: (typeof all)[number], b: (typeof all)[number]) =>
    a.change.date !== b.change.date ? (a.change.date < b.change.date ? 1 : -1)
    : a.change.title !== b.change.title ? a.change.title.localeCompare(b.change.title, 'en')
    : a.change.path !== b.change.path ? (a.change.path < b.change.path ? -1 : 1)
    : a.i - b.i;
  return all.sort(order).map((x) => x.change);
}

/** The years that have corrections, newest first, each with its corrections (newest first). */
export function changesByYear(changes: readonly SiteChange[]): { year: string; changes: SiteChange[] }[] {
  const years = Map.groupBy(changes, (c) => c.date.slice(0, 4));
  return [...years].sort(([a], [b]) => (a < b ? 1 : -1)).map(([year, list]) => ({ year, changes: list }));
}

/**
 * The anchor of each change in its year's list, and the last part of its feed entry's id:
 * made from the page and the correction, so it is the same in every build.
 */
export function changeAnchors(changes: readonly SiteChange[]): string[] {
  return anchorsOf(changes, (c) => `change-${createHash('sha256').update(JSON.stringify([c.kind, c.id, c.date, c.note])).digest('hex').slice(0, 8)}`);
}
