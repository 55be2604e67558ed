import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/lib/content/dates.ts';
import { eventYear, groupedPages, listPaths, LETTER_LIKE_ID, letterOf, letterPages, letterSegment, NO_LETTER, pageLinks, paged, placements, YEAR_LIKE_ID } from '../../src/lib/render/list-pages.ts';
import { relationLists } from '../../src/lib/render/site-lists.ts';
import { paths } from '../../src/lib/render/urls.ts';
import { listAddressTaken } from '../../src/lib/content/validate/list-addresses.ts';
import type { NetworkEdge } from '../../src/lib/figures/network/edges.ts';

describe('paged', () => {
  it('cuts a list into pages of at most the size, in order, numbered from 1', () => {
    const pages = paged([1, 2, 3, 4, 5], 2);
    expect(pages).toEqual([{ number: 1, items: [1, 2] }, { number: 2, items: [3, 4] }, { number: 3, items: [5] }]);
    expect(paged([1, 2], 2)).toHaveLength(1);
    expect(paged([], 2)).toEqual([]);
  });

  it('refuses a page size that holds nothing', () => {
    expect(() => paged([1], 0)).toThrow(/at least one entry/);
  });
});

describe('groupedPages and placements', () => {
  const items = ['b1', 'a1', 'b2', 'c1', 'b3'];
  const groups = groupedPages(items, (s) => s[0]!, 2, ['c', 'b', 'x']);

  it('keeps the order of the keys given, then of first appearance, and leaves out empty groups', () => {
    expect(groups.map((g) => [g.key, g.count, g.pages.length])).toEqual([['c', 1, 1], ['b', 3, 2], ['a', 1, 1]]);
    expect(groups[1]!.pages[1]!.items).toEqual(['b3']);
  });

  it('says on which page of which group each entry landed', () => {
    const at = placements(groups, (s) => s);
    expect(at.get('b3')).toEqual({ key: 'b', number: 2 });
    expect(at.get('a1')).toEqual({ key: 'a', number: 1 });
  });
});

describe('listPaths', () => {
  it('gives every page of every group its route parameter: the address less the list and the trailing slash', () => {
    const groups = groupedPages(['a1', 'a2', 'a3', 'b1'], (id) => (id.startsWith('a') ? '2020' : '2021'), 2);
    const got = listPaths(groups, 'year', paths.events(), paths.eventsOfYear);
    expect(got.map((p) => p.params.year)).toEqual(['2020', '2020/2', '2021']);
    expect(got.map((p) => p.props.page.items)).toEqual([['a1', 'a2'], ['a3'], ['b1']]);
    expect(got[1]!.props.group.key).toBe('2020');
  });
});

describe('eventYear', () => {
  it('lists an event under the year its date can begin in, with four digits', () => {
    expect(eventYear(parseDate('2022-07-16'))).toBe('2022');
    expect(eventYear(parseDate('2021-06/2022'))).toBe('2021');
    expect(eventYear(parseDate('[2021-06..2022-12]'))).toBe('2021');
    expect(eventYear(parseDate('0800'))).toBe('0800');
  });

  it('gives every year an address that no event id can take', () => {
    expect(YEAR_LIKE_ID.test(eventYear(parseDate('2022')))).toBe(true);
    expect(listAddressTaken('events', '2022')).toMatch(/\/events\/2022\/ is the list of the events of 2022.*e\.g\. '2022-07-16-raid'/);
    expect(listAddressTaken('events', '2022-raid')).toBeUndefined();
    expect(listAddressTaken('actors', '2022')).toBeUndefined();
  });
});

describe('letters', () => {
  it('takes the first letter without its marks, in capitals, in the site language', () => {
    expect(letterOf('Éclair', 'fr')).toBe('E');
    expect(letterOf('ёлка', 'ru')).toBe('Е');
    expect(letterOf('آزادی', 'fa')).toBe('ا');
    expect(letterOf('istanbul', 'tr')).toBe('İ');
    expect(letterOf('"Quoted" group', 'en')).toBe('Q');
    expect(letterOf('«Луна-15»', 'ru')).toBe('Л');
    expect(letterOf('...', 'en')).toBe(NO_LETTER);
    expect(letterOf('42nd Battalion', 'en')).toBe(NO_LETTER);
  });

  it('orders letters as the language does: Russian and Persian get their own alphabets, not A–Z', () => {
    const names = (list: string[], language: string) => letterPages(list, (s) => s, (s) => s, language, 10).map((g) => g.key);
    expect(names(['Ярослав', 'Борис', 'Алла', 'Zeta', '1st'], 'ru')).toEqual(['А', 'Б', 'Я', 'Z', NO_LETTER]);
    expect(names(['پیمان', 'بهار', 'آرش', 'چمران'], 'fa')).toEqual(['ا', 'ب', 'پ', 'چ']);
    expect(names(['beta', 'Alpha', 'alpha two'], 'en')).toEqual(['A', 'B']);
  });

  it('sorts names within a letter in the language’s order, then by id, in pages', () => {
    const groups = letterPages(['Ab', 'Ac', 'Aa', 'Ad', 'Ba'], (s) => s, (s) => s, 'en', 3);
    expect(groups[0]!.pages.map((p) => p.items)).toEqual([['Aa', 'Ab', 'Ac'], ['Ad']]);
  });

  it('writes a letter’s address in small letters, which no actor id of more than one character can take', () => {
    expect(letterSegment('Ж', 'ru')).toBe('ж');
    expect(letterSegment('I', 'tr')).toBe('ı');
    expect(LETTER_LIKE_ID.test(letterSegment('A', 'en'))).toBe(true);
    expect(listAddressTaken('actors', 'a')).toMatch(/\/actors\/a\/ is the list of the actors under A/);
    expect(listAddressTaken('actors', 'ab')).toBeUndefined();
  });
});

describe('pageLinks', () => {
  it('shows the first, the last and the pages around the current one, marking the gaps', () => {
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(6, 12)).toEqual([1, undefined, 4, 5, 6, 7, 8, undefined, 12]);
    expect(pageLinks(1, 12)).toEqual([1, 2, 3, undefined, 12]);
    expect(pageLinks(1, 1)).toEqual([1]);
  });
});

describe('list addresses', () => {
  it('gives the first page the list’s own address and the next ones a number', () => {
    expect(paths.eventsOfYear('2022')).toBe('/events/2022/');
    expect(paths.eventsOfYear('2022', 1)).toBe('/events/2022/');
    expect(paths.eventsOfYear('2022', 3)).toBe('/events/2022/3/');
    expect(paths.actorsOfLetter('ж', 2)).toBe('/actors/ж/2/');
    expect(paths.source('s1', 'news-report', 2)).toBe('/sources/news-report/2/#s1');
    expect(paths.dataYear('2022', 'csv')).toBe('/data/events/2022.csv');
  });

  it('places each relation on the page of its type that lists it', () => {
    const edge = (from: string, type: string): NetworkEdge => ({ id: `${from}--${type}--z`, from, to: 'z', type, sources: [] });
    const edges = ['a', 'b', 'c'].map((f) => edge(f, 'opposes')).concat(edge('d', 'parent'));
    const { types, relationPath } = relationLists(edges, ['member-of', 'opposes'], 2);
    expect(types.map((t) => [t.key, t.count])).toEqual([['opposes', 3], ['parent', 1]]);
    expect(relationPath('c--opposes--z')).toBe('/relations/opposes/2/#rel-c--opposes--z');
    expect(relationPath('d--parent--z')).toBe('/relations/parent/#rel-d--parent--z');
  });
});
