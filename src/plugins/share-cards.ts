/**
 * Astro integration: the share cards (og:image) of every page. Pages name their card while
 * they render (src/lib/figures/cards/registry.ts); a card already in the cache (`<cacheDir>/share-cards/`,
 * named by its hash) is taken as it is, any other is drawn at once on a worker thread
 * (src/lib/figures/cards/off-thread.ts), beside the rendering. Once the pages are written
 * (`astro:build:done`) the build waits for the last cards and copies every card a page names
 * to `<outDir>/cards/<hash>.png`. A rebuild draws only the cards whose inputs changed.
 *
 * In `astro dev` a card is drawn when it is asked for.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkStore } from '../lib/cache/store.ts';
import { CardThreads } from '../lib/figures/cards/off-thread.ts';
import { cardRecipe } from '../lib/figures/cards/recipe.ts';
import { CARDS_DIR, REGISTRY, cardHash, type CardRegistry } from '../lib/figures/cards/registry.ts';
import type { CardSpec } from '../lib/figures/cards/template.ts';

const holder = globalThis as Record<symbol, CardRegistry | undefined>;

export default function shareCards(): AstroIntegration {
  let cache = '';
  let store: WorkStore | undefined;
  let base = '/';
  let specs = new Map<string, CardSpec>();
  let threads: CardThreads | undefined;
  let drawn = 0;
  return {
    name: 'explainer:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), 'share-cards');
        base = config.base;
      },
      'astro:build:start': () => {
        mkdirSync(cache, { recursive: true });
        store = new WorkStore(cache);
        const recipe = cardRecipe();
        const cards = store;
        specs = new Map();
        drawn = 0;
        const pool = new CardThreads();
        threads = pool;
        holder[REGISTRY] = {
          add(spec) {
            const hash = cardHash(recipe, spec);
            if (!specs.has(hash)) {
              specs.set(hash, spec);
              const file = cards.file(hash, '.png');
              if (!existsSync(file)) {
                pool.draw(hash, spec, file);
                drawn++;
              }
            }
            return hash;
          },
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        holder[REGISTRY] = undefined;
        await threads?.finish();
        threads = undefined;
        if (specs.size === 0) return;
        const out = join(fileURLToPath(dir), CARDS_DIR);
        mkdirSync(out, { recursive: true });
        for (const hash of specs.keys()) copyFileSync(join(cache, `${hash}.png`), join(out, `${hash}.png`));
        // The cards no page names any more (a title before its edit) leave the cache.
        store?.prune();
        logger.info(`Share cards: ${specs.size} cards, ${drawn} drawn, ${specs.size - drawn} from the cache`);
      },
      'astro:server:setup': ({ server }) => {
        const recipe = cardRecipe();
        const known = new Map<string, CardSpec>();
        holder[REGISTRY] = {
          add(spec) {
            const hash = cardHash(recipe, spec);
            known.set(hash, spec);
            return hash;
          },
        };
        const prefix = `${base.replace(/\/$/, '')}/${CARDS_DIR}/`;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          const spec = path.startsWith(prefix) ? known.get(path.slice(prefix.length).replace(/\.png$/, '')) : undefined;
          if (!spec) return next();
          // Imported here so that a build never loads the renderer on its main thread.
          import('../lib/figures/cards/render.ts').then(({ renderCard }) => {
            res.setHeader('Content-Type', 'image/png');
            res.end(renderCard(spec));
          }, next);
        });
      },
    },
  };
}
