import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/lib/content/content-problems.ts';
import { readContent } from '../../src/lib/content/content-files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { z } from 'astro/zod';
import { NEUTRAL_SITE, scaffoldActor, scaffoldEvent, ScaffoldError, slugify, type EditedSite } from '../../scripts/lib/scaffold.ts';
import { starterSite } from '../../scripts/lib/scaffold-site.ts';
import { siteSchema } from '../../src/lib/content/schema.ts';
import { DEFAULT_MODEL } from '../../src/lib/content/site-config.ts';
import { ROOT } from '../helpers/astro.ts';
import { otherSitesWords, wordsFoundIn } from '../helpers/iskp-words.ts';
import { materialize, MINIMAL } from '../helpers/fixtures.ts';

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

/** `npm run check -- --no-types` on a content folder. */
function runCheck(content: string) {
  const result = spawnSync(process.execPath, [resolve(ROOT, 'scripts/check.ts'), '--no-types'], { cwd: dir, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
  return { code: result.status, out: result.stdout };
}

const problems = (content = join(dir, 'content')) => checkContent(readContent(content, dir), { now: new Date('2025-01-01T00:00:00Z') }).problems;
/** The 1-based line of a file that starts with `prefix`: where check points for that field. */
const lineOf = (file: string, prefix: string) => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith(prefix)) + 1;

describe('npm run new', () => {
  it('writes an event and an actor that pass check, with TODOs flagged as warnings only', () => {
    expect(runNew('event', 'Fixture raid in a town', '--date', '2020-05-03', '--kind', 'raid', '--source', 'fixture-report')).toMatchObject({ code: 0 });
    expect(runNew('actor', 'Fixture Spokesman', '--kind', 'person', '--source', 'fixture-statement')).toMatchObject({ code: 0 });
    const event = join(dir, 'content/events/2020-05-03-fixture-raid-in-a-town.mdx');
    const actor = join(dir, 'content/actors/fixture-spokesman.mdx');
    expect(existsSync(event) && existsSync(actor)).toBe(true);
    const found = problems();
    expect(found.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const check = runCheck(join(dir, 'content'));
    expect(check.code, check.out).toBe(0);
    expect(check.out).toMatch(/0 errors and 3 warnings in 2 files/);
    expect(found.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
      'content/actors/fixture-spokesman.mdx:2 (file)',
      `content/actors/fixture-spokesman.mdx:${lineOf(actor, 'summary:')} summary`,
      `content/events/2020-05-03-fixture-raid-in-a-town.mdx:${lineOf(event, 'summary:')} summary`,
    ]);
  });

  it('puts a one-line comment on every field it writes', () => {
    for (const { text } of [scaffoldEvent({ title: 'A raid', date: '2022-07-20' }), scaffoldActor({ name: 'A Person', kind: 'person' })]) {
      const frontmatter = text.split('---\n')[1]!.split('\n').filter((l) => l && !l.startsWith('#'));
      expect(frontmatter.length).toBeGreaterThan(4);
      for (const line of frontmatter) expect(line, line).toMatch(/^[a-zA-Z]+: .+ {2}# \S.+$/);
    }
  });

  it('starts a "within" date\'s id at its range\'s start, explains both two-ended dates and offers dateInferred next to the date', () => {
    const { id, text } = scaffoldEvent({ title: 'A shelling', date: '[2021-06..2022-12]' });
    expect(id).toBe('2021-06-a-shelling');
    const lines = text.split('\n');
    const date = lines.findIndex((l) => l.startsWith('date: "[2021-06..2022-12]"'));
    expect(lines[date]).toMatch(/`a\/b` for what lasted from a to b, `\[a\.\.b\]`.*for what happened once at some time within a to b/);
    expect(lines[date + 1]).toMatch(/^# dateInferred: year {2}# Which part of the date is inferred/);
  });

  it('shows every field of the schema, the optional ones commented out', () => {
    const { eventSchema, actorSchema } = DEFAULT_MODEL.schemas;
    for (const [{ text }, schema] of [[scaffoldEvent({ title: 'A raid', date: '2022-07-20' }), eventSchema], [scaffoldActor({ name: 'A Person', kind: 'person' }), actorSchema]] as const) {
      const keys = text.split('---\n')[1]!.split('\n').map((l) => /^(?:# )?([a-zA-Z]+):/.exec(l)?.[1]).filter(Boolean);
      expect(new Set(keys)).toEqual(new Set(Object.keys(schema.shape)));
    }
  });

  it('follows the schema\'s names: figures and claims with a kind', () => {
    const site: EditedSite = { ...NEUTRAL_SITE, schemas: DEFAULT_MODEL.schemas };
    const { text } = scaffoldEvent({ title: 'An event', date: '2022-07-20' }, site);
    expect(text).toMatch(/^# figures: \[\{ type: killed, count: 1, according: some-source-id \}\]  # Figures/m);
    expect(text).not.toContain('casualties');
    expect(text).toMatch(/^# claims: \[\{ by: some-actor-id, kind: claim, text: "…", source: some-source-id \}\]  # /m);
    expect(text).toMatch(/^#\s+announcement: Announcement — A formal announcement\.$/m);
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
    expect(scaffoldEvent({ title: 'Harbour raid in a town', date: '2022-07-20' }).path).toBe('events/2022-07-20-harbour-raid-in-a-town.mdx');
    expect(scaffoldEvent({ title: 'Government seizes power', date: '2021-22' }).id).toBe('2021-22-government-seizes-power');
    expect(scaffoldEvent({ title: 'Memorial attack', date: '2022-05~' }).id).toBe('2022-05-memorial-attack');
    expect(scaffoldEvent({ title: 'Rockets', date: '2021-06/2021-08', slug: 'rocket-attacks' }).id).toBe('2021-06-rocket-attacks');
    expect(scaffoldActor({ name: 'Ṣāliḥ al-Ḥaddād', kind: 'person' }).path).toBe('actors/salih-al-haddad.mdx');
    expect(slugify('Ṭāhir’s “Lanterns”')).toBe('tahirs-lanterns');
  });

  it('leaves an event without --source for check to flag, and says so', () => {
    const run = runNew('event', 'Fixture report', '--date', '2020-05-04');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/cites no source yet/);
    const file = join(dir, 'content/events/2020-05-04-fixture-report.mdx');
    expect(problems().filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      `content/events/2020-05-04-fixture-report.mdx:${lineOf(file, 'sources:')} an event needs at least one source: add the id of the source that reports it (see sources.yaml in the content folder)`,
    ]);
  });

  it('refuses input that cannot make a valid file, with the reason', () => {
    expect(() => scaffoldEvent({ title: 'x', date: '2022-13-45' })).toThrow(/--date: '2022-13-45' is not a valid EDTF date/);
    expect(() => scaffoldEvent({ title: 'x', date: '2099-01-01', now: new Date('2025-01-01') })).toThrow(/in the future/);
    expect(() => scaffoldEvent({ title: 'x', date: '2022', kind: 'riot' })).toThrow(/--kind: 'riot' is not one of/);
    expect(() => scaffoldActor({ name: 'Фонарная гильдия', kind: 'armed-group' })).toThrow(ScaffoldError);
    expect(() => scaffoldActor({ name: 'Фонарная гильдия', kind: 'armed-group' })).toThrow(/cannot make an id from the name: pass one with --id/);
    expect(() => scaffoldActor({ name: 'X', kind: 'person', sources: ['Not An Id'] })).toThrow(/not a source id/);
    const run = runNew('actor', 'Someone');
    expect(run).toMatchObject({ code: 1 });
    expect(run.out).toMatch(/an actor needs --kind, one of the site's actor kinds: armed-group/);
    const unknown = runNew('event', 'Fixture report', '--date', '2020-05-04', '--source', 'fixture-reprot');
    expect(unknown).toMatchObject({ code: 1 });
    expect(unknown.out).toMatch(/unknown source 'fixture-reprot' \(did you mean 'fixture-report'\?\)/);
    expect(readdirSync(join(dir, 'content/events'))).not.toContain('2020-05-04-fixture-report.mdx');
  });

  it('stops outside a site, pointing to `npm run new -- site`', () => {
    rmSync(join(dir, 'content'), { recursive: true });
    const run = runNew('actor', 'Someone', '--kind', 'person');
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/site\.yaml does not exist: .*npm run new -- site <folder>/);
  });
});

describe('npm run new in a site with its own vocabulary', () => {
  let site: string;
  beforeEach(() => {
    site = join(materialize('own-vocabulary', 'cases', join(dir, 'own')), 'content');
  });
  const runIn = (...args: string[]) => {
    const result = spawnSync(process.execPath, [resolve(ROOT, 'scripts/new.ts'), ...args], { cwd: dir, env: { ...process.env, CONTENT_DIR: site }, encoding: 'utf8' });
    return { code: result.status, out: `${result.stdout}${result.stderr}` };
  };

  it('lists the site\'s codes with their labels, takes its first kind, and its own ids as examples', () => {
    expect(runIn('event', 'Fixture splashdown', '--date', '2020-05-06', '--source', 'fixture-report')).toMatchObject({ code: 0 });
    const text = readFileSync(join(site, 'events/2020-05-06-fixture-splashdown.mdx'), 'utf8');
    // eventKinds replaced: the site's three, in its order, and none of the generator's.
    expect(text).toMatch(/^kind: launch {2}# /m);
    expect(text).toContain('#   launch: Launch — A launch of a vehicle.\n#   splashdown: Splashdown — A landing at sea.\n#   briefing: Briefing — A briefing to the press.\n');
    expect(text).not.toMatch(/^#\s+(attack|raid|other):/m);
    // roles extended: the defaults, then the site's own.
    expect(text).toMatch(/^#\s+crew: crew member — Was aboard\.$/m);
    expect(text).toMatch(/^#\s+perpetrator: /m);
    // Examples are the site's own actor and source, not invented ids.
    expect(text).toContain('#   - { actor: fixture-group, role: perpetrator, according: fixture-report }');
    expect(text).toMatch(/according: fixture-report/);
    expect(problems(site).filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('refuses a kind the site does not have, listing the site\'s', () => {
    const run = runIn('event', 'Fixture raid', '--date', '2020-05-06', '--kind', 'raid');
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/--kind: 'raid' is not one of the site's event kinds \(site\.yaml, vocabularies\.eventKinds\): launch \(Launch\), splashdown \(Splashdown\), briefing \(Briefing\)/);
  });

  it('writes a chosen kind of the site that check accepts', () => {
    expect(runIn('event', 'Fixture briefing', '--date', '2020-05-07', '--kind', 'briefing', '--source', 'fixture-report').code).toBe(0);
    expect(problems(site).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('npm run new -- site', () => {
  const runSite = (...args: string[]) => {
    const result = spawnSync(process.execPath, [resolve(ROOT, 'scripts/new.ts'), 'site', ...args], { cwd: dir, env: { ...process.env, CONTENT_DIR: '' }, encoding: 'utf8' });
    return { code: result.status, out: `${result.stdout}${result.stderr}` };
  };

  it('writes a starter site that check passes, with warnings for its TODOs only', () => {
    const run = runSite('starter/content');
    expect(run.code, run.out).toBe(0);
    const content = join(dir, 'starter/content');
    expect(readdirSync(content, { recursive: true }).map(String).sort()).toEqual([
      'actors', 'actors/example-organisation.mdx', 'events', 'events/2024-01-15-example-event.mdx', 'pages', 'pages/index.mdx', 'site.yaml', 'sources.yaml',
    ]);
    const check = runCheck(content);
    expect(check.code, check.out).toBe(0);
    expect(check.out).toMatch(/0 errors and \d+ warnings/);
    const found = problems(content);
    for (const p of found) expect(p.message, formatProblem(p)).toMatch(/TODO placeholder/);
    // Every file the starter writes keeps a TODO until it is written, and check says so for each.
    expect(new Set(found.map((p) => p.file.replace('starter/content/', '')))).toEqual(new Set([
      'actors/example-organisation.mdx', 'events/2024-01-15-example-event.mdx', 'pages/index.mdx', 'site.yaml', 'sources.yaml',
    ]));
  });

  it('refuses a folder that is not empty, and writes nothing', () => {
    mkdirSync(join(dir, 'taken'));
    writeFileSync(join(dir, 'taken/notes.txt'), 'mine');
    const run = runSite('taken');
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/taken is not an empty folder; nothing was written/);
    expect(readdirSync(join(dir, 'taken'))).toEqual(['notes.txt']);
    expect(runSite('content').code).toBe(1);
  });

  it('comments every setting of site.yaml from the schema, and the file is valid', () => {
    const settings = starterSite().find((f) => f.path === 'site.yaml')!.text;
    for (const key of Object.keys(siteSchema.shape)) {
      const line = settings.split('\n').find((l) => new RegExp(`^(# )?${key}:`).test(l));
      expect(line, key).toBeDefined();
      expect(line, key).toMatch(/ {2}# \S/);
      expect(line, key).toContain((siteSchema.shape as Record<string, { description?: string }>)[key]!.description!.slice(0, 20));
    }
    expect(siteSchema.safeParse(parse(settings)).success).toBe(true);
  });

  it('takes a title and a language, and refuses a language tag that is not one', () => {
    const files = starterSite({ title: 'Une mission lunaire', language: 'fr' });
    const settings = parse(files.find((f) => f.path === 'site.yaml')!.text);
    expect(settings).toMatchObject({ title: 'Une mission lunaire', language: 'fr' });
    expect(() => starterSite({ language: 'x' })).toThrow(ScaffoldError);
  });

  it('writes no word of another site, neither in the starter nor in the neutral templates', () => {
    const words = otherSitesWords();
    expect(words.length).toBeGreaterThan(20);
    const texts = [
      ...starterSite().map((f) => f.text),
      scaffoldEvent({ title: 'An event', date: '2022-07-20' }).text,
      scaffoldActor({ name: 'A Person', kind: 'person' }).text,
    ];
    for (const text of texts) expect(wordsFoundIn(text, words)).toEqual([]);
  });
});

