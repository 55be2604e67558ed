/** What each citation style is given of a page's record, so that none names the site twice. */
import { describe, expect, it } from 'vitest';
import { cslRecord } from '../../src/lib/render/citation/record.ts';
import { siteIsAuthor, styleItem } from '../../src/lib/render/citation/style-record.ts';

const site = { title: 'Fixture explainer', editors: [] as string[], language: 'en' };
const page = { key: 'events/x', title: 'A raid', url: 'https://explainer.example/events/x/', updated: new Date(0), accessed: new Date(0) };
const kept = (item: object) => ['author', 'container-title'].filter((k) => k in item);

describe('the record as each style is given it', () => {
  it('keeps author and website when the editors wrote the page', () => {
    const item = cslRecord({ ...site, editors: ['A. Editor'] }, page);
    expect(siteIsAuthor(item)).toBe(false);
    for (const style of ['apa', 'mla', 'chicago'] as const) expect(kept(styleItem(item, style)), style).toEqual(['author', 'container-title']);
  });

  it('names a site that is its own author once: APA and Chicago as the author, MLA as the website', () => {
    const item = cslRecord(site, page);
    expect(siteIsAuthor(item)).toBe(true);
    expect(kept(styleItem(item, 'apa'))).toEqual(['author']);
    expect(kept(styleItem(item, 'chicago'))).toEqual(['author']);
    expect(kept(styleItem(item, 'mla'))).toEqual(['container-title']);
  });

  it('gives a page titled as the site no website, and no author when the site is the author', () => {
    const home = cslRecord(site, { ...page, title: 'Fixture explainer' });
    for (const style of ['apa', 'mla', 'chicago'] as const) expect(kept(styleItem(home, style)), style).toEqual([]);
    const edited = cslRecord({ ...site, editors: ['A. Editor'] }, { ...page, title: 'Fixture explainer' });
    for (const style of ['apa', 'mla', 'chicago'] as const) expect(kept(styleItem(edited, style)), style).toEqual(['author']);
  });

  it('leaves the record itself whole: CSL-JSON keeps every field', () => {
    const item = cslRecord(site, page);
    styleItem(item, 'mla');
    expect(kept(item)).toEqual(['author', 'container-title']);
  });
});
