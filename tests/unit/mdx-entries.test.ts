import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { mdxEntries } from '../../src/plugins/mdx-entries.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

interface Stored { id: string; data: Record<string, unknown>; body?: string; filePath?: string; digest?: string | number }

const root = mkdtempSync(join(tmpdir(), 'mdx-entries-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(join(MINIMAL, 'content'), join(root, 'content'), { recursive: true });
const raid = join(root, 'content/events/2020-05-01-fixture-raid.mdx');
writeFileSync(raid, readFileSync(raid, 'utf8').replace('date: "2020-05-01"', 'date: 2020-05-01'));

/** The parts of Astro's loader context the loader uses, recording what it does. */
function context(watching = false) {
  const errors: string[] = [];
  const handlers = new Map<string, (path: string) => void>();
  const watcher = { add: () => watcher, on: (event: string, f: (path: string) => void) => (handlers.set(event, f), watcher) };
  const entries = new Map<string, Stored>();
  const parsed: string[] = [];
  const ctx = {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Stored) => { entries.set(entry.id, entry); return true; },
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => { parsed.push(id); return data; },
    generateDigest: (text: string) => text.length + ':' + text.slice(0, 200),
    logger: { error: (m: string) => void errors.push(m) },
    config: { root: pathToFileURL(`${root}/`) },
    watcher: watching ? watcher : undefined,
  } as unknown as LoaderContext;
  return { ctx, entries, parsed, errors, handlers };
}

describe('the loader of actors and events', () => {
  const folder = join(root, 'content/events');
  const loader = mdxEntries('events', 'content/events');

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
    handlers.get('change')!(join(root, 'content/events-old/x.mdx')); // not this collection's folder
    handlers.get('unlink')!(join(folder, `${kept[0]}.mdx`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(parsed).toEqual(['2020-01-01-no-frontmatter']);
    expect(entries.has('2020-01-01-no-frontmatter')).toBe(true);
    expect(entries.has(kept[0]!)).toBe(false);
  });
});
