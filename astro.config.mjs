// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import remarkGfm from 'remark-gfm';
import { contentDir, readContent } from './src/lib/content-files.ts';
import { contentRedirects } from './src/lib/redirects.ts';
import { isFindablePage } from './src/lib/findable.ts';
import { z } from 'astro/zod';
import { deployment, loadSite, loadSiteConfig } from './src/lib/site-config.ts';
import contentCheck from './src/plugins/content-check.ts';
import citationThread from './src/plugins/citation-thread.ts';
import pagefind from './src/plugins/pagefind.ts';
import shareCards from './src/plugins/share-cards.ts';
import siteAddress from './src/plugins/site-address.ts';
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
// Without an address (site.yaml `url`, SITE_URL) `site` stays unset: the build guesses no host
// (src/lib/site-address.ts), and src/plugins/site-address.ts says so once.
const { site, base } = settings ? deployment(settings) : { site: undefined, base: '/' };

// Astro caches loaded entries between builds; one cache per content folder and per content
// model, so that building another explainer (CONTENT_DIR) never sees the entries of the last
// one, and entries parsed with other schemas (the generator's or the site's vocabularies
// changed) are parsed again.
const model = settings ? Object.values(loadSite().schemas).map((schema) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) : [];
const cacheKey = createHash('sha1').update(contentDir()).update(JSON.stringify(model)).digest('hex').slice(0, 12);

export default defineConfig({
  site,
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
  // A sitemap lists absolute addresses only: without `site` there is none (and the
  // integration, which would only say so a second time, is left out); it lists only the
  // pages to find (src/lib/findable.ts).
  integrations: [contentCheck(), siteAddress(), mdx(), ...(site ? [sitemap({ filter: (page) => isFindablePage(new URL(page).pathname, base) })] : []), citationThread(), shareCards(), pagefind()],
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
