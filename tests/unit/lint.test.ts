import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { lintContent } from '../../src/lib/lint.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lint-'));
  cpSync(join(MINIMAL, 'content'), join(dir, 'content'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edit = (file: string, from: RegExp, to: string) => {
  const path = join(dir, 'content', file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
};
const lint = () => {
  const raw = readContent(join(dir, 'content'), dir);
  return lintContent(raw, validateContent(raw, { now: new Date('2025-01-01') }).content).map(formatProblem);
};

describe('content lint', () => {
  it('treats aliases that differ only in case, spaces and dashes as the same alias', () => {
    edit('actors/fixture-group.mdx', /aliases: \[F-Group\]/, 'aliases: ["Fixture – Group X"]');
    edit('actors/fixture-outlet.mdx', /kind: media-outlet/, 'aliases: [fixture-group x]\nkind: media-outlet');
    expect(lint()).toEqual([
      "content/actors/fixture-group.mdx:4:11 error the alias 'Fixture – Group X' also belongs to 'fixture-outlet'; an alias must name one actor: keep it on the actor the sources mean, and remove it here [aliases[0]]",
      "content/actors/fixture-outlet.mdx:3:11 error the alias 'fixture-group x' also belongs to 'fixture-group'; an alias must name one actor: keep it on the actor the sources mean, and remove it here [aliases[0]]",
    ]);
  });

  it('does not count an alias twice within one actor', () => {
    edit('actors/fixture-group.mdx', /aliases: \[F-Group\]/, 'aliases: [F-Group, f group]');
    expect(lint()).toEqual([]);
  });

  it('counts exactly 40 and 300 characters as a good summary, and 39 and 301 as not', () => {
    const set = (n: number) => edit('actors/fixture-group.mdx', /^summary: .*$/m, `summary: "${'x'.repeat(n)}"`);
    set(40);
    expect(lint()).toEqual([]);
    set(300);
    expect(lint()).toEqual([]);
    set(39);
    expect(lint()).toEqual([expect.stringContaining('warning the summary is 39 characters')]);
    set(301);
    expect(lint()).toEqual([expect.stringContaining('warning the summary is 301 characters')]);
  });

  it('holds back "nothing cites" and "linked to nothing" while a file fails its schema', () => {
    // The raid is the only event citing fixture-statement; broken, it cannot be read.
    edit('events/2020-05-01-fixture-raid.mdx', /^kind: raid$/m, 'kind: riot');
    expect(lint()).toEqual([]);
    edit('events/2020-05-01-fixture-raid.mdx', /^kind: riot$/m, 'kind: raid');
    edit('events/2020-05-01-fixture-raid.mdx', /sources: \[fixture-report, fixture-statement\]/, 'sources: [fixture-report]');
    edit('events/2020-05-01-fixture-raid.mdx', /source: fixture-statement/, 'source: fixture-report');
    expect(lint()).toEqual([
      "content/sources.yaml:5:3 warning nothing cites the source 'fixture-statement'; add its id to the 'sources' of the actor or event it supports (or <Cite id=\"fixture-statement\" /> in the prose), or remove it [id]",
    ]);
  });
});
