import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { scaffoldActor, scaffoldEvent, ScaffoldError, slugify } from '../../src/lib/scaffold.ts';
import { ROOT } from '../helpers/astro.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

// These tests run the real CLIs as child processes; a loaded machine needs more than 5 s.
vi.setConfig({ testTimeout: 60_000 });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scaffold-'));
  cpSync(join(MINIMAL, 'content'), join(dir, 'content'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run new -- …args` the way npm does, on the temp content folder. */
function runNew(...args: string[]) {
  const result = spawnSync(process.execPath, [resolve(ROOT, 'scripts/new.ts'), ...args], {
    cwd: dir,
    env: { ...process.env, CONTENT_DIR: join(dir, 'content') },
    encoding: 'utf8',
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const problems = () => checkContent(readContent(join(dir, 'content'), dir), { now: new Date('2025-01-01T00:00:00Z') }).problems;

describe('npm run new', () => {
  it('writes an event and an actor that pass check, with TODOs flagged as warnings only', () => {
    expect(runNew('event', 'Fixture raid in Kabul', '--date', '2020-05-03', '--kind', 'raid', '--source', 'fixture-report')).toMatchObject({ code: 0 });
    expect(runNew('actor', 'Fixture Spokesman', '--kind', 'person', '--source', 'fixture-statement')).toMatchObject({ code: 0 });
    const event = join(dir, 'content/events/2020-05-03-fixture-raid-in-kabul.mdx');
    const actor = join(dir, 'content/actors/fixture-spokesman.mdx');
    expect(existsSync(event) && existsSync(actor)).toBe(true);
    const found = problems();
    expect(found.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const check = spawnSync(process.execPath, [resolve(ROOT, 'scripts/check.ts'), '--no-types'], { cwd: dir, env: { ...process.env, CONTENT_DIR: join(dir, 'content') }, encoding: 'utf8' });
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/0 errors and 3 warnings in 2 files/);
    expect(found.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
      'content/actors/fixture-spokesman.mdx:2 (file)',
      'content/actors/fixture-spokesman.mdx:6 summary',
      'content/events/2020-05-03-fixture-raid-in-kabul.mdx:3 summary',
    ]);
  });

  it('puts a one-line comment on every field it writes', () => {
    for (const { text } of [scaffoldEvent({ title: 'A raid', date: '2022-07-20' }), scaffoldActor({ name: 'A Person', kind: 'person' })]) {
      const frontmatter = text.split('---\n')[1]!.split('\n').filter((l) => l && !l.startsWith('#'));
      expect(frontmatter.length).toBeGreaterThan(4);
      for (const line of frontmatter) expect(line, line).toMatch(/^[a-zA-Z]+: .+ {2}# \S.+$/);
    }
  });

  it('never overwrites a file: a second run fails and keeps the editor\'s work', () => {
    expect(runNew('actor', 'Fixture Spokesman', '--kind', 'person').code).toBe(0);
    const file = join(dir, 'content/actors/fixture-spokesman.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEdited by hand.\n`);
    const before = readFileSync(file, 'utf8');
    const second = runNew('actor', 'Fixture Spokesman', '--kind', 'person');
    expect(second.code).toBe(1);
    expect(second.out).toMatch(/content\/actors\/fixture-spokesman\.mdx already exists; nothing was written/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses to overwrite an existing page of the fixture', () => {
    const file = join(dir, 'content/events/2020-05-01-fixture-raid.mdx');
    const before = readFileSync(file, 'utf8');
    expect(runNew('event', 'Fixture raid', '--date', '2020-05-01').code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('names an event by its date at the date\'s own precision', () => {
    expect(scaffoldEvent({ title: 'GDI raid in Kabul', date: '2022-07-20' }).path).toBe('events/2022-07-20-gdi-raid-in-kabul.mdx');
    expect(scaffoldEvent({ title: 'Taliban seize power', date: '2021-22' }).id).toBe('2021-22-taliban-seize-power');
    expect(scaffoldEvent({ title: 'Memorial attack', date: '2022-05~' }).id).toBe('2022-05-memorial-attack');
    expect(scaffoldEvent({ title: 'Rockets', date: '2021-06/2021-08', slug: 'rocket-attacks' }).id).toBe('2021-06-rocket-attacks');
    expect(scaffoldActor({ name: 'Abu Muhammad Yusuf al-Tajiki', kind: 'person' }).path).toBe('actors/abu-muhammad-yusuf-al-tajiki.mdx');
    expect(slugify('Ṭālibān’s “Emirate”')).toBe('talibans-emirate');
  });

  it('leaves an event without --source for check to flag, and says so', () => {
    const run = runNew('event', 'Fixture report', '--date', '2020-05-04');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/cites no source yet/);
    expect(problems().filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      'content/events/2020-05-04-fixture-report.mdx:12 an event needs at least one source: add the id of the source that reports it (see content/sources.yaml)',
    ]);
  });

  it('refuses input that cannot make a valid file, with the reason', () => {
    expect(() => scaffoldEvent({ title: 'x', date: '2022-13-45' })).toThrow(/--date: '2022-13-45' is not a valid EDTF date/);
    expect(() => scaffoldEvent({ title: 'x', date: '2099-01-01', now: new Date('2025-01-01') })).toThrow(/in the future/);
    expect(() => scaffoldEvent({ title: 'x', date: '2022', kind: 'riot' as never })).toThrow(/--kind: 'riot' is not one of/);
    expect(() => scaffoldActor({ name: 'Талибан', kind: 'armed-group' })).toThrow(ScaffoldError);
    expect(() => scaffoldActor({ name: 'X', kind: 'person', sources: ['Not An Id'] })).toThrow(/not a source id/);
    const run = runNew('actor', 'Someone');
    expect(run).toMatchObject({ code: 1 });
    expect(run.out).toMatch(/an actor needs --kind, one of: armed-group/);
  });
});
