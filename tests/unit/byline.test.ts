import { describe, expect, it } from 'vitest';
import { bylineDates, reportUrl } from '../../src/lib/byline.ts';

const built = new Date('2026-12-02T10:00:00Z');

describe('the byline\'s dates', () => {
  it('says first published and last updated when the page changed on a later day', () => {
    expect(bylineDates({ updated: new Date('2023-05-06T07:00:00Z'), published: new Date('2022-01-01T00:00:00Z'), hash: 'abc' }))
      .toEqual({ kind: 'updated', published: new Date('2022-01-01T00:00:00Z'), updated: new Date('2023-05-06T07:00:00Z') });
  });

  it('says published alone when every change fell on the day it was published', () => {
    expect(bylineDates({ updated: new Date('2022-01-01T18:00:00Z'), published: new Date('2022-01-01T09:00:00Z'), hash: 'abc' }).kind).toBe('published');
  });

  it('calls a file never committed a draft, and a copy without history by its build date only', () => {
    expect(bylineDates({ updated: built, noteCode: 'uncommitted' })).toEqual({ kind: 'draft', built });
    expect(bylineDates({ updated: built, noteCode: 'shallow' })).toEqual({ kind: 'no-history', built });
    expect(bylineDates({ updated: built, noteCode: 'no-git' })).toEqual({ kind: 'no-history', built });
  });
});

describe('the link to report an error', () => {
  const issue = { title: 'Error on “A & B”', body: 'Page: https://example.org/events/a/' };

  it('opens a new issue with the page filled in, on GitHub and hosts of its shape', () => {
    const url = new URL(reportUrl('https://github.com/example/explainer.git', issue));
    expect(url.origin + url.pathname).toBe('https://github.com/example/explainer/issues/new');
    expect(url.searchParams.get('title')).toBe(issue.title);
    expect(url.searchParams.get('body')).toBe(issue.body);
    expect(reportUrl('https://codeberg.org/example/explainer/', issue)).toMatch(/^https:\/\/codeberg\.org\/example\/explainer\/issues\/new\?/);
  });

  it('uses GitLab\'s own address and fields', () => {
    const url = new URL(reportUrl('https://gitlab.com/example/explainer', issue));
    expect(url.pathname).toBe('/example/explainer/-/issues/new');
    expect(url.searchParams.get('issue[title]')).toBe(issue.title);
    expect(url.searchParams.get('issue[description]')).toBe(issue.body);
  });
});
