/**
 * Everything a page needs in order to be cited: its revision (from git, read once per build),
 * its CSL-JSON record and the citations generated from it.
 */
import { join } from 'node:path';
import type { SiteConfig } from '../../content/schema.ts';
import { pageRevision, revisions, type PageRevision } from '../../model/git-revisions.ts';
import type { Citations } from './formats.ts';
import { cachedTextAsync } from '../../cache/registry.ts';
import { formatOffThread } from './off-thread.ts';
import { cslRecord, type CslItem } from './record.ts';

export type CitableKind = 'actors' | 'events' | 'pages';

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

/** The content file a page is built from. */
export function contentFile(contentDir: string, kind: CitableKind, id: string): string {
  return join(contentDir, kind, `${id}.mdx`);
}

/**
 * Citations formatted and not yet asked for a second time, by record. Each record is cited
 * twice in a build, by its page (one style) and by its citation page (every format): the
 * second asks for what the first had formatted, and takes it out, so citeproc runs once per
 * page and nothing is kept once both have it.
 */
const formatted = new Map<string, Promise<Citations>>();

function citationsOf(record: CslItem): Promise<Citations> {
  const key = JSON.stringify(record);
  const waiting = formatted.get(key);
  if (waiting) {
    formatted.delete(key);
    return waiting;
  }
  // The citations depend on the record alone: the build's cache of citations keeps them.
  const made = cachedTextAsync('citations', record, async () => JSON.stringify(await formatOffThread(record))).then((text) => JSON.parse(text) as Citations);
  formatted.set(key, made);
  // A failure is the page's to report, once; the next asker formats again.
  made.catch(() => formatted.delete(key));
  return made;
}

/** Revision, record and citations of one page. */
export async function citePage(options: CitePageOptions): Promise<PageCitation> {
  const { site, contentDir, kind, id, buildDate } = options;
  const revision = options.revision ?? pageRevision(revisions(contentDir), contentFile(contentDir, kind, id), buildDate, site.repository);
  const record = cslRecord(site, {
    key: `${kind}/${id}`,
    title: options.title,
    url: citedUrl(revision, options.url),
    updated: revision.updated,
    accessed: buildDate,
  });
  return { revision, record, citations: await citationsOf(record), accessed: buildDate };
}

/**
 * The address a citation gives: the permanent page of the revision the reader saw, when it
 * has one (absolute, on the page's own origin), else the page's address.
 */
export function citedUrl(revision: Pick<PageRevision, 'permalink'>, pageUrl: string): string {
  if (!revision.permalink) return pageUrl;
  return URL.canParse(pageUrl) ? new URL(revision.permalink, pageUrl).href : revision.permalink;
}
