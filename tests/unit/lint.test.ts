import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import { lintContent } from '../../src/lib/model/lint.ts';
import { CATALOGUES } from '../../src/lib/i18n/catalogue.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { FIXTURES, MINIMAL } from '../helpers/fixtures.ts';

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
const write = (file: string, text: string) => writeFileSync(join(dir, 'content', file), text);
const read = (file: string) => readFileSync(join(dir, 'content', file), 'utf8');
/** Starts from another fixture site instead of the minimal one. */
const useSite = (name: string) => {
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync(join(FIXTURES, name, 'content'), join(dir, 'content'), { recursive: true });
};
const RAID = 'events/2020-05-01-fixture-raid.mdx';
const summary = (file: string, text: string) => edit(file, /^summary: .*$/m, `summary: ${JSON.stringify(text)}`);
const body = (file: string, text: string) => write(file, read(file).replace(/\n---\n[\s\S]*$/, `\n---\n\n${text}\n`));
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

describe('attribution in summaries', () => {
  const figureWarning = (text: string) => `content/${RAID}:3:1 warning the summary states as fact ${text}: say who tells it in the same sentence, e.g. "according to FG" [summary]`;

  it('warns on a summary that gives a figure as fact, and names whose it is', () => {
    summary(RAID, 'An invented raid in which the Fixture Group killed 2 people, for tests.');
    expect(lint()).toEqual([figureWarning("the figure '2 killed' (figures[0], FG's)")]);
  });

  it('is quiet when the same sentence says who gives the figure', () => {
    summary(RAID, 'An invented raid in which the Fixture Group says it killed 2 people, for tests.');
    expect(lint()).toEqual([]);
    summary(RAID, 'An invented raid in which 2 people were killed, according to the Fixture Group.');
    expect(lint()).toEqual([]);
  });

  it('wants the attribution in the sentence of the figure: a semicolon ends it, a comma does not', () => {
    summary(RAID, 'An invented raid killed 2 people in a made-up town; the outlet reported it later.');
    expect(lint()).toEqual([figureWarning("the figure '2 killed' (figures[0], FG's)")]);
    summary(RAID, 'An invented raid killed 2 people in a made-up town, the outlet reported later.');
    expect(lint()).toEqual([]);
  });

  it('finds a figure in words and in the source\'s wording, but not a number that is part of a date', () => {
    summary(RAID, 'An invented raid in which the Fixture Group killed two people, for tests.');
    expect(lint()).toEqual([figureWarning("the figure '2 killed' (figures[0], FG's)")]);
    summary(RAID, 'An invented raid on 2 May that exists only to exercise the build in tests.');
    expect(lint()).toEqual([]);
    edit(RAID, /count: 2/, 'min: 51\n    wording: more than 50');
    summary(RAID, 'An invented raid that killed more than 50 people, to exercise the build.');
    expect(lint()).toEqual([figureWarning("the figure 'more than 50 killed' (figures[0], FG's)")]);
  });

  it('finds a range by both its bounds, and a count in words only from two on', () => {
    edit(RAID, /count: 2/, 'min: 9\n    max: 35');
    summary(RAID, 'An invented raid in which 9 to 35 people were killed, for tests.');
    expect(lint()).toEqual([figureWarning("the figure '9–35 killed' (figures[0], FG's)")]);
    summary(RAID, 'An invented raid near a town of 35 houses, to exercise the build.');
    expect(lint()).toEqual([]);
    edit(RAID, /min: 9\n    max: 35/, 'count: 1');
    summary(RAID, 'An invented raid by one group, to exercise the build in tests.');
    expect(lint()).toEqual([]);
    summary(RAID, 'An invented raid in which 1 person was killed, to exercise the build.');
    expect(lint()).toEqual([figureWarning("the figure '1 killed' (figures[0], FG's)")]);
  });

  it('warns on a summary that gives most of a claim\'s words as fact, and not when it says who claims it', () => {
    summary(RAID, 'The Fixture Group carried out an invented raid that exists for tests.');
    expect(lint()).toEqual([figureWarning('the claim "It carried out the raid." (claims[0], FG\'s)')]);
    summary(RAID, 'The Fixture Group claimed it carried out an invented raid that exists for tests.');
    expect(lint()).toEqual([]);
    // One of the claim's three words is not most of them.
    summary(RAID, 'An invented raid that exists only to exercise the build in tests, nothing else.');
    expect(lint()).toEqual([]);
  });

  it('counts the verbs of the site\'s own claim kinds as attribution', () => {
    summary(RAID, 'The Fixture Group carried out an invented raid, its leader boasted in tests.');
    expect(lint()).toEqual([figureWarning('the claim "It carried out the raid." (claims[0], FG\'s)')]);
    write('site.yaml', `${read('site.yaml')}vocabularies:\n  claimKinds:\n    values:\n      boast: { label: Boast, verb: boasted }\n`);
    expect(lint()).toEqual([]);
  });

  it('takes the attribution words from interface.yaml when the site gives them', () => {
    summary(RAID, 'An invented raid in which 2 people were killed, going by the Fixture Group.');
    expect(lint()).toEqual([figureWarning("the figure '2 killed' (figures[0], FG's)")]);
    write('interface.yaml', 'lint.attributionWords: "going by|according to"\n');
    expect(lint()).toEqual([]);
  });

  it('checks an actor\'s summary against the figures and claims of its events', () => {
    summary('actors/fixture-group.mdx', 'An invented group that carried out the raid, to exercise the build in tests.');
    expect(lint()).toEqual([
      'content/actors/fixture-group.mdx:6:1 warning the summary states as fact the claim "It carried out the raid." (claims[0] of events/2020-05-01-fixture-raid, FG\'s): say who tells it in the same sentence, e.g. "according to FG" [summary]',
    ]);
    // The outlet takes no part in the raid.
    summary('actors/fixture-group.mdx', 'An invented group that exists only to exercise the build in tests.');
    summary('actors/fixture-outlet.mdx', 'An invented outlet that carried out the raid, to exercise the build in tests.');
    expect(lint()).toEqual([]);
  });

  it('checks pages\' summaries and the site\'s description against every event, by digits or wording with the figure\'s type', () => {
    summary('pages/about.mdx', 'About a fixture raid that killed 2 people in a town.');
    edit('site.yaml', /^description: .*$/m, 'description: A fixture explainer of a raid that killed 2 people, for tests.');
    expect(lint()).toEqual([
      'content/pages/about.mdx:4:1 warning the summary states as fact the figure \'2 killed\' (figures[0] of events/2020-05-01-fixture-raid, FG\'s): say who tells it in the same sentence, e.g. "according to FG" [summary]',
      'content/site.yaml:2:1 warning the description states as fact the figure \'2 killed\' (figures[0] of events/2020-05-01-fixture-raid, FG\'s): say who tells it in the same sentence, e.g. "according to FG" [description]',
    ]);
    // A number without the figure's type is some other count.
    summary('pages/about.mdx', 'About a fixture explainer of 2 towns and a raid.');
    edit('site.yaml', /^description: .*$/m, 'description: A fixture explainer of 2 towns, for tests.');
    expect(lint()).toEqual([]);
  });
});

describe('figures the prose gives to someone else', () => {
  const OTHER = '- id: fixture-other\n  publisher: fixture-outlet\n  kind: news-report\n  date: "2020-06"\n';

  // Another outlet's report, cited by the outlet so that only the rules here speak of it.
  beforeEach(() => {
    write('sources.yaml', `${read('sources.yaml')}${OTHER}`);
    edit('actors/fixture-outlet.mdx', /sources: \[fixture-report\]/, 'sources: [fixture-report, fixture-other]');
  });

  it('warns when the paragraph giving the figure cites a source that is not its own', () => {
    body(RAID, 'An invented raid.\n\nThe raid killed 2 people.<Cite id="fixture-other" />');
    expect(lint()).toEqual([
      `content/${RAID}:18:5 warning the figure '2 killed' is FG's ('according: fixture-group'), but the paragraph at line 28 that gives it cites 'fixture-other': make 'according' and the prose's citation name the same source [figures[0].according]`,
    ]);
    // The group's statement is its own; the report is what the statement is known through.
    body(RAID, 'An invented raid.\n\nThe raid killed 2 people.<Cite id="fixture-statement" />');
    expect(lint()).toEqual([]);
    body(RAID, 'An invented raid.\n\nThe raid killed 2 people.<Cite id="fixture-report" />');
    expect(lint()).toEqual([]);
  });

  it('reads the entry\'s sources as the citation of a paragraph without <Cite>', () => {
    edit(RAID, /according: fixture-group/, 'according: fixture-other');
    body(RAID, 'The raid killed 2 people.');
    expect(lint()).toEqual([
      `content/${RAID}:18:5 warning the figure '2 killed' is Fixture Outlet's ('according: fixture-other'), but the paragraph at line 26 that gives it cites 'fixture-report', 'fixture-statement' (the entry's 'sources'): make 'according' and the prose's citation name the same source [figures[0].according]`,
    ]);
  });

  it('warns when the paragraph names another actor as the one who tells the figure', () => {
    body(RAID, 'An invented raid.\n\nTwo people were killed, the Fixture Outlet reported.');
    expect(lint()).toEqual([
      `content/${RAID}:18:5 warning the figure '2 killed' is FG's ('according: fixture-group'), but the paragraph at line 28 that gives it tells it as Fixture Outlet's ("Fixture Outlet reported"): make 'according' and the prose name the same teller [figures[0].according]`,
    ]);
    body(RAID, 'An invented raid.\n\nTwo people were killed, the Fixture Group said.');
    expect(lint()).toEqual([]);
    // Named, but not as the teller: the outlet is far from the verb.
    body(RAID, 'An invented raid.\n\nTwo people were killed near the offices of the invented Fixture Outlet in a town, the group said.');
    expect(lint()).toEqual([]);
  });

  it('takes the teller from the paragraph when the figure\'s sentence names none', () => {
    body(RAID, 'An invented raid.\n\nThe raid killed 2 people. The Fixture Outlet reported this figure.');
    expect(lint()).toEqual([expect.stringContaining("tells it as Fixture Outlet's (\"Fixture Outlet reported\")")]);
  });

  it('counts a parent as speaking for its members', () => {
    edit('actors/fixture-outlet.mdx', /kind: media-outlet/, 'kind: media-outlet\nparent: fixture-group');
    body(RAID, 'An invented raid.\n\nTwo people were killed, the Fixture Outlet reported.');
    expect(lint()).toEqual([]);
  });
});

describe('a first paragraph that repeats the summary', () => {
  const warning = (share: number, line: number) => `content/actors/fixture-group.mdx:6:1 warning the body's first paragraph (line ${line}) repeats ${share}% of the summary's words: say each thing once: the standfirst is shown above the body [summary]`;

  it('warns when the first paragraph holds 80 % of the summary\'s words or more, in any order and form', () => {
    summary('actors/fixture-group.mdx', 'An invented armed group, active in five towns, that exists for tests.');
    // invented, armed, group, active, five, towns, exists, tests: 8 words.
    body('actors/fixture-group.mdx', 'For tests there exists a group, invented and armed, active in five towns.');
    expect(lint()).toEqual([warning(100, 15)]);
    body('actors/fixture-group.mdx', 'For tests there exist groups, invented and armed, active in five towns elsewhere.');
    expect(lint()).toEqual([warning(100, 15)]);
    // Seven of eight words, then six.
    body('actors/fixture-group.mdx', 'For tests there exists a group, invented and armed, active in a few towns.');
    expect(lint()).toEqual([warning(88, 15)]);
    body('actors/fixture-group.mdx', 'For tests there is a group, invented and armed, active in a few towns.');
    expect(lint()).toEqual([]);
    body('actors/fixture-group.mdx', 'There is a group, invented and armed, active in a few towns.');
    expect(lint()).toEqual([]);
  });

  it('reads the first paragraph of prose, after any heading', () => {
    summary('actors/fixture-group.mdx', 'An invented armed group, active in five towns, that exists for tests.');
    body('actors/fixture-group.mdx', 'Something else entirely.\n\nAn invented armed group, active in five towns, that exists for tests.');
    expect(lint()).toEqual([]);
    body('actors/fixture-group.mdx', '## Who they are\n\nAn invented armed group, active in five towns, that exists for tests.');
    expect(lint()).toEqual([warning(100, 17)]);
  });
});

describe('attribution in the site\'s language', () => {
  const SPLASHDOWN = 'events/1969-07-24-splashdown.mdx';
  const FIRST_STEPS = 'events/1969-07-21-first-steps.mdx';

  it('reads Russian: the figure in a summary, and "по данным" as attribution', () => {
    useSite('second-site');
    expect(lint()).toEqual([]);
    summary(SPLASHDOWN, 'Командный модуль «Колумбия» приводнился в Тихом океане с экипажем и около 21,5 кг лунного грунта.');
    expect(lint()).toEqual([
      `content/${SPLASHDOWN}:3:1 warning the summary states as fact the figure 'лунный грунт: около 21,5 кг' (figures[0], NASA's): say who tells it in the same sentence, e.g. "по данным NASA" [summary]`,
    ]);
    summary(SPLASHDOWN, 'Командный модуль «Колумбия» приводнился в Тихом океане с экипажем и около 21,5 кг лунного грунта, по данным NASA.');
    expect(lint()).toEqual([]);
  });

  it('reads Russian: a claim in other word forms, and a verb with any ending', () => {
    useSite('second-site');
    summary(FIRST_STEPS, 'Армстронг первым вышел на Луну: это маленький шаг для человека и огромный скачок для человечества.');
    expect(lint()).toEqual([
      `content/${FIRST_STEPS}:3:1 warning the summary states as fact the claim "Это один маленький шаг для человека и огромный скачок для…" (claims[0], Армстронг's): say who tells it in the same sentence, e.g. "по данным Армстронг" [summary]`,
    ]);
    summary(FIRST_STEPS, 'Армстронг первым вышел на Луну и сказал, что это маленький шаг для человека и огромный скачок для человечества.');
    expect(lint()).toEqual([]);
  });

  it('reads Russian: a teller named with a case ending', () => {
    useSite('second-site');
    body(SPLASHDOWN, 'Экипаж подняли на борт авианосца «Хорнет».\n\nНа Землю доставлено около 21,5 кг грунта, по словам Коллинза.');
    expect(lint()).toEqual([
      `content/${SPLASHDOWN}:17:64 warning the figure 'лунный грунт: около 21,5 кг' is NASA's ('according: apollo-11-mission-report'), but the paragraph at line 28 that gives it tells it as Коллинз's ("по словам Коллинза"): make 'according' and the prose name the same teller [figures[0].according]`,
    ]);
    body(SPLASHDOWN, 'Экипаж подняли на борт авианосца «Хорнет».\n\nНа Землю доставлено около 21,5 кг грунта, по данным NASA.');
    expect(lint()).toEqual([]);
  });

  it('reads Russian: a first paragraph that repeats the summary in other word forms', () => {
    useSite('second-site');
    body(SPLASHDOWN, 'Командный модуль «Колумбия» с экипажем и образцами лунного грунта приводнился в Тихом океане, как сообщается в отчёте NASA.');
    expect(lint()).toEqual([
      `content/${SPLASHDOWN}:3:1 warning the body's first paragraph (line 26) repeats 92% of the summary's words: say each thing once: the standfirst is shown above the body [summary]`,
    ]);
  });

  it('reads a language the generator has no catalogue for with the words its interface.yaml gives', () => {
    edit('site.yaml', /^language: en$/m, 'language: de');
    write('interface.yaml', stringify({ ...CATALOGUES.en, 'lint.attributionWords': 'laut|sagte*|berichte*', 'lint.commonWords': 'der|die|das|bei|in', 'lint.numberWords': 'null|eins,ein,eine|zwei' }));
    summary(RAID, 'Bei einer erfundenen Razzia wurden zwei Menschen getötet, nur für Tests.');
    expect(lint()).toEqual([
      `content/${RAID}:3:1 warning the summary states as fact the figure '2 killed' (figures[0], FG's): say who tells it in the same sentence, e.g. "laut FG" [summary]`,
    ]);
    summary(RAID, 'Bei einer erfundenen Razzia wurden laut der Gruppe zwei Menschen getötet, nur für Tests.');
    expect(lint()).toEqual([]);
  });

  it('reads Persian: digits of either script, and "به گفته" as attribution', () => {
    edit('site.yaml', /^language: en$/m, 'language: fa');
    summary(RAID, 'یورشی ساختگی که در آن ۲ نفر کشته شدند و فقط برای آزمودن ساخت وجود دارد.');
    const warning = `content/${RAID}:3:1 warning the summary states as fact the figure '۲ کشته' (figures[0], FG's): say who tells it in the same sentence, e.g. "به گفته FG" [summary]`;
    expect(lint()).toEqual([warning]);
    summary(RAID, 'یورشی ساختگی که در آن 2 نفر کشته شدند و فقط برای آزمودن ساخت وجود دارد.');
    expect(lint()).toEqual([warning]);
    summary(RAID, 'یورشی ساختگی که به گفته گروه در آن ۲ نفر کشته شدند و فقط برای آزمودن ساخت وجود دارد.');
    expect(lint()).toEqual([]);
  });

  it('reads Persian: a first paragraph that repeats the summary', () => {
    edit('site.yaml', /^language: en$/m, 'language: fa');
    const text = 'گروهی ساختگی که فقط برای آزمودن ساخت این وب‌سایت وجود دارد و کاری جز این نمی‌کند.';
    summary('actors/fixture-group.mdx', text);
    body('actors/fixture-group.mdx', `این گروه ساختگی فقط برای آزمودن ساخت وب‌سایت وجود دارد و کاری جز این نمی‌کند.`);
    expect(lint()).toEqual([
      "content/actors/fixture-group.mdx:6:1 warning the body's first paragraph (line 15) repeats 100% of the summary's words: say each thing once: the standfirst is shown above the body [summary]",
    ]);
  });
});
