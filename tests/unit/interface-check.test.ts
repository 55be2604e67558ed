/*
 * A site in a language the generator has no catalogue for must bring every interface message
 * in interface.yaml: `check` (and the build, which runs the same validation) names each
 * missing key, in interface.yaml if the folder has one, else at site.yaml's `language`.
 * The messages are taken from the English catalogue at test time, so this holds whatever
 * keys the catalogue grows.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/content-problems.ts';
import { readContent } from '../../src/lib/content/content-files.ts';
import { CATALOGUES, REFERENCE_KEYS } from '../../src/lib/i18n/catalogue.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { materialize } from '../helpers/fixtures.ts';

const scratch = mkdtempSync(join(tmpdir(), 'interface-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the minimal site in `language`, with `messages` as its interface.yaml (none if undefined). */
function site(name: string, language: string, messages?: Record<string, unknown>): string {
  const dir = materialize('interface-bad-messages', 'broken', join(scratch, name));
  rmSync(join(dir, 'content/interface.yaml'));
  const siteFile = join(dir, 'content/site.yaml');
  writeFileSync(siteFile, readFileSync(siteFile, 'utf8').replace(/^language: .*$/m, `language: ${language}`));
  if (messages) writeFileSync(join(dir, 'content/interface.yaml'), stringify(messages));
  return dir;
}

const problemsOf = (dir: string) => checkContent(readContent(join(dir, 'content'), dir), { now: new Date('2025-01-01T00:00:00Z') }).problems.map(formatProblem);

describe('interface messages of a language without a catalogue', () => {
  it('names each message interface.yaml lacks, and nothing else', () => {
    const all = { ...CATALOGUES.en };
    delete all['nav.map'];
    delete all['search.count'];
    expect(problemsOf(site('two-missing', 'tg', all))).toEqual([
      "content/interface.yaml:1:1 error the generator has no interface catalogue for 'tg', so interface.yaml must give the message 'nav.map': copy the English message from src/i18n/en/ (one file there per part of the interface) and translate it [(file)]",
      "content/interface.yaml:1:1 error the generator has no interface catalogue for 'tg', so interface.yaml must give the message 'search.count': copy the English message from src/i18n/en/ (one file there per part of the interface) and translate it [(file)]",
    ]);
  });

  it('passes when interface.yaml gives every message', () => {
    expect(problemsOf(site('complete', 'tg', CATALOGUES.en))).toEqual([]);
  });

  it('without interface.yaml, reports every message at site.yaml\'s language', () => {
    const problems = problemsOf(site('none', 'tg'));
    expect(problems).toHaveLength(REFERENCE_KEYS.length);
    expect(problems[0]).toMatch(/^content\/site\.yaml:3:1 error the generator has no interface catalogue for 'tg': add interface\.yaml to the content folder with the message '[^']+' \(and every other\): copy the English message from src\/i18n\/en\//);
    expect(problems.every((p) => p.endsWith('[language]'))).toBe(true);
  });

  it('needs nothing for a language the generator has a catalogue for, by its primary subtag too', () => {
    expect(problemsOf(site('persian-iran', 'fa-IR'))).toEqual([]);
    expect(problemsOf(site('british', 'en-GB'))).toEqual([]);
  });
});

describe('a message the generator\'s own catalogue lacks', () => {
  it('is an error of check naming the key, before the build fails formatting it; interface.yaml may give it', () => {
    const persian = CATALOGUES.fa!;
    const kept = persian['map.status.all']!;
    delete persian['map.status.all'];
    try {
      const problems = problemsOf(site('built-in-gap', 'fa'));
      expect(problems.filter((p) => p.includes('error'))).toEqual([
        "content/site.yaml:3:1 error the generator's interface catalogue for 'fa' has no message 'map.status.all': add it to src/i18n/fa/ (translate English's), or give it in interface.yaml [language]",
      ]);
      expect(problemsOf(site('built-in-gap-given', 'fa', { 'map.status.all': kept })).filter((p) => p.includes('error'))).toEqual([]);
    } finally {
      persian['map.status.all'] = kept;
    }
  });
});
