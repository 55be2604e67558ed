import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

const NOW = new Date('2026-11-26T12:00:00Z');
const RAID = 'content/events/2020-05-01-fixture-raid.mdx';
const GROUP = 'content/actors/fixture-group.mdx';
const SOURCES = 'content/sources.yaml';

/** A copy of the minimal site with text replaced in some files; returns the printed problems. */
function problemsAfter(edits: Record<string, [string, string][] | string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'validate-'));
  cpSync(MINIMAL, dir, { recursive: true });
  for (const [file, change] of Object.entries(edits)) {
    const path = join(dir, file);
    if (typeof change === 'string') {
      writeFileSync(path, change);
      continue;
    }
    let text = readFileSync(path, 'utf8');
    for (const [from, to] of change) {
      if (!text.includes(from)) throw new Error(`fixture ${file} has no ${JSON.stringify(from)}`);
      text = text.replace(from, to);
    }
    writeFileSync(path, text);
  }
  return validateContent(readContent(join(dir, 'content'), dir), { now: NOW }).problems.map(formatProblem);
}

describe('the minimal fixture', () => {
  it('is valid', () => {
    expect(problemsAfter({})).toEqual([]);
  });
});

describe('each problem names file, line, column, field and a hint', () => {
  it.each<[string, Record<string, [string, string][]>, string]>([
    ['an unknown actor, with the nearest id', { [RAID]: [['actor: fixture-group\n    role: perpetrator', 'actor: fixture-grop\n    role: perpetrator']] },
      `${RAID}:13:5 error unknown actor 'fixture-grop' (did you mean 'fixture-group'?) [actors[0].actor]`],
    ['an unknown source', { [RAID]: [['sources: [fixture-report, fixture-statement]', 'sources: [fixture-report, fixture-statment]']] },
      `${RAID}:23:27 error unknown source 'fixture-statment' (did you mean 'fixture-statement'?) [sources[1]]`],
    ['an event id that does not start with its date', { [RAID]: [['date: "2020-05-01"', 'date: "2020-05-02"']] },
      `${RAID}:4:1 error the event id '2020-05-01-fixture-raid' must start with its date's lower bound '2020-05-02-': rename the file to 2020-05-02-fixture-raid.mdx [date]`],
    ['a relation of an actor to itself', { [GROUP]: [['  - actor: fixture-outlet\n    type: rival', '  - actor: fixture-group\n    type: rival']] },
      `${GROUP}:9:5 error an actor cannot have a relation to itself ('fixture-group'); name the other actor [relations[0].actor]`],
    ['an event without sources', { [RAID]: [['sources: [fixture-report, fixture-statement]', 'sources: []']] },
      `${RAID}:23:1 error an event needs at least one source: add the id of the source that reports it (see sources.yaml in the content folder) [sources]`],
    ['a date after today', { [SOURCES]: [['date: "2020-05-02"', 'date: "2027-05-02"']] },
      `${SOURCES}:8:3 error the date '2027-05-02' is in the future; content records what has happened or been said [date]`],
    ['a latitude out of range', { [RAID]: [['lat: 39.6012', 'lat: 134.5553']] },
      `${RAID}:9:3 error latitude 134.5553 is out of range: it must lie between -90 and 90 (did you swap lat and lon?) [location.lat]`],
    ['a source URL that is not https', { [SOURCES]: [['  date: "2020-05"\n', '  date: "2020-05"\n  url: http://example.org/report\n']] },
      `${SOURCES}:5:3 error source URLs must use https, not 'http:'; link the https address of the page [url]`],
    ['a misspelled field', { [RAID]: [['summary:', 'sumary:']] },
      `${RAID}:2:1 error required field 'summary' is missing [summary]`],
    ['a value outside its list', { [RAID]: [['kind: raid', 'kind: raids']] },
      `${RAID}:5:1 error 'raids' is not one of: attack, raid, killing, arrest, statement, report, policy, other (did you mean 'raid'?) [kind]`],
    ['a figure that names nobody known', { [RAID]: [['according: fixture-group', 'according: nobody']] },
      `${RAID}:18:5 error unknown actor or source 'nobody': a figure must say whose it is [figures[0].according]`],
    ['a role on the account of nobody known', { [RAID]: [['    role: perpetrator\n', '    role: perpetrator\n    according: fixture-reprot\n']] },
      `${RAID}:15:5 error unknown actor or source 'fixture-reprot' (did you mean 'fixture-report'?): 'according' names whose account gives the role [actors[0].according]`],
    ['a relation both reported and editorial', { [GROUP]: [['    sources: [fixture-report]\nsources', '    sources: [fixture-report]\n    editorial: "A reading."\nsources']] },
      `${GROUP}:12:5 error a relation is reported ('sources') or an editorial reading ('editorial'), not both: keep 'sources' if they state it in these terms, otherwise keep 'editorial' and remove 'sources' [relations[0].editorial]`],
    ['a relation neither reported nor editorial', { [GROUP]: [['    sources: [fixture-report]\nsources', 'sources']] },
      `${GROUP}:9:5 error this relation gives no 'sources' and no 'editorial' reason: add 'sources:' with the ids of the sources that state it, or 'editorial:' with why the editors read it into them [relations[0]]`],
    ['a source known via itself', { [SOURCES]: [['via: fixture-report', 'via: fixture-statement']] },
      `${SOURCES}:9:3 error a source cannot be known via itself; name the source that relays 'fixture-statement' [via]`],
  ])('%s', (_name, edits, line) => {
    expect(problemsAfter(edits)).toContain(line);
  });

  it('reports an unknown field with the field it most likely meant', () => {
    expect(problemsAfter({ [RAID]: [['summary:', 'sumary:']] })).toContain(
      `${RAID}:3:1 error unknown field 'sumary' (did you mean 'summary'?) [sumary]`,
    );
  });

  it('reports a duplicate source id at the second one', () => {
    const problems = problemsAfter({ [SOURCES]: [['- id: fixture-statement', '- id: fixture-report']] });
    expect(problems).toContain(`${SOURCES}:5:3 error duplicate source id 'fixture-report': it is used at line 1 already; give this source its own id [id]`);
  });

  it('refuses an event id that is a year and an actor id of one character: their list pages have those addresses', () => {
    const raid = readFileSync(join(MINIMAL, RAID), 'utf8');
    const group = readFileSync(join(MINIMAL, GROUP), 'utf8');
    const problems = problemsAfter({ 'content/events/2020.mdx': raid, 'content/actors/g.mdx': group, 'content/events/2020-06-fixture-report.mdx': [['\nkind:', '\nredirectFrom: [\'2019\']\nkind:']] });
    expect(problems).toEqual([
      "content/actors/g.mdx:2:1 error the file name 'g.mdx' cannot be an id: /actors/g/ is the list of the actors under G; give the actor an id of more than one character, e.g. 'g-group' [(file)]",
      "content/events/2020-06-fixture-report.mdx:5:16 error '2019' cannot redirect: /events/2019/ is the list of the events of 2019; remove it from redirectFrom [redirectFrom[0]]",
      "content/events/2020.mdx:2:1 error the file name '2020.mdx' cannot be an id: /events/2020/ is the list of the events of 2020; give the event an id that starts with its date and says what happened, e.g. '2020-07-16-raid' [(file)]",
    ]);
  });

  it('reports YAML that does not parse, with its line', () => {
    const problems = problemsAfter({ [GROUP]: [['kind: armed-group', 'kind: [armed-group']] });
    // The parser notices the unclosed list where the next field starts; the events that
    // name this actor are not flagged as well.
    expect(problems).toEqual([`${GROUP}:6:1 error this is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] [(yaml)]`]);
  });

  it('reports parents that form a loop', () => {
    const problems = problemsAfter({
      [GROUP]: [['kind: armed-group', 'kind: armed-group\nparent: fixture-outlet']],
      'content/actors/fixture-outlet.mdx': [['kind: media-outlet', 'kind: media-outlet\nparent: fixture-group']],
    });
    expect(problems.filter((p) => p.includes('parents form a loop'))).toHaveLength(2);
  });

  it('refuses MDX that would run code, at the line in the file', () => {
    const problems = problemsAfter({ [RAID]: [['An invented raid.', 'An invented raid.\n\nimport x from "y"\n\n{alert(1)}']] });
    expect(problems).toContain(`${RAID}:28:1 error import and export are not allowed in content: write plain Markdown, and use the project's components without importing them [body]`);
    expect(problems).toContain(`${RAID}:30:1 error JavaScript expressions in {braces} are not allowed in content: write the text itself, and escape a literal brace as \\{ [body]`);
  });
});

describe('all problems at once', () => {
  it('reports every broken file, not the first one only, in reading order', () => {
    const problems = problemsAfter({
      [RAID]: [['actor: fixture-group\n    role: perpetrator', 'actor: lantern-gild\n    role: perpetrator'], ['lon: -8.4051', 'lon: 188.4051']],
      [GROUP]: [['kind: armed-group', 'kind: army']],
      [SOURCES]: [['  date: "2020-05"\n', '  date: "2020-05"\n  url: "javascript:alert(1)"\n']],
    });
    expect(problems).toHaveLength(4);
    expect(problems.map((p) => p.split(' ')[0])).toEqual([
      `${GROUP}:5:1`,
      `${RAID}:10:3`,
      `${RAID}:13:5`,
      `${SOURCES}:5:3`,
    ]);
  });

  it('does not flag references to an actor whose own file is broken', () => {
    const problems = problemsAfter({ [GROUP]: [['kind: armed-group', 'kind: army']] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`'army' is not one of`);
  });
});

describe('the site\'s own vocabularies', () => {
  const SITE = 'content/site.yaml';
  const site = (yaml: string) => `title: Fixture explainer\ndescription: A fixture.\nlanguage: en\nbase: /\n${yaml}`;
  // A vocabulary of the site's own that replaces the default figure types and claim kinds.
  const OWN = site([
    'vocabularies:',
    '  figureTypes:',
    '    replace: true',
    '    values:',
    '      samples: { label: lunar samples, unit: kg }',
    '      launches: { label: launches }',
    '  claimKinds:',
    '    replace: true',
    '    values:',
    '      quote: { label: Quotation, verb: said }',
    '',
  ].join('\n'));

  it('accepts content that uses the site\'s codes, and a claim with no kind', () => {
    expect(problemsAfter({ [SITE]: OWN, [RAID]: [['type: killed', 'type: samples'], ['count: 2', 'count: 21.5']] })).toEqual([]);
  });

  it('refuses a default code the site replaced, suggesting the site\'s nearest code', () => {
    expect(problemsAfter({ [SITE]: OWN, [RAID]: [['type: killed', 'type: sample']] })).toEqual([
      `${RAID}:16:5 error 'sample' is not one of: samples, launches (did you mean 'samples'?) [figures[0].type]`,
    ]);
    expect(problemsAfter({ [SITE]: OWN, [RAID]: [['type: killed', 'type: killed']] })[0]).toContain("'killed' is not one of: samples, launches [figures[0].type]");
    expect(problemsAfter({ [SITE]: OWN, [RAID]: [['type: killed', 'type: launches'], ['  - by: fixture-group\n', '  - by: fixture-group\n    kind: quotes\n']] })).toEqual([
      `${RAID}:21:5 error 'quotes' is not one of: quote (did you mean 'quote'?) [claims[0].kind]`,
    ]);
  });

  it('suggests a default code when the site extends the defaults', () => {
    expect(problemsAfter({ [RAID]: [['  - by: fixture-group\n', '  - by: fixture-group\n    kind: statment\n']] })).toEqual([
      `${RAID}:21:5 error 'statment' is not one of: claim, statement, announcement (did you mean 'statement'?) [claims[0].kind]`,
    ]);
    const extended = site('vocabularies:\n  figureTypes:\n    values:\n      votes: { label: votes }\n');
    expect(problemsAfter({ [SITE]: extended, [RAID]: [['type: killed', 'type: vote']] })).toEqual([
      `${RAID}:16:5 error 'vote' is not one of: killed, wounded, detained, captured, votes (did you mean 'votes'?) [figures[0].type]`,
    ]);
  });

  it('refuses a vocabulary replaced by nothing, a code of the site\'s own without a label or a claim kind without a verb, a field the vocabulary has no use for, a misspelled vocabulary', () => {
    const broken = site([
      'vocabularies:',
      '  roles:',
      '    replace: true',
      '  figureTypes:',
      '    values:',
      '      votes: { unit: ballots }',
      '      killed: { unit: people }',
      '  eventKinds:',
      '    values:',
      '      launch: { label: Launch, unit: rockets }',
      '  claimKinds:',
      '    values:',
      '      quote: { label: Quotation }',
      '  figureType:',
      '    values: {}',
      '',
    ].join('\n'));
    expect(problemsAfter({ [SITE]: broken })).toEqual([
      `${SITE}:6:3 error 'replace: true' leaves roles without a code: list the site's codes under 'values', each with its label, or remove 'replace' [vocabularies.roles.values]`,
      `${SITE}:10:7 error the code 'votes' is the site's own: give it a 'label', the word readers see [vocabularies.figureTypes.values.votes.label]`,
      `${SITE}:14:32 error 'unit' is not a field of eventKinds values: only figureTypes takes it; remove it [vocabularies.eventKinds.values.launch.unit]`,
      `${SITE}:17:7 error the claim kind 'quote' is the site's own: give it a 'verb' that introduces its claims ("said", "announced") [vocabularies.claimKinds.values.quote.verb]`,
      `${SITE}:18:3 error unknown field 'figureType' (did you mean 'figureTypes'?) [vocabularies.figureType]`,
    ]);
  });
});

describe('figures', () => {
  it('take fractions, refuse negative numbers, and need a number', () => {
    expect(problemsAfter({ [RAID]: [['count: 2', 'count: 2.5']] })).toEqual([]);
    expect(problemsAfter({ [RAID]: [['count: 2', 'count: -2']] })).toEqual([`${RAID}:17:5 error must not be negative [figures[0].count]`]);
    expect(problemsAfter({ [RAID]: [['    count: 2\n', '']] })).toEqual([`${RAID}:16:5 error a figure needs 'count', or 'min' and/or 'max' [figures[0]]`]);
  });

  it('refuse a count given with bounds', () => {
    expect(problemsAfter({ [RAID]: [['count: 2', 'count: 2\n    min: 1']] })).toEqual([
      `${RAID}:17:5 error give 'count' for one number, or 'min' and/or 'max' for a range, not both [figures[0].count]`,
    ]);
  });
});
