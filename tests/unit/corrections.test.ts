import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { changesFeed } from '../../src/lib/render/changes-feed.ts';
import { changeAnchors, changesByYear, lastChanged, newestFirst, siteChanges, type CorrectedPage } from '../../src/lib/model/corrections.ts';
import { absoluteUrls } from '../../src/lib/render/open-data.ts';
import { RESERVED_PAGE_IDS } from '../../src/lib/content/reserved-paths.ts';
import { siteSchema } from '../../src/lib/content/schema.ts';
import { DEFAULT_MODEL } from '../../src/lib/content/site-config.ts';

const HOSTILE = '</summary><script>alert(1)</script> ]]> & "quoted"';
const pages: CorrectedPage[] = [
  { kind: 'events', id: '2022-07-20-raid', title: 'Raid <b>', path: '/events/2022-07-20-raid/', corrections: [{ date: '2022-08-01', note: 'First.' }, { date: '2023-01-05', note: HOSTILE }] },
  { kind: 'actors', id: 'group', title: 'Group', path: '/actors/group/', corrections: [{ date: '2023-01-05', note: 'Renamed.' }] },
  { kind: 'pages', id: 'about', title: 'About', path: '/about/', corrections: [] },
];

describe('a page\'s corrections', () => {
  it('read newest first; two of one day keep the order of the file', () => {
    expect(newestFirst([{ date: '2022-01-01', note: 'a' }, { date: '2023-01-01', note: 'b' }, { date: '2022-01-01', note: 'c' }]).map((c) => c.note)).toEqual(['b', 'a', 'c']);
  });

  it('make the page changed on the latest correction\'s day when that is later than its revision', () => {
    const revision = new Date('2022-09-01T12:00:00Z');
    expect(lastChanged(revision, [{ date: '2022-08-01' }])).toEqual(revision);
    expect(lastChanged(revision, [{ date: '2022-08-01' }, { date: '2023-01-05' }])).toEqual(new Date('2023-01-05T00:00:00Z'));
    expect(lastChanged(revision, [])).toEqual(revision);
  });
});

describe('the site\'s list of corrections', () => {
  const changes = siteChanges(pages);

  it('holds every correction of every page, newest first, one day\'s by page title', () => {
    expect(changes.map((c) => [c.date, c.title, c.note.slice(0, 6)])).toEqual([['2023-01-05', 'Group', 'Rename'], ['2023-01-05', 'Raid <b>', '</summ'], ['2022-08-01', 'Raid <b>', 'First.']]);
  });

  it('is kept in pages per year, newest year first, and each change has a stable anchor', () => {
    expect(changesByYear(changes).map((y) => [y.year, y.changes.length])).toEqual([['2023', 2], ['2022', 1]]);
    const anchors = changeAnchors(changes);
    expect(new Set(anchors).size).toBe(3);
    // Another page's correction added does not move the anchors of the others.
    const more = siteChanges([...pages, { kind: 'pages', id: 'methodology', title: 'A', path: '/methodology/', corrections: [{ date: '2023-01-05', note: 'x' }] }]);
    const again = changeAnchors(more);
    expect(again.filter((a) => anchors.includes(a))).toHaveLength(3);
  });

  it('is a route of the generator\'s own, which no content page can take', () => {
    expect(RESERVED_PAGE_IDS).toContain('changes');
  });
});

describe('the feed of corrections', () => {
  const site = siteSchema.parse({ title: 'Site & <co>', description: 'd', language: 'en' });
  const xml = changesFeed(siteChanges(pages), site, absoluteUrls('https://explainer.example', '/sub/'), ['Editors'], DEFAULT_MODEL.i18n);
  const doc = new XMLParser({ ignoreAttributes: false, cdataPropName: '__cdata' }).parse(xml);
  const entries = doc.feed.entry as Record<string, any>[];

  it('is valid Atom: one entry per correction, newest first, updated on the latest correction\'s day', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed.updated).toBe('2023-01-05T00:00:00.000Z');
    expect(doc.feed.link.map((l: Record<string, string>) => [l['@_rel'], l['@_href']])).toEqual([['alternate', 'https://explainer.example/sub/changes/'], ['self', 'https://explainer.example/sub/changes/feed.xml']]);
    expect(entries.map((e) => e.updated)).toEqual(['2023-01-05T00:00:00.000Z', '2023-01-05T00:00:00.000Z', '2022-08-01T00:00:00.000Z']);
    expect(entries.map((e) => e.link['@_href'])).toEqual(['https://explainer.example/sub/actors/group/', 'https://explainer.example/sub/events/2022-07-20-raid/', 'https://explainer.example/sub/events/2022-07-20-raid/']);
  });

  it('gives each entry a unique id, its row on the page of its year', () => {
    const ids = entries.map((e) => e.id as string);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toMatch(/^https:\/\/explainer\.example\/sub\/changes\/2023\/#change-[0-9a-f]{8}$/);
    expect(ids[2]).toMatch(/\/changes\/2022\/#change-/);
  });

  it('escapes titles and notes: markup in them is text to a feed reader', () => {
    expect(doc.feed.title).toBe('Site & <co>: corrections');
    expect(entries[0]!.title.__cdata).toBe('Correction to “Group”');
    expect(entries[1]!.title.__cdata).toBe('Correction to “Raid &lt;b&gt;”');
    expect(entries[1]!.summary.__cdata).toBe(`Corrected on January 5, 2023: ${HOSTILE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}`);
    expect(xml).not.toContain('<script>');
  });
});
