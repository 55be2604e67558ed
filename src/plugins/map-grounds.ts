/**
 * Astro integration: the grounds of small maps (src/lib/figures/map/grounds.ts), served once
 * for every page drawn in the same frame. Pages hand in a ground's SVG while they render;
 * once they are written (`astro:build:done`) each one is written to
 * `<outDir>/map/ground/<hash>.svg`. In `astro dev` they are served from memory.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GROUND_REGISTRY, GROUNDS_DIR, groundName, type GroundRegistry } from '../lib/figures/map/grounds.ts';

const holder = globalThis as Record<symbol, GroundRegistry | undefined>;

/** A registry that keeps every ground handed in, by file name. */
function collect(into: Map<string, string>): GroundRegistry {
  return {
    add(svg) {
      const name = groundName(svg);
      if (!into.has(name)) into.set(name, svg);
      return name;
    },
  };
}

export default function mapGrounds(): AstroIntegration {
  let base = '/';
  let grounds = new Map<string, string>();
  return {
    name: 'explainer:map-grounds',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        grounds = new Map();
        holder[GROUND_REGISTRY] = collect(grounds);
      },
      'astro:build:done': ({ dir, logger }) => {
        holder[GROUND_REGISTRY] = undefined;
        if (grounds.size === 0) return;
        const out = join(fileURLToPath(dir), GROUNDS_DIR);
        mkdirSync(out, { recursive: true });
        let bytes = 0;
        for (const [name, svg] of grounds) {
          writeFileSync(join(out, name), svg);
          bytes += Buffer.byteLength(svg);
        }
        logger.info(`Map grounds: ${grounds.size} files, ${(bytes / 1024).toFixed(0)} KB`);
      },
      'astro:server:setup': ({ server }) => {
        const known = new Map<string, string>();
        holder[GROUND_REGISTRY] = collect(known);
        const prefix = `${base.replace(/\/$/, '')}/${GROUNDS_DIR}/`;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          const svg = path.startsWith(prefix) ? known.get(path.slice(prefix.length)) : undefined;
          if (svg === undefined) return next();
          res.setHeader('Content-Type', 'image/svg+xml');
          res.end(svg);
        });
      },
    },
  };
}
