/**
 * A build reads each content file once: the integration reads the folder, checks it and hands
 * the reading to the content loaders (src/astro/reading.ts), which fill Astro's store from it.
 * The build of a copy of the minimal fixture runs with tests/helpers/record-reads.ts preloaded,
 * which records every read through node:fs of a file under the content folder, by the
 * generator, Astro's loaders, Vite and its plugins alike. What it cannot see is Rolldown's own
 * reading, in native code, of the modules it bundles: the compile of each editorial page by
 * @astrojs/mdx starts there, from the page's file, as for any module.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runAstro } from '../helpers/astro.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

const dir = join(ROOT, 'tests/.tmp/reads-once');
const content = join(dir, 'content');
const log = join(dir, 'reads.txt');
let build: ReturnType<typeof runAstro>;

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(MINIMAL, 'content'), content, { recursive: true });
  writeFileSync(log, '');
  const recorder = join(ROOT, 'tests/helpers/record-reads.ts');
  build = runAstro(['build', '--outDir', join(dir, 'dist')], {
    CONTENT_DIR: content,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${recorder}`.trim(),
    RECORD_READS_UNDER: content,
    RECORD_READS_TO: log,
  });
});

describe('a build', () => {
  it('reads every file of the content folder once', () => {
    expect(build.code, build.output).toBe(0);
    expect(existsSync(join(dir, 'dist/events/2020-05-01-fixture-raid/index.html'))).toBe(true);
    const counts = new Map<string, number>();
    for (const path of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
      const file = relative(content, path);
      counts.set(file, (counts.get(file) ?? 0) + 1);
    }
    expect(Object.fromEntries([...counts].sort())).toEqual({
      'actors/fixture-group.mdx': 1,
      'actors/fixture-outlet.mdx': 1,
      'events/2020-05-01-fixture-raid.mdx': 1,
      'events/2020-06-fixture-report.mdx': 1,
      'pages/about.mdx': 1,
      'pages/index.mdx': 1,
      'site.yaml': 1,
      'sources.yaml': 1,
    });
  });
});
