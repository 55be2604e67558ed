/**
 * The content loader of the sources: every item of `sources.yaml`, its `id` the entry's id.
 * The first load takes the sources the integration read and checked (src/astro/reading.ts);
 * a later load, and a change to the file in `astro dev`, read the file with the reader the
 * check uses (content-files.ts), where Astro's file() loader would read it a second time with
 * its own. A file that cannot be read keeps the entries the store had, its problems logged.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readSources } from '../lib/content/content-files.ts';
import { formatProblem, type Problem } from '../lib/content/problems.ts';
import { takeSources, type HandedSource } from '../astro/reading.ts';

const SOURCES_FILE = 'sources.yaml';

/** The loader of the sources of `<content>/sources.yaml`. */
export function sourceEntries(content: string): Loader {
  return {
    name: 'explainer:source-entries',
    async load({ store, parseData, watcher, logger, config }: LoaderContext) {
      const root = fileURLToPath(config.root);
      const contentRoot = resolve(root, content);
      const path = resolve(contentRoot, SOURCES_FILE);
      const filePath = relative(root, path).split(sep).join('/');

      async function fill(sources: HandedSource[]): Promise<void> {
        store.clear();
        for (const { data } of sources) {
          const id = String((data as { id?: unknown } | null)?.id ?? '');
          // The check reports an item without an id with its line; the store cannot hold it.
          if (!id) continue;
          store.set({ id, data: await parseData({ id, data: data as Record<string, unknown>, filePath: path }), filePath });
        }
      }

      async function readFile(): Promise<void> {
        if (!existsSync(path)) return void logger.error(`${filePath}: the file is missing`);
        const problems: Problem[] = [];
        const sources = readSources(path, root, problems);
        if (problems.length > 0) return void logger.error(problems.map(formatProblem).join('\n'));
        await fill(sources);
      }

      // No sources in the reading: the file is missing or broken (its problems are the check's),
      // and reading it here logs them and keeps what the store had, as a change in dev does.
      const handed = takeSources(contentRoot);
      await (handed?.length ? fill(handed) : readFile());
      if (!watcher) return;
      watcher.add(path);
      watcher.on('change', (changed) => {
        if (changed === path) readFile().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
