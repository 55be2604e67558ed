/**
 * The record as each citation style is given it, so that no style names the site twice.
 * When the site itself is the author (no editors), APA omits the site's name as the website
 * (its rule for a page whose author and site are the same) and so does Chicago; MLA begins
 * with the title instead (its rule for a work whose author is also its publisher), keeping
 * the site as the website. A page whose title is the site's own (the home page) is not part
 * of a website by another name: no style repeats the name as its container, and when the site
 * is also its author, APA and Chicago name it once, as the title in the author's place.
 */
import type { CslName } from './authors.ts';
import type { CslItem } from './record.ts';

export type StyleFamily = 'apa' | 'mla' | 'chicago';

/** A record without the parts a style would repeat. */
export type StyleItem = Omit<CslItem, 'author' | 'container-title'> & { author?: CslName[]; 'container-title'?: string };

/** Whether the record's one author is the site it is part of. */
export function siteIsAuthor(item: CslItem): boolean {
  const [only, ...more] = item.author;
  return more.length === 0 && only !== undefined && 'literal' in only && only.literal === item['container-title'];
}

/** The record as `style` is to render it. */
export function styleItem(item: CslItem, style: StyleFamily): StyleItem {
  const bySite = siteIsAuthor(item);
  const isSite = item.title.trim() === item['container-title'].trim();
  const { author, 'container-title': container, ...rest } = item;
  const keepAuthor = style === 'mla' ? !bySite : !(bySite && isSite);
  const keepContainer = style === 'mla' ? !isSite : !(bySite || isSite);
  return { ...rest, ...(keepAuthor ? { author } : {}), ...(keepContainer ? { 'container-title': container } : {}) };
}
