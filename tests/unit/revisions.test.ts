import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { citedUrl } from '../../src/lib/render/citation/page.ts';
import { commitUrl, fileAt, pageRevision, parseCatFile, parseGitLog, readFilesAt, readRevisions, revisionUrl } from '../../src/lib/model/git-revisions.ts';

const built = new Date('2026-11-26T12:00:00Z');
const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

function git(cwd: string, ...args: string[]) {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' },
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

/** A repository with two commits: the second changes one of two content files. */
function repository() {
  const root = mkdtempSync(join(tmpdir(), 'revisions-'));
  temp.push(root);
  mkdirSync(join(root, 'content/events'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  writeFileSync(join(root, 'content/events/a.mdx'), 'a');
  writeFileSync(join(root, 'content/events/b.mdx'), 'b');
  git(root, 'add', '-A');
  spawnSync('git', ['commit', '-qm', 'one'], { cwd: root, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e', GIT_COMMITTER_DATE: '2022-01-01T00:00:00Z', GIT_AUTHOR_DATE: '2022-01-01T00:00:00Z' } });
  const first = git(root, 'rev-parse', 'HEAD');
  writeFileSync(join(root, 'content/events/b.mdx'), 'b2');
  git(root, 'add', '-A');
  spawnSync('git', ['commit', '-qm', 'two'], { cwd: root, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e', GIT_COMMITTER_DATE: '2023-05-06T07:08:09Z', GIT_AUTHOR_DATE: '2023-05-06T07:08:09Z' } });
  const second = git(root, 'rev-parse', 'HEAD');
  return { root, first, second };
}

describe('revisions from git', () => {
  it('parses one git log into the latest commit of each file', () => {
    const log = '\u0001bbb 2023-05-06T07:08:09Z\n\ncontent/events/b.mdx\n\u0001aaa 2022-01-01T00:00:00Z\n\ncontent/events/a.mdx\ncontent/events/b.mdx\n';
    const files = parseGitLog(log);
    expect(files.get('content/events/b.mdx')).toMatchObject({ hash: 'bbb', date: new Date('2023-05-06T07:08:09Z'), first: new Date('2022-01-01T00:00:00Z') });
    expect(files.get('content/events/a.mdx')).toMatchObject({ hash: 'aaa', date: new Date('2022-01-01T00:00:00Z'), first: new Date('2022-01-01T00:00:00Z') });
  });

  it('keeps every commit of each file, latest first, with its subject whole', () => {
    const log = [
      '\u0001ccc 2024-03-01T00:00:00Z Fix  the <b>title</b>: two  spaces kept',
      '',
      'content/events/a.mdx',
      '\u0001bbb 2023-05-06T07:08:09Z',
      '',
      'content/events/b.mdx',
      '\u0001aaa 2022-01-01T00:00:00+02:00 First',
      '',
      'content/events/a.mdx',
      'content/events/b.mdx',
      '',
    ].join('\n');
    const files = parseGitLog(log);
    expect(files.get('content/events/a.mdx')!.history).toEqual([
      { hash: 'ccc', date: new Date('2024-03-01T00:00:00Z'), subject: 'Fix  the <b>title</b>: two  spaces kept' },
      { hash: 'aaa', date: new Date('2021-12-31T22:00:00Z'), subject: 'First' },
    ]);
    // A commit without a message has an empty subject.
    expect(files.get('content/events/b.mdx')!.history.map((c) => [c.hash, c.subject])).toEqual([['bbb', ''], ['aaa', 'First']]);
  });

  it('reads the output of git cat-file --batch by sizes, bytes not characters, and a missing file as none', () => {
    const text = 'añb\nline two\n';
    const bytes = Buffer.byteLength(text);
    const out = Buffer.concat([Buffer.from(`0123 blob ${bytes}\n`), Buffer.from(text), Buffer.from('\nx:content/gone.mdx missing\n'), Buffer.from('4567 blob 1\nz\n')]);
    const texts = parseCatFile(out, ['a:one', 'x:content/gone.mdx', 'b:two']);
    expect(texts.get('a:one')).toBe(text);
    expect(texts.has('x:content/gone.mdx')).toBe(true);
    expect(texts.get('x:content/gone.mdx')).toBeUndefined();
    expect(texts.get('b:two')).toBe('z');
  });

  it('reads each file as every commit of it left it, in one batch', () => {
    const { root, first, second } = repository();
    const index = readRevisions(join(root, 'content'));
    const b = index.files.get('content/events/b.mdx')!;
    expect(b.history.map((c) => [c.hash, c.subject])).toEqual([[second, 'two'], [first, 'one']]);
    const texts = readFilesAt(index, b.history.map((c) => fileAt(c.hash, 'content/events/b.mdx')));
    expect([...texts.values()]).toEqual(['b2', 'b']);
  });

  it('counts a merge as the one change it brought to the branch, dated when it was merged', () => {
    const { root, first } = repository();
    git(root, 'checkout', '-q', '-b', 'side', first);
    writeFileSync(join(root, 'content/events/a.mdx'), 'a from the side');
    git(root, 'commit', '-qam', 'side edit');
    git(root, 'checkout', '-q', 'main');
    git(root, 'merge', '-q', '--no-ff', '-m', 'Merge the side', 'side');
    const a = readRevisions(join(root, 'content')).files.get('content/events/a.mdx')!;
    expect(a.history.map((c) => c.subject)).toEqual(['Merge the side', 'one']);
  });

  it('gives each file the commit that last changed it', () => {
    const { root, first, second } = repository();
    const index = readRevisions(join(root, 'content'));
    const a = pageRevision(index, join(root, 'content/events/a.mdx'), built);
    const b = pageRevision(index, join(root, 'content/events/b.mdx'), built, 'https://github.com/example/explainer');
    expect(a).toMatchObject({ hash: first, short: first.slice(0, 12), updated: new Date('2022-01-01T00:00:00Z') });
    expect(a.url).toBeUndefined();
    expect(a.note).toBeUndefined();
    expect(b.hash).toBe(second);
    expect(b.updated).toEqual(new Date('2023-05-06T07:08:09Z'));
    // First published with the first commit, changed since.
    expect(b.published).toEqual(new Date('2022-01-01T00:00:00Z'));
    expect(a.published).toEqual(a.updated);
    expect(b.url).toBe(`https://github.com/example/explainer/blob/${second}/content/events/b.mdx`);
  });

  it('falls back to the build date, with a note, for a file never committed', () => {
    const { root } = repository();
    writeFileSync(join(root, 'content/events/c.mdx'), 'c');
    const c = pageRevision(readRevisions(join(root, 'content')), join(root, 'content/events/c.mdx'), built);
    expect(c.updated).toEqual(built);
    expect(c.hash).toBeUndefined();
    expect(c.note).toMatch(/no committed revision/);
  });

  it('falls back to the build date for a shallow clone', () => {
    const { root } = repository();
    const clone = mkdtempSync(join(tmpdir(), 'shallow-'));
    temp.push(clone);
    git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${root}`, clone);
    const index = readRevisions(join(clone, 'content'));
    expect(index.unavailable).toMatch(/shallow clone/);
    const a = pageRevision(index, join(clone, 'content/events/a.mdx'), built);
    expect(a.updated).toEqual(built);
    expect(a.note).toMatch(/shallow clone/);
  });

  it('falls back to the build date without a .git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nogit-'));
    temp.push(dir);
    const index = readRevisions(dir);
    expect(index.root).toBeUndefined();
    expect(pageRevision(index, join(dir, 'events/a.mdx'), built).note).toMatch(/without its git history/);
  });

  it('links the file at the revision on GitHub, GitLab and Codeberg', () => {
    expect(revisionUrl('https://github.com/o/r.git', 'abc', 'content/events/x y.mdx')).toBe('https://github.com/o/r/blob/abc/content/events/x%20y.mdx');
    expect(revisionUrl('https://gitlab.com/o/r/', 'abc', 'content/a.mdx')).toBe('https://gitlab.com/o/r/-/blob/abc/content/a.mdx');
    expect(revisionUrl('https://codeberg.org/o/r', 'abc', 'content/a.mdx')).toBe('https://codeberg.org/o/r/src/commit/abc/content/a.mdx');
  });

  it('links a commit\'s diff on GitHub, GitLab, Gitea, Forgejo and Codeberg', () => {
    expect(commitUrl('https://github.com/o/r.git', 'abc')).toBe('https://github.com/o/r/commit/abc');
    expect(commitUrl('https://gitlab.example.org/o/r/', 'abc')).toBe('https://gitlab.example.org/o/r/-/commit/abc');
    expect(commitUrl('https://gitea.example.org/o/r', 'abc')).toBe('https://gitea.example.org/o/r/commit/abc');
    expect(commitUrl('https://forgejo.example.org/o/r', 'abc')).toBe('https://forgejo.example.org/o/r/commit/abc');
    expect(commitUrl('https://codeberg.org/o/r', 'abc')).toBe('https://codeberg.org/o/r/commit/abc');
  });

  it('cites the revision\'s permanent address on the page\'s origin, or the page without one', () => {
    expect(citedUrl({ permalink: '/sub/events/x/revisions/0123456789ab/' }, 'https://example.org/sub/events/x/')).toBe('https://example.org/sub/events/x/revisions/0123456789ab/');
    expect(citedUrl({}, 'https://example.org/sub/events/x/')).toBe('https://example.org/sub/events/x/');
    // A page address that is not absolute: the revision's site address as it is.
    expect(citedUrl({ permalink: '/events/x/revisions/0123456789ab/' }, '/events/x/')).toBe('/events/x/revisions/0123456789ab/');
  });
});
