// @ts-check
// The floor: bare Astro, one content collection, a minimal layout, and Pagefind through its
// Node API once the pages are written. Nothing else: no sidebar, no graph, no validation.
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** @returns {import('astro').AstroIntegration} */
function search() {
  return {
    name: 'floor:pagefind',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        await index.addDirectory({ path: outDir });
        await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        await pagefind.close();
      },
    },
  };
}

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [search()],
});
