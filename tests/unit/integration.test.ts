/**
 * The generator's integration (src/integration.ts) on the minimal fixture: one reading of the
 * content folder and of site.yaml gives the check, the build's settings, the redirects and the
 * settings the routes import; every route of src/routes is injected at its address.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AstroIntegration } from 'astro';
import { installWorkCaches } from '../../src/lib/cache/registry.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

const reads = vi.hoisted(() => ({ files: [] as string[], folders: 0 }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    reads.files.push(String(path));
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

vi.mock('../../src/lib/content/content-files.ts', async (importOriginal) => {
  const files = await importOriginal<typeof import('../../src/lib/content/content-files.ts')>();
  return { ...files, readContent: (...args: Parameters<typeof files.readContent>) => (reads.folders++, files.readContent(...args)) };
});

const { default: explainer, CONFIG_MODULE, routeFiles, routePattern } = await import('../../src/integration.ts');

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** Runs the integration's setup hook as Astro would for a site at `root`, collecting what it asks for. */
async function setup(root: string, options: Parameters<typeof explainer>[0] = {}) {
  const updates: Record<string, any>[] = [];
  const routes: { pattern: string; entrypoint: string | URL }[] = [];
  const watched: string[] = [];
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn(), fork: vi.fn(), label: 'explainer', options: {} };
  const rootUrl = pathToFileURL(`${root}/`);
  const hook = explainer(options).hooks['astro:config:setup'] as Setup;
  await hook({
    config: { root: rootUrl, srcDir: new URL('src/', rootUrl), publicDir: new URL('public/', rootUrl) },
    command: 'build',
    isRestart: false,
    logger,
    updateConfig: (c: Record<string, any>) => void updates.push(c),
    injectRoute: (r: { pattern: string; entrypoint: string | URL }) => void routes.push(r),
    addWatchFile: (p: string | URL) => void watched.push(String(p)),
  } as unknown as Parameters<Setup>[0]);
  // A build installs its caches of work for the pages it renders; this one renders none.
  installWorkCaches(undefined);
  return { updates, routes, watched, logger };
}

// The setup of a build keeps the content check's work in the site's cache folder.
afterAll(() => rmSync(join(MINIMAL, 'node_modules'), { recursive: true, force: true }));

describe('explainer()', () => {
  let saved: Record<string, string | undefined>;
  beforeEach(() => {
    saved = { CONTENT_DIR: process.env.CONTENT_DIR, SITE_URL: process.env.SITE_URL, BASE_PATH: process.env.BASE_PATH };
    for (const name of Object.keys(saved)) delete process.env[name];
    reads.files.length = 0;
    reads.folders = 0;
  });
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) if (value === undefined) delete process.env[name]; else process.env[name] = value;
  });

  it('reads the content folder once and parses site.yaml once', async () => {
    await setup(MINIMAL);
    expect(reads.folders).toBe(1);
    expect(reads.files.filter((f) => f.endsWith('site.yaml'))).toEqual([join(MINIMAL, 'content', 'site.yaml')]);
  });

  it('hands its reading of the entries and sources to the content loaders, once each', async () => {
    await setup(MINIMAL);
    const { takeEntries, takeSources } = await import('../../src/astro/reading.ts');
    const root = join(MINIMAL, 'content');
    expect(takeEntries(root, 'actors')!.entries.map((e) => e.id)).toEqual(['fixture-group', 'fixture-outlet']);
    expect(takeEntries(root, 'pages')!.entries.map((e) => e.id)).toEqual(['about', 'index']);
    expect(takeSources(root)!.length).toBeGreaterThan(0);
    expect(takeEntries(root, 'actors')).toBeUndefined();
    expect(takeEntries(root, 'events')!.ids.size).toBe(2);
  });

  it('sets the build from the settings it read: base, trailing slashes, directory pages, its integrations', async () => {
    const { updates } = await setup(MINIMAL);
    expect(updates).toHaveLength(1);
    const [config] = updates;
    expect(config!.base).toMatch(/\/$/);
    expect(config!.trailingSlash).toBe('always');
    expect(config!.build).toMatchObject({ format: 'directory', inlineStylesheets: 'never' });
    expect(config!.markdown.processor).toBeDefined();
    expect(config!.integrations.map((i: AstroIntegration) => i.name)).toEqual(expect.arrayContaining(['@astrojs/mdx', 'explainer:pagefind', 'explainer:render-threads', 'explainer:site-address']));
    expect(String(config!.cacheDir)).toContain('/node_modules/.astro/');
  });

  it('hands the settings it read to the routes through its virtual module, without reading them again', async () => {
    const { updates } = await setup(MINIMAL);
    const before = reads.files.length;
    const plugin = updates[0]!.vite.plugins.find((p: { name: string }) => p.name === 'explainer:config');
    const id = plugin.resolveId(CONFIG_MODULE);
    const code: string = plugin.load(id);
    const data = JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''));
    expect(data.root).toBe(join(MINIMAL, 'content'));
    expect(data.site.title).toEqual(expect.any(String));
    expect(reads.files.length).toBe(before);
    expect(plugin.resolveId('some-other-module')).toBeUndefined();
  });

  it('injects every route of src/routes at the address src/pages would give it', async () => {
    const { routes } = await setup(MINIMAL);
    const patterns = routes.map((r) => r.pattern);
    expect(patterns).toHaveLength(routeFiles().length);
    expect(patterns).toEqual(expect.arrayContaining(['/', '/[page]', '/404', '/actors', '/actors/[id]', '/events/[id]/revisions/[rev]', '/feed.xml', '/data/events.csv', '/search/messages.json', '/embed/timeline']));
  });

  it('reads the content folder named by its `content` option, and CONTENT_DIR over it', async () => {
    const site = join(MINIMAL, '..', '..', '.tmp', 'integration-option');
    rmSync(site, { recursive: true, force: true });
    cpSync(join(MINIMAL, 'content'), join(site, 'words'), { recursive: true });
    const named = await setup(site, { content: 'words' });
    const code = (updates: Record<string, any>[]) => {
      const plugin = updates[0]!.vite.plugins.find((p: { name: string }) => p.name === 'explainer:config');
      return JSON.parse(plugin.load(plugin.resolveId(CONFIG_MODULE)).replace(/^export default /, '').replace(/;$/, ''));
    };
    expect(code(named.updates).root).toBe(join(site, 'words'));
    process.env.CONTENT_DIR = join(MINIMAL, 'content');
    expect(code((await setup(site, { content: 'words' })).updates).root).toBe(join(MINIMAL, 'content'));
  });

  it('stops the build with every problem of the content, in the words of the check', async () => {
    const { materialize } = await import('../helpers/fixtures.ts');
    const { brokenCases } = await import('../helpers/fixtures.ts');
    const dir = materialize(brokenCases()[0]!, 'broken', join(MINIMAL, '..', '..', '.tmp', 'integration-broken'));
    await expect(setup(dir)).rejects.toThrow(/The content has problems; nothing was built\./);
  });
});

describe('routePattern', () => {
  it('gives index files their folder and drops the extension', () => {
    expect(routePattern('index.astro')).toBe('/');
    expect(routePattern(join('actors', 'index.astro'))).toBe('/actors');
    expect(routePattern(join('actors', '[id]', 'revisions', '[rev].astro'))).toBe('/actors/[id]/revisions/[rev]');
    expect(routePattern('feed.xml.ts')).toBe('/feed.xml');
  });
});
