import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { githubAnnotation } from '../../scripts/lib/annotations.ts';
import { parseTscOutput } from '../../scripts/lib/tsc-output.ts';
import { ROOT } from '../helpers/astro.ts';
import { expected, materialize, MINIMAL } from '../helpers/fixtures.ts';

// These tests run the real CLIs as child processes; a loaded machine needs more than 5 s.
vi.setConfig({ testTimeout: 60_000 });

const scratch = mkdtempSync(join(tmpdir(), 'check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `npm run check -- --no-types` on a folder holding `content/`. */
function check(dir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [resolve(ROOT, 'scripts/check.ts'), '--no-types'], {
    cwd: dir,
    env: { ...process.env, GITHUB_ACTIONS: '', ...env, CONTENT_DIR: join(dir, 'content') },
    encoding: 'utf8',
  });
  return { code: result.status, lines: result.stdout.trim().split('\n') };
}

describe('npm run check', () => {
  it('prints every problem of CONTENT_DIR in the one-line format and fails on errors', () => {
    const dir = materialize('mdx-handler-and-data-url', 'broken', join(scratch, 'errors'));
    const { code, lines } = check(dir);
    expect(code).toBe(1);
    expect(lines.slice(0, -1)).toEqual(expected('mdx-handler-and-data-url'));
    expect(lines.at(-1)).toMatch(/^3 errors and 0 warnings in 1 file \(content checked in [\d.]+ s/);
  });

  it('holds the SITE_URL and BASE_PATH overrides to the rules of the settings they replace', () => {
    const dir = materialize('uncited-source', 'broken', join(scratch, 'environment'));
    const { code, lines } = check(dir, { SITE_URL: 'https://example.org', BASE_PATH: '//evil.example' });
    expect(code).toBe(1);
    expect(lines).toContain(`(environment):1:1 error BASE_PATH: the base path '//evil.example' must not contain "//" (a browser reads //host as another site): write "/" for the root or e.g. "/explainer/" [BASE_PATH]`);
    expect(lines.filter((l) => l.startsWith('(environment)'))).toHaveLength(1);
  });

  it('reports every bad correction, with file, line, field and hint, as the build does', () => {
    const dir = materialize('bad-corrections', 'broken', join(scratch, 'corrections'));
    const { code, lines } = check(dir);
    expect(code).toBe(1);
    expect(lines.slice(0, -1)).toEqual(expected('bad-corrections'));
  });

  it('prints warnings but does not fail on them', () => {
    const dir = materialize('uncited-source', 'broken', join(scratch, 'warnings'));
    const { code, lines } = check(dir);
    expect(code).toBe(0);
    expect(lines.slice(0, -1)).toEqual(expected('uncited-source'));
  });

  it('adds GitHub annotations when GITHUB_ACTIONS=true', () => {
    const dir = materialize('unknown-actor', 'broken', join(scratch, 'github'));
    const { code, lines } = check(dir, { GITHUB_ACTIONS: 'true' });
    expect(code).toBe(1);
    expect(lines).toContain("::error file=content/events/2020-05-01-fixture-raid.mdx,line=13,col=5,title=actors[0].actor::unknown actor 'fixture-gruop' (did you mean 'fixture-group'?)");
  });

  it('fails a folder missing a file the build needs, naming the file and how to start one', () => {
    for (const name of ['missing-site-file', 'missing-sources-file', 'missing-home-page']) {
      const dir = materialize(name, 'broken', join(scratch, name));
      const { code, lines } = check(dir);
      expect(code, name).toBe(1);
      expect(lines.slice(0, -1), name).toEqual(expected(name));
      expect(lines.find((l) => l.includes('this file is missing')), name).toMatch(/npm run new -- site <folder>/);
    }
  });

  it('fails a CONTENT_DIR that does not exist, instead of passing an empty site', () => {
    const dir = join(scratch, 'nowhere');
    mkdirSync(dir);
    const { code, lines } = check(dir);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^content:1:1 error the content folder 'content' does not exist: set CONTENT_DIR/);
  });

  it('reports files the build would pass over: .md, .MDX, subfolders, unknown names', () => {
    const dir = materialize('ignored-files', 'broken', join(scratch, 'ignored'));
    const { code, lines } = check(dir);
    expect(code).toBe(1);
    expect(lines.slice(0, -1)).toEqual(expected('ignored-files'));
  });

  it('passes a clean content folder', () => {
    expect(check(MINIMAL)).toEqual({ code: 0, lines: [expect.stringMatching(/^no problems/)] });
  });
});

describe('output helpers', () => {
  it('escapes annotation properties and data as GitHub requires', () => {
    expect(githubAnnotation({ file: 'content/a,b.mdx', line: 2, column: 3, field: 'x:y', message: '50% done\nnext', severity: 'warning' }))
      .toBe('::warning file=content/a%2Cb.mdx,line=2,col=3,title=x%3Ay::50%25 done%0Anext');
  });

  it('reads tsc diagnostics, continuation lines included', () => {
    const output = [
      "src/lib/x.ts(3,14): error TS2322: Type 'string' is not assignable to type 'number'.",
      "scripts/y.ts(10,1): error TS2345: Argument of type 'A' is not assignable to parameter of type 'B'.",
      "  Property 'c' is missing in type 'A'.",
      'error TS5058: The specified path does not exist.',
    ].join('\n');
    expect(parseTscOutput(output)).toEqual([
      { file: 'src/lib/x.ts', line: 3, column: 14, field: 'TS2322', message: "Type 'string' is not assignable to type 'number'.", severity: 'error' },
      { file: 'scripts/y.ts', line: 10, column: 1, field: 'TS2345', message: "Argument of type 'A' is not assignable to parameter of type 'B'. Property 'c' is missing in type 'A'.", severity: 'error' },
      { file: 'tsconfig.json', line: 1, column: 1, field: 'typescript', message: 'error TS5058: The specified path does not exist.', severity: 'error' },
    ]);
  });
});
