import { describe, expect, it } from 'vitest';
import { bylineDates, editUrl, reportUrl } from '../../src/lib/render/byline.ts';

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

describe('the link to edit the page', () => {
  const file = 'content/events/2022-07-20-a raid.mdx';

  it('opens the content file on the branch in GitHub\'s web editor, the address\'s parts encoded', () => {
    expect(editUrl('https://github.com/example/explainer.git', 'main', file)).toBe('https://github.com/example/explainer/edit/main/content/events/2022-07-20-a%20raid.mdx');
    expect(editUrl('https://github.com/example/explainer/', 'content/live', 'content/pages/about.mdx')).toBe('https://github.com/example/explainer/edit/content/live/content/pages/about.mdx');
  });

  it('uses GitLab\'s /-/edit/ and Gitea, Forgejo and Codeberg\'s /_edit/', () => {
    expect(editUrl('https://gitlab.com/example/explainer', 'main', 'content/a.mdx')).toBe('https://gitlab.com/example/explainer/-/edit/main/content/a.mdx');
    expect(editUrl('https://gitlab.example.org/news/explainer', 'draft', 'content/a.mdx')).toBe('https://gitlab.example.org/news/explainer/-/edit/draft/content/a.mdx');
    expect(editUrl('https://codeberg.org/example/explainer', 'main', 'content/a.mdx')).toBe('https://codeberg.org/example/explainer/_edit/main/content/a.mdx');
    expect(editUrl('https://gitea.example.org/example/explainer', 'main', 'content/a.mdx')).toBe('https://gitea.example.org/example/explainer/_edit/main/content/a.mdx');
    expect(editUrl('https://forgejo.example.org/example/explainer', 'main', 'content/a.mdx')).toBe('https://forgejo.example.org/example/explainer/_edit/main/content/a.mdx');
  });

  it('cannot be steered off the repository by a branch or path holding ?, # or ..', () => {
    const url = new URL(editUrl('https://github.com/example/explainer', 'main', 'content/a?b#c.mdx'));
    expect(url.pathname).toBe('/example/explainer/edit/main/content/a%3Fb%23c.mdx');
    expect(url.search + url.hash).toBe('');
  });
});

describe('the report link of each host', () => {
  it('carries the page\'s address in the issue it opens, on every host shape', () => {
    const page = 'https://explainer.example/events/2022-07-20-raid/';
    for (const repository of ['https://github.com/o/r', 'https://codeberg.org/o/r', 'https://gitlab.com/o/r']) {
      const url = new URL(reportUrl(repository, { title: 't', body: `Page: ${page}` }));
      expect([...url.searchParams.values()].join('\n'), repository).toContain(page);
    }
  });
});
