/*
 * A symbolic link in the content folder: the build's loaders would follow it where the check
 * reads nothing, so a linked entry (with a future date, an unknown actor) was published
 * unchecked, and a link can point at any file of the machine. Check (and the build, which
 * runs the same check) refuses every link, with its path and what to do instead. Git can hold
 * links, but a fixture with one is made here, in a temporary copy.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/content-problems.ts';
import { readContent } from '../../src/lib/content/content-files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

const scratch = mkdtempSync(join(tmpdir(), 'symlinks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const UNCHECKED_EVENT = ['---', 'title: Linked', 'summary: "An event that lives outside the content folder and names nobody known."', 'date: "2099-01-01"', 'kind: raid',
  'actors:', '  - actor: nobody-known', '    role: perpetrator', 'sources: [fixture-report]', '---', '', 'Linked.', ''].join('\n');

function site(): { dir: string; content: string; outside: string } {
  const dir = mkdtempSync(join(scratch, 'site-'));
  cpSync(MINIMAL, dir, { recursive: true });
  const outside = join(dir, 'outside');
  mkdirSync(outside);
  return { dir, content: join(dir, 'content'), outside };
}

const problems = (dir: string) => checkContent(readContent(join(dir, 'content'), dir), { now: new Date('2025-01-01T00:00:00Z') }).problems.map(formatProblem);
const refusal = (path: string) =>
  `content/${path}:1:1 error '${path}' is a symbolic link: content files must be real files inside the content folder, which the build checks before it reads them; put the file itself here (copy it) instead of a link [(file)]`;

describe('symbolic links in the content folder', () => {
  it('refuses a linked entry, which the check could not see and the build would publish', () => {
    const { dir, content, outside } = site();
    writeFileSync(join(outside, 'event.mdx'), UNCHECKED_EVENT);
    symlinkSync(join(outside, 'event.mdx'), join(content, 'events/2099-01-01-linked.mdx'));
    expect(problems(dir)).toEqual([refusal('events/2099-01-01-linked.mdx')]);
  });

  it('refuses a linked folder and a linked settings file', () => {
    const { dir, content, outside } = site();
    symlinkSync(outside, join(content, 'pages/more'));
    rmSync(join(content, 'sources.yaml'));
    cpSync(join(MINIMAL, 'content/sources.yaml'), join(outside, 'sources.yaml'));
    symlinkSync(join(outside, 'sources.yaml'), join(content, 'sources.yaml'));
    expect(problems(dir)).toEqual([refusal('pages/more'), refusal('sources.yaml')]);
  });
});
