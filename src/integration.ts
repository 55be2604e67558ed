/**
 * The generator as one Astro integration: a site installs the package and writes
 * `integrations: [explainer()]`. At `astro:config:setup` it reads the content folder and its
 * settings once (readContent), checks them once (the content check, in the words `npm run
 * check` uses), and from that one reading sets the build's settings (address, base, cache,
 * redirects, Markdown), adds the integrations the site needs, injects the generator's routes
 * (src/routes, the same addresses as a site's own src/pages would give them) and hands the
 * settings to the routes and the content config through a virtual module (src/astro/site.ts), so
 * that nothing reads `site.yaml` a second time, and the entries and sources to the content
 * loaders (src/astro/reading.ts), so that no content file is read a second time either.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, ViteUserConfig } from 'astro';
import remarkGfm from 'remark-gfm';
import { contentDir, readContent } from './lib/content/content-files.ts';
import { handOver } from './astro/reading.ts';
import { isFindablePage } from './lib/render/findable.ts';
import { siteMessages } from './lib/i18n/catalogue.ts';
import { contentRedirects } from './lib/content/redirects.ts';
import { siteSchema } from './lib/content/schema.ts';
import { cacheFolderName, deployment, INTERFACE_FILE, overrideProblems, siteModel } from './lib/content/site-config.ts';
import { endCitationThread } from './lib/render/citation/off-thread.ts';
import { formatCitationsEarly } from './plugins/citation-prefetch.ts';
import renderThreads from './plugins/render-threads.ts';
import shareCards from './plugins/share-cards.ts';
import workCaches, { installBuildCaches } from './plugins/work-cache.ts';
import mapGrounds from './plugins/map-grounds.ts';
import { ContentError, contentCheck } from './plugins/content-check.ts';
import pagefind from './plugins/pagefind.ts';
import remarkMdxGuard from './plugins/remark-mdx-guard.ts';
import siteAddress from './plugins/site-address.ts';

export { ContentError };

export interface ExplainerOptions {
  /** The content folder, relative to the site's root; `CONTENT_DIR` overrides it. Default `./content`. */
  content?: string;
}

/** The name pages and the content config import the resolved settings by. */
export const CONFIG_MODULE = 'virtual:explainer/config';

/** What the virtual module holds: the content folder and the settings as read, not yet resolved. */
export interface ExplainerConfig {
  /** Absolute path of the content folder. */
  root: string;
  /** `site.yaml` as read (validated by the content check before any page is built). */
  site: unknown;
  /** `interface.yaml` as read, or `{}`. */
  messages: unknown;
}

const SRC = new URL('./', import.meta.url);
const PACKAGE: string = JSON.parse(readFileSync(new URL('../package.json', SRC), 'utf8')).name;
const ROUTES = fileURLToPath(new URL('./routes/', SRC));

/** The address of a route file of src/routes, as Astro would give it in src/pages. */
export function routePattern(file: string): string {
  const path = file.split(sep).join('/').replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '');
  return `/${path}`;
}

/** Every route file of the generator, relative to src/routes, sorted. */
export function routeFiles(dir: string = ROUTES): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile() && /\.(astro|ts)$/.test(d.name))
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

/**
 * The folder of the routes as the site reaches it: the generator's own when the site is
 * this repository or holds a copy of it, else the address through the site's node_modules
 * (an install by path links there to a folder outside the site).
 */
function routesFor(root: string): string {
  const inside = !relative(root, ROUTES).startsWith('..');
  return inside ? ROUTES : join(root, 'node_modules', PACKAGE, 'src', 'routes');
}

/** Whether a source folder holds a content config of its own. */
function hasContentConfig(srcDir: URL): boolean {
  return ['mjs', 'js', 'mts', 'ts'].some((ext) => existsSync(new URL(`content.config.${ext}`, srcDir)));
}

export default function explainer(options: ExplainerOptions = {}): AstroIntegration {
  return {
    name: 'explainer',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig, injectRoute, addWatchFile }) => {
        const cwd = fileURLToPath(config.root);
        const root = process.env.CONTENT_DIR ? contentDir() : resolve(cwd, options.content ?? 'content');
        // The one reading of the folder: the check, the redirects, the cache key and the
        // pages' settings all come from it.
        const raw = readContent(root, cwd);
        const parsed = siteSchema.safeParse(raw.site?.data);
        // Without valid settings (only possible in `astro dev`, the build stops at the check
        // below) the server still starts with the generator's defaults, and the problems are in its log.
        const settings = parsed.success ? parsed.data : siteSchema.parse({ title: '-', description: '-', language: 'en' });
        const messages = raw.interface?.data ?? {};
        const model = siteModel(settings, siteMessages(messages));
        // Astro caches loaded entries between builds, and the generator its work (share
        // cards, checked and rendered bodies, citations): one cache per content folder and
        // content model. A build reuses the work from its content check on.
        const cacheKey = cacheFolderName(root, model.schemas);
        const cacheDir = new URL(`./node_modules/.astro/${cacheKey}/`, config.root);
        if (command === 'build') {
          installBuildCaches(cacheDir);
          // Beside the check, on the core it leaves idle; settings the check will refuse format nothing.
          const early = parsed.success && overrideProblems().length === 0 ? formatCitationsEarly(raw, settings, deployment(settings)) : 0;
          if (early > 0) logger.info(`Citations: ${early} pages' records sent to be formatted beside the content check`);
        }
        try {
          contentCheck(raw, command, logger);
        } catch (error) {
          // The build stops here: the early formatting must not keep it waiting.
          await endCitationThread();
          throw error;
        }
        // The content loaders fill Astro's store from this reading instead of reading each file again.
        handOver(raw);
        // Without an address (site.yaml `url`, SITE_URL) `site` stays unset: the build guesses
        // no host (src/lib/render/site-address.ts), and src/plugins/site-address.ts says so once.
        const { site, base } = deployment(settings);

        const payload: ExplainerConfig = { root, site: raw.site?.data ?? {}, messages };
        const resolved = `\0${CONFIG_MODULE}`;
        const vite: ViteUserConfig = {
          // Astro compiles the styles of an .astro file only inside the site's root: the
          // generator installed by path (a link out of node_modules) keeps the linked address.
          ...(routesFor(cwd) === ROUTES ? {} : { resolve: { preserveSymlinks: true } }),
          plugins: [{
            name: 'explainer:config',
            resolveId: (id: string) => (id === CONFIG_MODULE ? resolved : undefined),
            load: (id: string) => (id === resolved ? `export default ${JSON.stringify(payload)};` : undefined),
          }],
          build: {
            rollupOptions: {
              // Astro's own MDX modules trip this bundler warning (withastro/astro#18087): one
              // per content file, none of it actionable. Everything else still prints.
              onwarn(warning, warn) {
                if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
                warn(warning);
              },
            },
          },
        };
        updateConfig({
          // Astro reads the collections from `content.config.ts` in the source folder only: a
          // site that writes no source of its own builds from the generator's (src/).
          ...(hasContentConfig(config.srcDir) ? {} : { srcDir: SRC }),
          // The files served as they are (the icon the pages link to) come with the generator
          // to a site that has no public/ folder of its own.
          ...(existsSync(config.publicDir) ? {} : { publicDir: new URL('../public/', SRC) }),
          ...(site ? { site } : {}),
          base,
          trailingSlash: 'always',
          cacheDir,
          // Component styles go to cached .css files, never into each page's HTML: pages stay
          // within their HTML budget. A few pages at once: while one waits for its body or its
          // citations from a thread (src/lib/render/thread-pool.ts), the next renders.
          build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
          // Sätteri, Astro 7's default, ignores remark plugins; unified() runs ours (MDX inherits it).
          markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkMdxGuard] }) },
          // Renamed entries keep their old addresses (redirectFrom): Astro writes a redirect page for each.
          redirects: contentRedirects(raw, base),
          // A sitemap lists absolute addresses only: without `site` there is none; it lists
          // only the pages to find (src/lib/render/findable.ts).
          integrations: [siteAddress(), mdx(), ...(site ? [sitemap({ filter: (page) => isFindablePage(new URL(page).pathname, base) })] : []), workCaches(), renderThreads(), shareCards(), mapGrounds(), pagefind()],
          vite,
        });
        const routes = routesFor(cwd);
        for (const file of routeFiles()) injectRoute({ pattern: routePattern(file), entrypoint: pathToFileURL(join(routes, file)) });
        // The settings are read here only: a changed site.yaml or interface.yaml restarts `astro dev`.
        addWatchFile(join(root, 'site.yaml'));
        addWatchFile(join(root, INTERFACE_FILE));
      },
    },
  };
}
