// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { readContent } from './src/lib/content-files.ts';
import { contentRedirects } from './src/lib/redirects.ts';
import { deployment, loadSiteConfig } from './src/lib/site-config.ts';
import contentCheck from './src/plugins/content-check.ts';
import remarkMdxGuard from './src/plugins/remark-mdx-guard.ts';

const { site, base } = deployment(loadSiteConfig());
if (!site) {
  console.warn('[explainer] site.yaml has no url and SITE_URL is unset: canonical links point to http://localhost:4321. Set one before deploying.');
}

export default defineConfig({
  site: site ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Sätteri, Astro 7's default, ignores remark plugins; unified() runs ours (MDX inherits it).
  markdown: {
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkMdxGuard] }),
  },
  // Renamed entries keep their old addresses (redirectFrom): Astro writes a redirect page for each.
  redirects: contentRedirects(readContent(), base),
  integrations: [contentCheck(), mdx(), sitemap()],
});
