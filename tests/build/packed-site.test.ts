/**
 * A site that installs the generator from the tarball `npm pack` makes, as from a registry:
 * the package is then a copy inside the site's node_modules, where Node strips no types, so
 * what Node runs itself (the integration, the citation and share-card workers, the `explainer`
 * command) must be the JavaScript that `prepack` compiled (scripts/pack.ts). The package is
 * packed from a copy of its files, so that the compiled files never appear beside the sources
 * other tests are building from. npm installs the tarball with --offline: its dependencies,
 * which a machine without network need not have in its cache, are linked from this
 * repository's node_modules first (one link per package, so that npm, pruning what it does not
 * need, only ever removes links), the rest after, as tests/build/installed-site.test.ts does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'explainer-packed-'));
const copy = join(work, 'package');
const site = join(work, 'site');
const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, CONTENT_DIR: _c, SITE_URL: _u, BASE_PATH: _bp, ...parent } = process.env;
const env = { ...parent, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' };
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[]; dependencies: Record<string, string>; peerDependencies: Record<string, string> };

function run(cwd: string, command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

/** Links `name` (scoped or not) from this repository's node_modules into the site's, unless it is there. */
function link(name: string): void {
  const target = join(site, 'node_modules', name);
  if (existsSync(target)) return;
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules', name), target);
}

/** Every package of this repository's node_modules, scoped ones one by one. */
function allPackages(): string[] {
  const top = readdirSync(join(ROOT, 'node_modules')).filter((name) => !name.startsWith('.'));
  return top.flatMap((name) => (name.startsWith('@') ? readdirSync(join(ROOT, 'node_modules', name)).map((p) => `${name}/${p}`) : [name]));
}

let packed: { code: number; output: string };
let build: { code: number; output: string };
const installed = join(site, 'node_modules/explainer-site-generator');

beforeAll(() => {
  mkdirSync(copy);
  for (const file of [...manifest.files, 'package.json', 'tsconfig.pack.json']) cpSync(join(ROOT, file), join(copy, file), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  packed = run(copy, 'npm', ['pack', '--pack-destination', work]);
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.output}`);
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'))!;

  mkdirSync(site);
  cpSync(join(MINIMAL, 'content'), join(site, 'content'), { recursive: true });
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'packed-site', private: true, type: 'module' }, null, 2));
  writeFileSync(join(site, 'astro.config.mjs'), [
    "import { defineConfig } from 'astro/config';",
    "import explainer from 'explainer-site-generator';",
    'export default defineConfig({ integrations: [explainer()] });',
  ].join('\n'));
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) link(name);
  const install = run(site, 'npm', ['install', join(work, tarball), '--offline', '--no-audit', '--no-fund', '--ignore-scripts']);
  if (install.code !== 0) throw new Error(`npm install --offline of the tarball failed:\n${install.output}`);
  for (const name of allPackages()) link(name);
  build = run(site, process.execPath, [join(site, 'node_modules/astro/bin/astro.mjs'), 'build']);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a site that installs the packed generator', () => {
  it('gets a copy of the package holding, beside its TypeScript, the JavaScript Node runs; the sources packed keep none', () => {
    expect(lstatSync(installed).isDirectory()).toBe(true);
    for (const file of ['integration.js', 'src/integration.js', 'src/lib/render/citation/worker.js', 'src/lib/figures/cards/worker.js', 'scripts/check.js', 'src/integration.ts']) {
      expect(existsSync(join(installed, file)), file).toBe(true);
    }
    expect(existsSync(join(copy, 'src/integration.js'))).toBe(false);
    expect(existsSync(join(copy, 'scripts/check.js'))).toBe(false);
  });

  it('builds with `astro build`: every page, its citations formatted on the worker thread, and the search index', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).not.toContain('ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING');
    const dist = join(site, 'dist');
    for (const page of ['index.html', 'about/index.html', 'actors/fixture-group/index.html', 'events/index.html', 'timeline/index.html', '404.html', 'feed.xml']) {
      expect(existsSync(join(dist, page)), page).toBe(true);
    }
    expect(readFileSync(join(dist, 'events/2020-05-01-fixture-raid/index.html'), 'utf8')).toContain('class="cite-note"');
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('checks its content with `explainer check`', () => {
    const clean = run(site, process.execPath, [join(site, 'node_modules/.bin/explainer'), 'check']);
    expect(clean.code, clean.output).toBe(0);
    expect(clean.output).toMatch(/no problems \(content checked/);
  });
});
