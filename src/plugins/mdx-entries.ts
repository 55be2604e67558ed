/**
 * The content loader of the `.mdx` collections (actors, events, pages): one file per entry,
 * the file name its id. It stores each entry's frontmatter (checked against the collection's
 * schema) and its body. Actors and events are rendered by the page (src/lib/render/body-html.ts),
 * which turns the body into HTML without compiling it into a module: Astro's glob() loader
 * would hand every `.mdx` to @astrojs/mdx, which compiles, bundles and imports each file as
 * JavaScript, at thousands of entries the largest cost of the build in time and memory, for
 * content that must not run code anyway. The few editorial pages are left to @astrojs/mdx to
 * compile (`deferredRender`, as glob() marks them), which reads the page's file itself.
 *
 * A build reads each file once: the first load takes the entries the integration read and
 * checked (src/astro/reading.ts) without touching the disk; a later load of the same process,
 * and every change the watcher of `astro dev` reports, reads the files with the same reader
 * (content-files.ts), so the build and `npm run check` cannot disagree about what
 * a file says. The body keeps its place in the file (the frontmatter's lines are left blank,
 * as @astrojs/mdx does), so that an error while rendering names the file's own line. In
 * `astro dev`, a changed, added or removed file updates its entry, and a broken file is
 * reported while the others stay.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readMdx } from '../lib/content/content-files.ts';
import { formatProblem, type Problem } from '../lib/content/problems.ts';
import { takeEntries, type EntryCollection, type HandedEntry } from '../astro/reading.ts';

/** The loader of `collection`, whose files are `<content>/<collection>/*.mdx`. */
export function mdxEntries(collection: EntryCollection, content: string): Loader {
  return {
    name: 'explainer:mdx-entries',
    async load({ store, parseData, generateDigest, watcher, logger, config }: LoaderContext) {
      const root = fileURLToPath(config.root);
      const contentRoot = resolve(root, content);
      const folder = join(contentRoot, collection);
      const idOf = (path: string) => path.slice(folder.length + 1, -'.mdx'.length);
      const isEntry = (path: string) => path.startsWith(folder + sep) && path.endsWith('.mdx') && !path.slice(folder.length + 1).includes(sep);
      // Pages are compiled by @astrojs/mdx from their file when a page renders them.
      const compiled = collection === 'pages';

      /** Stores one entry as read; parses it again only if it changed since the store last had it. */
      async function store1(entry: HandedEntry): Promise<void> {
        const body = '\n'.repeat(entry.bodyLine - 1) + entry.body.trimEnd();
        const digest = generateDigest(JSON.stringify([entry.data, body]));
        const filePath = relative(root, join(folder, `${entry.id}.mdx`)).split(sep).join('/');
        if (store.get(entry.id)?.digest === digest) {
          // The compiled module of an unchanged page is still needed by the pages that render it.
          if (compiled) store.addModuleImport(filePath);
          return;
        }
        const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath });
        store.set({ id: entry.id, data, body, filePath, digest, ...(compiled ? { deferredRender: true } : {}) });
      }

      /** Reads one file into the store; throws its problems, with file and line. */
      async function loadFile(path: string): Promise<void> {
        const problems: Problem[] = [];
        const entry = readMdx(path, collection, root, problems);
        if (!entry) throw new Error(problems.map(formatProblem).join('\n'));
        await store1(entry);
      }

      const failures: string[] = [];
      let ids: Set<string>;
      const handed = takeEntries(contentRoot, collection);
      if (handed) {
        // The integration's reading: files it could not read were reported by its check.
        for (let i = 0; i < handed.entries.length; i++) {
          const entry = handed.entries[i]!;
          // Each entry read is let go once stored, so the reading never doubles the store.
          (handed.entries as (HandedEntry | undefined)[])[i] = undefined;
          await store1(entry).catch((error: Error) => void failures.push(error.message));
        }
        ids = handed.ids;
      } else {
        const names = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.mdx') && statSync(join(folder, n)).isFile()).sort() : [];
        for (const name of names) {
          await loadFile(join(folder, name)).catch((error: Error) => void failures.push(error.message));
        }
        ids = new Set(names.map((n) => n.slice(0, -'.mdx'.length)));
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      // A build has validated every file before this runs; should one still fail, say which.
      if (failures.length > 0 && !watcher) throw new Error(failures.join('\n'));
      for (const failure of failures) logger.error(failure);

      if (!watcher) return;
      watcher.add(folder);
      // One change at a time, in the order they came, each to its own entry.
      let queue = Promise.resolve();
      const changed = (path: string, removed: boolean) => {
        if (!isEntry(path)) return;
        queue = queue.then(() => (removed ? void store.delete(idOf(path)) : loadFile(path))).catch((error: Error) => logger.error(error.message));
      };
      watcher.on('add', (path) => changed(path, false)).on('change', (path) => changed(path, false)).on('unlink', (path) => changed(path, true));
    },
  };
}
