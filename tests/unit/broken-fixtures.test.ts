/*
 * The corpus of broken content: each case under tests/fixtures/broken/ changes a few files
 * of the minimal site, and must produce exactly the problems in its expected.txt — file,
 * line, column, severity, message and field — no more and no fewer. It runs what
 * `npm run check` and the build run (validation and lint), with a fixed `now`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/content-problems.ts';
import { readContent } from '../../src/lib/content/content-files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { brokenCases, expected, materialize, MINIMAL } from '../helpers/fixtures.ts';

const NOW = new Date('2025-01-01T00:00:00Z');
const scratch = mkdtempSync(join(tmpdir(), 'broken-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function problemsOf(dir: string): string[] {
  return checkContent(readContent(join(dir, 'content'), dir), { now: NOW }).problems.map(formatProblem);
}

describe('broken content fixtures', () => {
  it('starts from a minimal site with no problems at all', () => {
    expect(problemsOf(MINIMAL)).toEqual([]);
  });

  it.each(brokenCases())('%s: reports exactly its expected problems', (name) => {
    const want = expected(name);
    expect(want.length, `${name}/expected.txt is empty`).toBeGreaterThan(0);
    expect(problemsOf(materialize(name, 'broken', join(scratch, name)))).toEqual(want);
  });
});
