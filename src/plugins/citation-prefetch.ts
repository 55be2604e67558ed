/**
 * Formats every page's citations before the pages are rendered, while the content check reads
 * the folder. The check runs on the main thread and leaves the second core idle; Astro later
 * renders every citation page (`<page>/cite/`) first, and those pages, which have little else
 * to do, waited on the citation threads (src/lib/render/citation/off-thread.ts). Sent to one
 * thread all at once, before the check starts, the records are formatted beside it, into the
 * build's cache of citations, where the pages find them.
 *
 * A record is made here from the folder as read, by the same functions the pages use
 * (pageRecord, revisionOfPage). A record that differs from the page's own (content the check
 * then refuses, say) is work wasted, never a wrong citation: the cache's key is the record.
 */
import type { RawContent, RawEntry } from '../lib/content/content-files.ts';
import type { SiteConfig } from '../lib/content/schema.ts';
import { workCache } from '../lib/cache/registry.ts';
import { revisionOfPage, type CitableKind, type RevisionSettings } from '../lib/model/page-revisions.ts';
import { buildDate } from '../lib/render/build-info.ts';
import { endIdleCitationThreads } from '../lib/render/citation/off-thread.ts';
import { citationsOf, pageRecord } from '../lib/render/citation/page.ts';
import { siteAddress } from '../lib/render/site-address.ts';
import { paths, withBase } from '../lib/render/urls.ts';

/** The site path of the page an entry is built into. */
function pagePath(kind: CitableKind, id: string): string {
  return kind === 'events' ? paths.event(id) : kind === 'actors' ? paths.actor(id) : paths.page(id);
}

/** The title a page is cited by: an actor's name, an event's or a prose page's title. */
function citedTitle(entry: RawEntry): string | undefined {
  const data = entry.data as Record<string, unknown> | undefined;
  const title = entry.collection === 'actors' ? data?.name : data?.title;
  return typeof title === 'string' ? title : undefined;
}

/**
 * Sends the record of every actor, event and prose page of `raw` to be formatted; returns how
 * many. Only in a build (with the cache of citations installed): elsewhere nothing would keep
 * the work for the pages.
 */
export function formatCitationsEarly(raw: RawContent, site: SiteConfig, address: { site?: string; base: string }): number {
  if (!workCache('citations')) return 0;
  const built = buildDate();
  const settings: RevisionSettings = { contentDir: raw.root, repository: site.repository, revisionPages: site.revisions, base: address.base, buildDate: built };
  const asked: Promise<unknown>[] = [];
  for (const entry of raw.entries) {
    const title = citedTitle(entry);
    if (title === undefined) continue;
    const kind = entry.collection;
    const { record } = pageRecord({
      site, contentDir: raw.root, kind, id: entry.id, title, buildDate: built,
      url: siteAddress(withBase(address.base, pagePath(kind, entry.id)), address.site).href,
      revision: revisionOfPage(settings, kind, entry.id),
    });
    // A record that cannot be formatted fails its page, which formats it again and says why.
    asked.push(citationsOf(record, true).catch(() => undefined));
  }
  // Once all are made, the thread's memory is free for the pages' rendering and the search
  // index beside it; a page that still needs a citation starts a thread again.
  void Promise.all(asked).then(() => endIdleCitationThreads()).catch(() => undefined);
  return asked.length;
}
