/**
 * Everything a page needs in order to be cited: its revision (from git, read once per build),
 * its CSL-JSON record and the citations generated from it.
 */
import { join } from 'node:path';
import type { SiteConfig } from '../schema.ts';
import { pageRevision, revisions, type PageRevision } from '../revisions.ts';
import type { Citations } from './formats.ts';
import { formatOffThread } from './off-thread.ts';
import { pageRecord, type CslItem } from './record.ts';

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
}

/** The content file a page is built from. */
export function contentFile(contentDir: string, kind: CitableKind, id: string): string {
  return join(contentDir, kind, `${id}.mdx`);
}

/** Revision, record and citations of one page. */
export async function citePage(options: CitePageOptions): Promise<PageCitation> {
  const { site, contentDir, kind, id, buildDate } = options;
  const revision = pageRevision(revisions(contentDir), contentFile(contentDir, kind, id), buildDate, site.repository);
  const record = pageRecord(site, {
    key: `${kind}/${id}`,
    title: options.title,
    url: options.url,
    updated: revision.updated,
    accessed: buildDate,
  });
  return { revision, record, citations: await formatOffThread(record), accessed: buildDate };
}
