/*
 * Some editors write a byte-order mark before the first line. Astro's loaders accept it, so
 * check does too: a file with one reads exactly as the same file without (it used to be
 * refused as having no frontmatter, without a word about why).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readMdx } from '../../src/lib/content/content-files.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

const scratch = mkdtempSync(join(tmpdir(), 'bom-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('reads a file that starts with a byte-order mark as the same file without one', () => {
  const text = readFileSync(join(MINIMAL, 'content/events/2020-06-fixture-report.mdx'), 'utf8');
  const plain = join(scratch, '2020-06-plain.mdx');
  const marked = join(scratch, '2020-06-marked.mdx');
  writeFileSync(plain, text);
  writeFileSync(marked, `\uFEFF${text}`);
  const problems: Problem[] = [];
  const [a, b] = [readMdx(plain, 'events', scratch, problems), readMdx(marked, 'events', scratch, problems)];
  expect(problems).toEqual([]);
  expect(b?.data).toEqual(a?.data);
  expect([b?.body, b?.bodyLine, b?.locate(['kind'])]).toEqual([a?.body, a?.bodyLine, a?.locate(['kind'])]);
});
