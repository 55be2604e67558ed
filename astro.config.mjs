// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import remarkGfm from 'remark-gfm';
import { contentDir, readContent } from './src/lib/content-files.ts';
import { contentRedirects } from './src/lib/redirects.ts';
import { z } from 'astro/zod';
import { deployment, loadSite, loadSiteConfig } from './src/lib/site-config.ts';
import contentCheck from './src/plugins/content-check.ts';
import citationThread from './src/plugins/citation-thread.ts';
import pagefind from './src/plugins/pagefind.ts';
import remarkMdxGuard from './src/plugins/remark-mdx-guard.ts';

// Without a readable site.yaml there are no settings; the content check below then stops the
// build with that problem among all the others, in the words `npm run check` uses.
const settings = (() => {
  try {
    return loadSiteConfig();
  } catch {
    return undefined;
  }
})();
const { site, base } = settings ? deployment(settings) : { site: undefined, base: '/' };
if (settings && !site) {
  console.warn('[explainer] site.yaml has no url and SITE_URL is unset: canonical links point to http://localhost:4321. Set one before deploying.');
}

// Astro caches loaded entries between builds; one cache per content folder and per content
// model, so that building another explainer (CONTENT_DIR) never sees the entries of the last
// one, and entries parsed with other schemas (the generator's or the site's vocabularies
// changed) are parsed again.
const model = settings ? Object.values(loadSite().schemas).map((schema) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) : [];
const cacheKey = createHash('sha1').update(contentDir()).update(JSON.stringify(model)).digest('hex').slice(0, 12);

export default defineConfig({
  site: site ?? 'http://localhost:4321',
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  base,
  trailingSlash: 'always',
  // Component styles go to cached .css files, never into each page's HTML: pages stay within
  // their HTML budget, and the CSS is downloaded once.
  // A few pages at once: while one waits for its citations from the worker thread
  // (src/lib/citation/off-thread.ts), the next renders.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Sätteri, Astro 7's default, ignores remark plugins; unified() runs ours (MDX inherits it).
  markdown: {
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkMdxGuard] }),
  },
  // Renamed entries keep their old addresses (redirectFrom): Astro writes a redirect page for each.
  redirects: contentRedirects(readContent(), base),
  // Revision pages are records of what a page said, kept for citations, not pages to find:
  // they stay out of the sitemap (and ask search engines not to index them).
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => !/\/(actors|events)\/[^/]+\/revisions\//.test(new URL(page).pathname) }), citationThread(), pagefind()],
  vite: {
    build: {
      rollupOptions: {
        // Astro's own MDX modules trip this bundler warning (withastro/astro#18087): one per
        // content file, none of it actionable. Everything else still prints.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
