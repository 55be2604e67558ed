import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { contentRedirects } from '../../src/lib/content/redirects.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

function copyOfMinimal(): string {
  const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
  temp.push(dir);
  cpSync(join(MINIMAL, 'content'), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

function addFrontmatter(file: string, line: string) {
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, `---\n${line}\n`));
}

describe('redirectFrom', () => {
  it('forwards the old address of a renamed event to its new page', () => {
    const content = copyOfMinimal();
    const events = join(content, 'events');
    renameSync(join(events, '2020-06-fixture-report.mdx'), join(events, '2020-06-fixture-bulletin.mdx'));
    addFrontmatter(join(events, '2020-06-fixture-bulletin.mdx'), 'redirectFrom: [2020-06-fixture-report]');
    const raw = readContent(content, join(content, '..'));
    expect(validateContent(raw).problems).toEqual([]);
    expect(contentRedirects(raw)).toEqual({ '/events/2020-06-fixture-report/': '/events/2020-06-fixture-bulletin/' });
    // Under a sub-path, Astro prefixes the old path itself; the destination needs the base.
    expect(contentRedirects(raw, '/explainer/')).toEqual({ '/events/2020-06-fixture-report/': '/explainer/events/2020-06-fixture-bulletin/' });
  });

  it('refuses an old id that is another entry\'s id, or claimed twice, with file and line', () => {
    const content = copyOfMinimal();
    addFrontmatter(join(content, 'actors/fixture-group.mdx'), 'redirectFrom: [fixture-outlet, old-group]');
    addFrontmatter(join(content, 'actors/fixture-outlet.mdx'), 'redirectFrom: [old-group]');
    const lines = validateContent(readContent(content, join(content, '..'))).problems.map(formatProblem);
    expect(lines.join('\n')).toMatch(/actors\/fixture-group\.mdx:2:16 .*'fixture-outlet' is the id of another actor/);
    expect(lines.join('\n')).toMatch(/actors\/fixture-outlet\.mdx:2:16 .*'old-group' already redirects to/);
  });
});
