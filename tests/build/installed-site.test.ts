/**
 * A site that installs the generator instead of forking it: a folder outside the repository
 * with only its content, a package.json that depends on the generator by path and a
 * three-line astro.config.mjs. npm installs the path dependency from nothing but the folder
 * (--offline). astro, the generator's peer dependency, with everything npm would hoist beside
 * it, and the pinned Node the bin runs on, are linked from this repository's node_modules,
 * because the npm cache of a machine without network need not hold them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

const site = mkdtempSync(join(tmpdir(), 'explainer-site-'));
const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, CONTENT_DIR: _c, SITE_URL: _u, BASE_PATH: _bp, ...parent } = process.env;
const env = { ...parent, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' };

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: site, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

let build: { code: number; output: string };

beforeAll(() => {
  cpSync(join(MINIMAL, 'content'), join(site, 'content'), { recursive: true });
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'installed-site', private: true, type: 'module', dependencies: { 'explainer-site-generator': `file:${ROOT}` } }, null, 2));
  writeFileSync(join(site, 'astro.config.mjs'), [
    "import { defineConfig } from 'astro/config';",
    "import explainer from 'explainer-site-generator';",
    'export default defineConfig({ integrations: [explainer()] });',
  ].join('\n'));
  const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts']);
  if (install.code !== 0) throw new Error(`npm install --offline failed:\n${install.output}`);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name.startsWith('.') || existsSync(join(site, 'node_modules', name))) continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(site, 'node_modules', name));
  }
  build = run(process.execPath, [join(site, 'node_modules/astro/bin/astro.mjs'), 'build']);
}, 300_000);

afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('a site that depends on the generator by path', () => {
  it('npm links the package and its `explainer` command', () => {
    expect(existsSync(join(site, 'node_modules/explainer-site-generator/src/integration.ts'))).toBe(true);
    expect(existsSync(join(site, 'node_modules/.bin/explainer'))).toBe(true);
  });

  it('builds with `astro build` into its own dist/: the pages of its content and its search index', () => {
    expect(build.code, build.output).toBe(0);
    const dist = join(site, 'dist');
    for (const page of ['index.html', 'about/index.html', 'actors/fixture-group/index.html', 'actors/index.html', 'events/index.html', 'timeline/index.html', '404.html', 'feed.xml', 'data/events.csv']) {
      expect(existsSync(join(dist, page)), page).toBe(true);
    }
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    // The generator's public files, which its pages link to, come with it.
    expect(existsSync(join(dist, 'favicon.svg'))).toBe(true);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    const title = /^title:\s*(.+)$/m.exec(readFileSync(join(site, 'content/site.yaml'), 'utf8'))![1]!.replace(/^["']|["']$/g, '');
    expect(home).toContain(title);
  });

  it('checks its content with `explainer check`, and fails on a broken file', () => {
    const clean = run(process.execPath, [join(site, 'node_modules/.bin/explainer'), 'check']);
    expect(clean.code, clean.output).toBe(0);
    expect(clean.output).toMatch(/no problems \(content checked/);
    const file = join(site, 'content/actors/fixture-group.mdx');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^---\n/, '---\nkind: [\n'));
    try {
      const broken = run(process.execPath, [join(site, 'node_modules/.bin/explainer'), 'check']);
      expect(broken.code).toBe(1);
      expect(broken.output).toContain('content/actors/fixture-group.mdx');
    } finally {
      writeFileSync(file, text);
    }
  });
});
