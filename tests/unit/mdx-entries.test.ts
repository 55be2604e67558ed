/**
 * The content loaders (src/plugins/mdx-entries.ts, src/plugins/source-entries.ts) with a store
 * that records what they do: handed the integration's reading, they fill the store without
 * reading a file; without one, and for every change `astro dev` reports, they read the disk.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MINIMAL } from '../helpers/fixtures.ts';

/** Every file read and folder listed through node:fs, as the loaders and the reader reach it. */
const disk = vi.hoisted(() => ({ touched: [] as string[] }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const spy = <F extends (...args: any[]) => any>(f: F) => ((path: unknown, ...rest: unknown[]) => (disk.touched.push(String(path)), f(path, ...rest))) as unknown as F;
  const readFileSync = spy(fs.readFileSync);
  const readdirSync = spy(fs.readdirSync);
  return { ...fs, default: { ...fs, readFileSync, readdirSync }, readFileSync, readdirSync };
});

const { mdxEntries } = await import('../../src/plugins/mdx-entries.ts');
const { sourceEntries } = await import('../../src/plugins/source-entries.ts');
const { handOver } = await import('../../src/astro/reading.ts');
const { readContent } = await import('../../src/lib/content/content-files.ts');

interface Stored { id: string; data: Record<string, unknown>; body?: string; filePath?: string; digest?: string | number; deferredRender?: boolean }

const root = mkdtempSync(join(tmpdir(), 'mdx-entries-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(join(MINIMAL, 'content'), join(root, 'content'), { recursive: true });
const content = join(root, 'content');
const raid = join(content, 'events/2020-05-01-fixture-raid.mdx');
writeFileSync(raid, readFileSync(raid, 'utf8').replace('date: "2020-05-01"', 'date: 2020-05-01'));

/** The parts of Astro's loader context the loaders use, recording what they do. */
function context(watching = false) {
  const errors: string[] = [];
  const handlers = new Map<string, (path: string) => void>();
  const watcher = { add: () => watcher, on: (event: string, f: (path: string) => void) => (handlers.set(event, f), watcher) };
  const entries = new Map<string, Stored>();
  const parsed: string[] = [];
  const modules: string[] = [];
  const ctx = {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Stored) => { entries.set(entry.id, entry); return true; },
      delete: (id: string) => entries.delete(id),
      clear: () => entries.clear(),
      keys: () => [...entries.keys()],
      addModuleImport: (file: string) => void modules.push(file),
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => { parsed.push(id); return data; },
    generateDigest: (text: string) => text.length + ':' + text.slice(0, 200),
    logger: { error: (m: string) => void errors.push(m), info: () => {}, warn: () => {} },
    config: { root: pathToFileURL(`${root}/`) },
    watcher: watching ? watcher : undefined,
  } as unknown as LoaderContext;
  return { ctx, entries, parsed, errors, handlers, modules };
}

const under = (folder: string) => disk.touched.filter((path) => path.startsWith(folder));

beforeEach(() => void (disk.touched.length = 0));

describe('the loaders handed the integration\'s reading', () => {
  it('fill every collection without reading or listing a file of the content folder, as reading the disk would', async () => {
    const collections = ['actors', 'events', 'pages'] as const;
    const fromDisk = collections.map(() => context());
    for (const [i, collection] of collections.entries()) await mdxEntries(collection, 'content').load(fromDisk[i]!.ctx);
    const sourcesFromDisk = context();
    await sourceEntries('content').load(sourcesFromDisk.ctx);
    // Without a reading, the loaders read every file.
    expect(under(content).filter((p) => p.endsWith('.mdx') || p.endsWith('.yaml')).length).toBe(7);

    handOver(readContent(content, root));
    disk.touched.length = 0;
    const handed = collections.map(() => context());
    for (const [i, collection] of collections.entries()) await mdxEntries(collection, 'content').load(handed[i]!.ctx);
    const sourcesHanded = context();
    await sourceEntries('content').load(sourcesHanded.ctx);
    expect(under(content)).toEqual([]);
    for (const [i] of collections.entries()) expect([...handed[i]!.entries]).toEqual([...fromDisk[i]!.entries]);
    expect([...sourcesHanded.entries]).toEqual([...sourcesFromDisk.entries]);
    expect(sourcesHanded.entries.size).toBeGreaterThan(0);
  });

  it('take the reading once: the next load reads the disk and sees what changed since', async () => {
    handOver(readContent(content, root));
    const loader = mdxEntries('actors', 'content');
    const first = context();
    disk.touched.length = 0;
    await loader.load(first.ctx);
    expect(under(content)).toEqual([]);
    const changed = join(content, 'actors/fixture-group.mdx');
    const before = readFileSync(changed, 'utf8');
    writeFileSync(changed, `${before}\nRead again.\n`);
    disk.touched.length = 0;
    await loader.load(first.ctx);
    expect(under(join(content, 'actors'))).toContain(changed);
    expect(first.entries.get('fixture-group')!.body).toMatch(/Read again\.$/);
    writeFileSync(changed, before);
  });

  it('drop an entry whose file is gone from the reading, and keep one whose file could not be read', async () => {
    const { ctx, entries } = context();
    entries.set('gone', { id: 'gone', data: {} });
    entries.set('unreadable', { id: 'unreadable', data: {}, digest: 'x' });
    const raw = readContent(content, root);
    raw.ids.actors.add('unreadable');
    handOver(raw);
    await mdxEntries('actors', 'content').load(ctx);
    expect([...entries.keys()].sort()).toEqual(['fixture-group', 'fixture-outlet', 'unreadable']);
  });
});

describe('the loader of the .mdx collections', () => {
  const folder = join(content, 'events');
  const loader = mdxEntries('events', 'content');

  it('stores every .mdx under its file name, with its frontmatter and its trimmed body, and no rendering', async () => {
    const { ctx, entries } = context();
    await loader.load(ctx);
    expect([...entries.keys()].sort()).toEqual(['2020-05-01-fixture-raid', '2020-06-fixture-report']);
    const first = entries.get('2020-05-01-fixture-raid')!;
    expect(first.filePath).toBe('content/events/2020-05-01-fixture-raid.mdx');
    // Read as validation (and Astro's own loaders) read it: an unquoted 2020-05-01 is YAML's
    // date, which the schema gives back as the EDTF string.
    expect(first.data.date).toEqual(new Date('2020-05-01T00:00:00Z'));
    expect(typeof first.data.title).toBe('string');
    // The body keeps its place in the file: its first line is the file's line after the frontmatter.
    const file = readFileSync(raid, 'utf8');
    const bodyLine = file.split('\n').indexOf(first.body!.trim().split('\n')[0]!) + 1;
    expect(first.body!.split('\n').indexOf(first.body!.trim().split('\n')[0]!) + 1).toBe(bodyLine);
    expect(first).not.toHaveProperty('rendered');
    expect(first).not.toHaveProperty('deferredRender');
  });

  it('leaves pages to @astrojs/mdx to compile from their file, changed or not', async () => {
    const { ctx, entries, modules, parsed } = context();
    const pages = mdxEntries('pages', 'content');
    await pages.load(ctx);
    expect(entries.get('index')).toMatchObject({ filePath: 'content/pages/index.mdx', deferredRender: true });
    modules.length = 0;
    parsed.length = 0;
    await pages.load(ctx);
    expect(parsed).toEqual([]);
    expect(modules.sort()).toEqual(['content/pages/about.mdx', 'content/pages/index.mdx']);
  });

  it('parses again only what changed, and forgets removed files', async () => {
    const { ctx, entries, parsed } = context();
    await loader.load(ctx);
    const ids = [...entries.keys()];
    parsed.length = 0;
    const changed = join(folder, `${ids[0]}.mdx`);
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nOne more sentence.\n`);
    unlinkSync(join(folder, `${ids[1]}.mdx`));
    await loader.load(ctx);
    expect(parsed).toEqual([ids[0]]);
    expect(entries.get(ids[0]!)!.body).toMatch(/One more sentence\.$/);
    expect(entries.has(ids[1]!)).toBe(false);
  });

  it('fails with file and line when a file has no frontmatter', async () => {
    writeFileSync(join(folder, '2020-01-01-no-frontmatter.mdx'), 'Just text.\n');
    await expect(loader.load(context().ctx)).rejects.toThrow(/2020-01-01-no-frontmatter\.mdx:1:1 .*frontmatter/);
  });

  it('in dev, reports a broken file and keeps the others, then follows each change to its own entry', async () => {
    const { ctx, entries, parsed, errors, handlers } = context(true);
    await loader.load(ctx);
    expect(errors).toEqual([expect.stringMatching(/2020-01-01-no-frontmatter\.mdx:1:1 /)]);
    const kept = [...entries.keys()];
    expect(kept.length).toBeGreaterThan(0);
    parsed.length = 0;
    const fixed = join(folder, '2020-01-01-no-frontmatter.mdx');
    writeFileSync(fixed, readFileSync(join(folder, `${kept[0]}.mdx`), 'utf8'));
    handlers.get('change')!(fixed);
    handlers.get('change')!(join(content, 'events-old/x.mdx')); // not this collection's folder
    handlers.get('unlink')!(join(folder, `${kept[0]}.mdx`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(parsed).toEqual(['2020-01-01-no-frontmatter']);
    expect(entries.has('2020-01-01-no-frontmatter')).toBe(true);
    expect(entries.has(kept[0]!)).toBe(false);
  });
});

describe('the loader of the sources', () => {
  const path = join(content, 'sources.yaml');

  it('handed a reading without sources (a broken file), reads the file to log its problems and keeps the entries', async () => {
    const { ctx, entries, errors } = context();
    entries.set('kept', { id: 'kept', data: {} });
    const before = readFileSync(path, 'utf8');
    writeFileSync(path, 'id: [not a list\n');
    try {
      handOver(readContent(content, root));
      await sourceEntries('content').load(ctx);
    } finally {
      writeFileSync(path, before);
    }
    expect(errors).toEqual([expect.stringMatching(/content\/sources\.yaml:\d+:\d+ /)]);
    expect([...entries.keys()]).toEqual(['kept']);
  });

  it('in dev, reads sources.yaml again when it changes, and keeps the entries while it is broken', async () => {
    const { ctx, entries, errors, handlers } = context(true);
    const loader = sourceEntries('content');
    await loader.load(ctx);
    const ids = [...entries.keys()];
    expect(ids.length).toBeGreaterThan(0);
    expect(entries.get(ids[0]!)!.filePath).toBe('content/sources.yaml');
    const before = readFileSync(path, 'utf8');
    writeFileSync(path, `${before}\n- id: added-source\n  title: Added\n`);
    handlers.get('change')!(path);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(entries.has('added-source')).toBe(true);
    writeFileSync(path, 'id: [not a list\n');
    handlers.get('change')!(path);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).toEqual([expect.stringMatching(/content\/sources\.yaml:\d+:\d+ /)]);
    expect(entries.has('added-source')).toBe(true);
    writeFileSync(path, before);
  });
});
