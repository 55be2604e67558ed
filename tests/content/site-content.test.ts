/**
 * Content checks of the first explainer (content/): not tests of the generator, which run on
 * fixture sites. They say that the explainer is clean, that it builds and that its main pages
 * exist. An editor who renames one of these pages updates the list here.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { spawnSync } from 'node:child_process';
import { ISKP_CONTENT, ISKP_DIST } from '../helpers/iskp-site.ts';

describe('content check: the ISKP explainer', () => {
  it('passes `npm run check` with no problem', () => {
    const result = spawnSync(process.execPath, ['scripts/check.ts', '--no-types'], {
      cwd: ROOT, env: { ...process.env, CONTENT_DIR: ISKP_CONTENT }, encoding: 'utf8',
    });
    expect(`${result.stdout}${result.stderr}`).toMatch(/no problems/i);
    expect(result.status).toBe(0);
  });

  // Built once per run by the content tests' global setup (tests/helpers/build-iskp.ts).
  describe('its build', () => {
    // Content check: the explainer's main pages. Rename one, and update this list.
    it.each([
      '/', '/about/', '/methodology/', '/actors/iskp/', '/actors/taliban/', '/actors/zabihullah-mujahid/',
      '/events/2022-07-16-imam-sahib-operation/', '/events/2022-07-20-gdi-raid-kabul-flat/', '/map/', '/relations/', '/timeline/', '/sources/',
    ])('has the page %s', (path) => {
      expect(existsSync(join(ISKP_DIST, path, 'index.html')), path).toBe(true);
    });
  });
});
