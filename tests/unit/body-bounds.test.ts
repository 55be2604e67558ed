/*
 * A contribution cannot stall CI: bodies whose Markdown would take the parser seconds or
 * minutes (runs of emphasis marks grow with the square of their length) are refused before
 * they are parsed, quickly, with the line and what to do; ordinary long prose still passes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/content-problems.ts';
import { readContent } from '../../src/lib/content/content-files.ts';
import { MAX_BODY_CHARACTERS, MAX_MARKS_PER_PARAGRAPH } from '../../src/lib/content/mdx-parse.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

const scratch = mkdtempSync(join(tmpdir(), 'bounds-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const EVENT = 'content/events/2020-06-fixture-report.mdx';

/** The problems of the minimal site with `body` appended to an event, and how long check took. */
function checkWithBody(body: string): { problems: string[]; ms: number } {
  const dir = mkdtempSync(join(scratch, 'site-'));
  cpSync(MINIMAL, dir, { recursive: true });
  writeFileSync(join(dir, EVENT), `${readFileSync(join(dir, EVENT), 'utf8')}\n${body}\n`);
  const started = performance.now();
  const { problems } = checkContent(readContent(join(dir, 'content'), dir), { now: new Date('2025-01-01T00:00:00Z') });
  return { problems: problems.map(formatProblem), ms: performance.now() - started };
}

describe('bodies the Markdown parser cannot read in bounded time', () => {
  it('refuses a 42 KB run of emphasis marks in well under a second, naming the body', () => {
    const { problems, ms } = checkWithBody(`<Cite id="fixture-report" /> ${'*_'.repeat(21_000)}`);
    expect(problems).toEqual([
      `${EVENT}:13:1 error the body is 42,052 characters long; a body may hold at most ${MAX_BODY_CHARACTERS.toLocaleString('en')}, as longer text can stall the build: split it into several entries or pages [body]`,
    ]);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a shorter paragraph dense with marks, at its line', () => {
    const { problems, ms } = checkWithBody(`A first paragraph.\n\n${'*a_'.repeat(5_000)}`);
    expect(problems).toEqual([
      `${EVENT}:18:1 error this paragraph holds 10000 Markdown marks (* _ [ ] ( ) > ! \` ~); one paragraph may hold at most ${MAX_MARKS_PER_PARAGRAPH}, as more can stall the build: break it into paragraphs with blank lines, or escape literal marks as \\* [body]`,
    ]);
    expect(ms).toBeLessThan(1000);
  });

  it('lets long ordinary prose through', () => {
    const prose = Array.from({ length: 60 }, () => 'The *group* said _so_ on the day, according to [the report](https://example.org/a) (which was brief).'.repeat(5)).join('\n\n');
    expect(prose.length).toBeGreaterThan(30_000);
    expect(checkWithBody(prose).problems).toEqual([]);
  });
});
