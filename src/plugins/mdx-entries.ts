/**
 * The content loader of actors and events: one `.mdx` per entry, the file name its id. It
 * stores each entry's frontmatter (checked against the collection's schema) and its body,
 * and leaves rendering to the page (src/lib/body-html.ts), which turns the body into HTML
 * without compiling it into a module. Astro's glob() loader would hand every `.mdx` to
 * @astrojs/mdx, which compiles, bundles and imports each file as JavaScript: at thousands of
 * entries the largest cost of the build in time and memory, for content that must not run
 * code anyway.
 *
 * Frontmatter is read the way validation reads it (content-files.ts), so the build and
 * `npm run check` cannot disagree about what a file says. In `astro dev`, a changed, added
 * or removed file updates the collection.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readMdx } from '../lib/content-files.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';

export function mdxEntries(collection: 'actors' | 'events', dir: string): Loader {
  return {
    name: 'explainer:mdx-entries',
    async load({ store, parseData, generateDigest, watcher, logger, config }: LoaderContext) {
      const root = fileURLToPath(config.root);
      const folder = resolve(root, dir);

      async function loadFile(path: string): Promise<string | undefined> {
        const problems: Problem[] = [];
        const entry = readMdx(path, collection, root, problems);
        if (!entry) throw new Error(problems.map(formatProblem).join('\n'));
        const body = entry.body.trim();
        const digest = generateDigest(JSON.stringify([entry.data, body]));
        if (store.get(entry.id)?.digest === digest) return entry.id;
        const filePath = relative(root, path);
        const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath });
        store.set({ id: entry.id, data, body, filePath, digest });
        return entry.id;
      }

      async function sync(): Promise<void> {
        const names = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.mdx')).sort() : [];
        const ids = new Set<string>();
        for (const name of names) {
          const id = await loadFile(join(folder, name));
          if (id) ids.add(id);
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      }

      await sync();
      if (watcher) {
        watcher.add(folder);
        const changed = (path: string) => {
          if (!path.startsWith(folder) || !path.endsWith('.mdx')) return;
          sync().catch((error: Error) => logger.error(error.message));
        };
        watcher.on('add', changed).on('change', changed).on('unlink', changed);
      }
    },
  };
}
