/**
 * A fixture site with a history: the minimal site committed to a git repository of its own,
 * then one event edited twice in ways readers see (its body, then its summary) and once in a
 * way they do not (a YAML comment, re-indented lines, a re-wrapped paragraph), each commit
 * on its own day; one actor whose first revision no longer fits today's schema, and one
 * edited more often than its page lists. Build tests and the browser test share it; each passes its own folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, buildSite } from './astro.ts';
import { MINIMAL } from './fixtures.ts';

export const EDITED = '2020-05-01-fixture-raid';
export const EDITED_FILE = `content/events/${EDITED}.mdx`;
export const REPOSITORY = 'https://github.com/example/history-explainer';
export const ORIGIN = 'https://history.example.org';

/** The commits made, oldest first: what each says, and the day it is dated. */
export const COMMITS = [
  { subject: 'Fixture site', date: '2024-01-10T09:00:00Z', visible: true },
  { subject: 'The raid\'s body says who reported it', date: '2024-02-11T09:00:00Z', visible: true },
  { subject: 'Tidy the raid\'s file: a comment and line breaks only', date: '2024-03-12T09:00:00Z', visible: false },
  { subject: 'The raid\'s summary <b>names</b> the report & its date', date: '2024-04-13T09:00:00Z', visible: true },
] as const;

/**
 * An actor whose first revision no longer fits today's site: a field since removed from the
 * schema, and a body the guard refuses (a script, an expression). The second commit gives
 * it today's valid text.
 */
export const OLD_ACTOR = 'fixture-outlet';
export const OLD_ACTOR_FILE = `content/actors/${OLD_ACTOR}.mdx`;
export const OLD_FIELD = 'formerName: "<b>Fixture</b> Wire"';
export const OLD_BODY = 'The outlet <script>alert(1)</script> was {1 + 1} old.';
const oldActor = (text: string) => text.replace('kind: media-outlet\n', `kind: media-outlet\n${OLD_FIELD}\n`).replace(/\n\n[^]*$/, `\n\n${OLD_BODY}\n`);

/** An actor edited often: its first commit and LONG_EDITS more, more than its page lists. */
export const LONG_ACTOR = 'fixture-group';
export const LONG_FILE = `content/actors/${LONG_ACTOR}.mdx`;
export const LONG_EDITS = 6;

/** The text only the first edit's revision holds, and the summary only the last one's. */
export const FIRST_EDIT_TEXT = 'An invented raid, as the fixture report tells it.';
export const LAST_SUMMARY = 'An invented raid that exists only to exercise the build in tests, edited twice since.';

export interface HistorySite {
  root: string;
  dist: string;
  /** Full hashes of COMMITS, in the same order. */
  hashes: string[];
}

function git(root: string, date: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Fixture', GIT_AUTHOR_EMAIL: 'fixture@example.org', GIT_COMMITTER_NAME: 'Fixture', GIT_COMMITTER_EMAIL: 'fixture@example.org', GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** The edits, in COMMITS order after the first: each rewrites the event's file. */
const EDITS: ((text: string) => string)[] = [
  (text) => text.replace('An invented raid.', FIRST_EDIT_TEXT),
  // Readers see nothing of this: a YAML comment, a blank line, the body re-wrapped.
  (text) => text.replace('kind: raid\n', 'kind: raid   # the fixture\'s only raid\n\n').replace(FIRST_EDIT_TEXT, FIRST_EDIT_TEXT.replace(', as ', ',\nas  ') + '\n\n'),
  (text) => text.replace(/^summary: .*$/m, `summary: "${LAST_SUMMARY}"`),
];

/**
 * Writes the fixture into `tests/.tmp/<name>`, commits its history and builds it. `site`
 * lines are added to site.yaml before the first commit (a repository, an origin, a setting).
 */
export function historySite(name: string, site: string[] = [`url: ${ORIGIN}`, `repository: ${REPOSITORY}`]): HistorySite {
  const root = resolve(ROOT, 'tests/.tmp', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(MINIMAL, root, { recursive: true });
  const siteFile = join(root, 'content/site.yaml');
  writeFileSync(siteFile, `${readFileSync(siteFile, 'utf8').trimEnd()}\n${site.join('\n')}\n`);
  const hashes: string[] = [];
  git(root, COMMITS[0].date, 'init', '-q', '-b', 'main');
  const actorFile = join(root, OLD_ACTOR_FILE);
  const actorText = readFileSync(actorFile, 'utf8');
  writeFileSync(actorFile, oldActor(actorText));
  COMMITS.forEach((commit, i) => {
    if (i === 1) writeFileSync(actorFile, actorText);
    if (i > 0) {
      const file = join(root, EDITED_FILE);
      writeFileSync(file, EDITS[i - 1]!(readFileSync(file, 'utf8')));
    }
    git(root, commit.date, 'add', '-A');
    git(root, commit.date, 'commit', '-qm', commit.subject);
    hashes.push(git(root, commit.date, 'rev-parse', 'HEAD'));
  });
  // An actor with a long history: more changes than its page lists.
  const groupFile = join(root, LONG_FILE);
  for (let n = 1; n <= LONG_EDITS; n++) {
    const date = `2024-05-${String(n).padStart(2, '0')}T09:00:00Z`;
    writeFileSync(groupFile, readFileSync(groupFile, 'utf8').replace(/^summary: "(.*?)( \(revised \d+ times?\))?"$/m, `summary: "$1 (revised ${n} time${n === 1 ? '' : 's'})"`));
    git(root, date, 'commit', '-qam', `The group's summary, revision ${n}`);
  }
  const dist = buildSite(root);
  return { root, dist, hashes };
}
