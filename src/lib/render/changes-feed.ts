/**
 * The Atom feed of corrections (`/changes/feed.xml`): one entry per correction, newest first,
 * the latest LATEST_CHANGES of them. An entry's id is its row on the page of its year, which
 * never moves; it links to the corrected page. The `feed` library writes the XML; titles and
 * summaries are escaped as open-data.ts escapes the events feed's.
 */
import { Feed } from 'feed';
import { changeAnchors, correctionDay, LATEST_CHANGES, type SiteChange } from '../model/corrections.ts';
import { atomFeed, feedText, htmlText, type Absolute, type FeedWords } from './open-data.ts';
import type { SiteConfig } from '../content/schema.ts';
import { paths } from './urls.ts';

export function changesFeed(changes: readonly SiteChange[], site: SiteConfig, siteAbs: Absolute, authors: string[], words: FeedWords): string {
  return atomFeed(siteAbs, (abs) => {
    const anchors = new Map<SiteChange, string>();
    // Anchors are made per year, as the year's page makes them.
    for (const year of new Set(changes.map((c) => c.date.slice(0, 4)))) {
      const ofYear = changes.filter((c) => c.date.startsWith(year));
      changeAnchors(ofYear).forEach((a, i) => anchors.set(ofYear[i]!, a));
    }
    const latest = changes.slice(0, LATEST_CHANGES);
    const feed = new Feed({
      id: abs(paths.changes()),
      title: feedText(words.t('changes.feedTitle', { site: site.title })),
      description: feedText(words.t('changes.description', { site: site.title })),
      link: abs(paths.changes()),
      language: site.language,
      updated: latest[0] ? correctionDay(latest[0].date) : new Date(0),
      copyright: feedText(words.t('openData.feedRights', { license: site.license.content })),
      generator: false,
      feedLinks: { atom: abs(paths.changesFeed()) },
      author: { name: feedText(authors.join(', ')) },
  });
  for (const change of latest) {
    const day = correctionDay(change.date);
    feed.addItem({
      id: `${abs(paths.changesYear(change.date.slice(0, 4)))}#${anchors.get(change)!}`,
      title: htmlText(words.t('changes.feedEntryTitle', { title: change.title })),
      link: abs(change.path),
      description: htmlText(words.t('corrections.entry', { date: words.day(day), note: change.note })),
      date: day,
      published: day,
    });
  }
  return feed.atom1();
  });
}
