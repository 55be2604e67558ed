/**
 * Everything a page needs in order to be cited: its revision (from git, read once per build),
 * its CSL-JSON record and the citations generated from it.
 */
import type { SiteConfig } from '../../content/schema.ts';
import { pageRevision, revisions, type PageRevision } from '../../model/git-revisions.ts';
import type { Citations } from './formats.ts';
import { cachedTextAsync, workCache } from '../../cache/registry.ts';
import { formatOffThread } from './off-thread.ts';
import { cslRecord, type CslItem } from './record.ts';
import { contentFile, type CitableKind } from '../../model/page-revisions.ts';

export { contentFile, type CitableKind };

export interface PageCitation {
  revision: PageRevision;
  record: CslItem;
  citations: Citations;
  /** The date cited as the day the page was read (the build date until a browser fills it). */
  accessed: Date;
}

export interface CitePageOptions {
  site: SiteConfig;
  contentDir: string;
  kind: CitableKind;
  id: string;
  title: string;
  summary?: string;
  /** The address cited: absolute, or the site-relative path when the site has no `url`. */
  url: string;
  buildDate: Date;
  /** The page's revision as the page already has it (src/astro/revision.ts); read here when left out. */
  revision?: PageRevision;
}

type Waiting = Map<string, Promise<Citations>>;
const WAITING = Symbol.for('explainer.citations-waiting');

/**
 * Citations being formatted, by record, until they are in the build's cache of citations:
 * each record is asked for by its page (one style) and its citation page (every format), and
 * in a build first by the early formatting (src/plugins/citation-prefetch.ts), from another
 * copy of this module; whoever asks while a record is on its way waits for it rather than
 * formatting it again. On `globalThis`, so that every copy of this module shares it.
 */
const waiting = ((globalThis as Record<symbol, Waiting | undefined>)[WAITING] ??= new Map());

/**
 * Every citation of one record. `early` is the build's formatting ahead of the pages: it keeps
 * to one thread, beside the content check, which has the other core.
 */
export function citationsOf(record: CslItem, early = false): Promise<Citations> {
  const key = JSON.stringify(record);
  const found = waiting.get(key);
  if (found) return found;
  // The citations depend on the record alone: the build's cache of citations keeps them.
  const made = cachedTextAsync('citations', record, async () => JSON.stringify(await formatOffThread(record, early))).then((text) => JSON.parse(text) as Citations);
  // Outside a build (no cache to find them in) each asker formats its own, as `astro dev` renders one page at a time.
  if (!workCache('citations')) return made;
  waiting.set(key, made);
  // Once settled the citations are in the cache; a failure is the page's to report, and the next asker formats again.
  void made.then(() => waiting.delete(key), () => waiting.delete(key));
  return made;
}

/** The revision and CSL-JSON record of one page. */
export function pageRecord(options: CitePageOptions): { revision: PageRevision; record: CslItem } {
  const { site, contentDir, kind, id, buildDate } = options;
  const revision = options.revision ?? pageRevision(revisions(contentDir), contentFile(contentDir, kind, id), buildDate, site.repository);
  const record = cslRecord(site, {
    key: `${kind}/${id}`,
    title: options.title,
    url: citedUrl(revision, options.url),
    updated: revision.updated,
    accessed: buildDate,
  });
  return { revision, record };
}

/** Revision, record and citations of one page. */
export async function citePage(options: CitePageOptions): Promise<PageCitation> {
  const { revision, record } = pageRecord(options);
  return { revision, record, citations: await citationsOf(record), accessed: options.buildDate };
}

/**
 * The address a citation gives: the permanent page of the revision the reader saw, when it
 * has one (absolute, on the page's own origin), else the page's address.
 */
export function citedUrl(revision: Pick<PageRevision, 'permalink'>, pageUrl: string): string {
  if (!revision.permalink) return pageUrl;
  return URL.canParse(pageUrl) ? new URL(revision.permalink, pageUrl).href : revision.permalink;
}
