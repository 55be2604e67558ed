/**
 * JSON Schemas of a site's content files, generated from the zod schemas of `schema.ts` (the
 * one definition) for the site's own vocabularies, so an editor's hover text and completion
 * list that site's codes: the YAML language server of VS Code reads them to check
 * `sources.yaml` and `site.yaml` while typing, with each field's `.describe()` as its hover
 * text. `npm run schema` writes them into the content folder's `schemas/` (each site its
 * own); a test fails when the first site's are stale.
 */
import { z } from 'astro/zod';
import { siteSchema } from '../../src/lib/content/schema.ts';
import { DEFAULT_MODEL, type SiteModel } from '../../src/lib/content/site-config.ts';

import { SCHEMA_DIR } from '../../src/lib/content/content-folder.ts';

export { SCHEMA_DIR };

function schemasOf(model: Pick<SiteModel, 'schemas'>) {
  const { actorSchema, eventSchema, pageSchema, sourcesFileSchema } = model.schemas;
  return {
    'actor.schema.json': { schema: actorSchema, title: 'Actor frontmatter (actors/*.mdx)' },
    'event.schema.json': { schema: eventSchema, title: 'Event frontmatter (events/*.mdx)' },
    'page.schema.json': { schema: pageSchema, title: 'Page frontmatter (pages/*.mdx)' },
    'sources.schema.json': { schema: sourcesFileSchema, title: 'Sources (sources.yaml)' },
    'site.schema.json': { schema: siteSchema, title: 'Site settings (site.yaml)' },
  } as const;
}

// zod cannot express the https check of a refinement; a pattern gives editors the same hint.
const HTTPS_FIELDS = new Set(['url', 'archived', 'repository']);

function addHttpsPatterns(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(addHttpsPatterns);
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const properties = record.properties as Record<string, Record<string, unknown>> | undefined;
  if (properties) {
    for (const [key, property] of Object.entries(properties)) {
      if (HTTPS_FIELDS.has(key) && property.type === 'string') property.pattern = '^https://';
    }
  }
  Object.values(record).forEach(addHttpsPatterns);
}

/** Every schema file of a site's model, by file name, as the exact text to commit. */
export function jsonSchemaFiles(model: Pick<SiteModel, 'schemas'> = DEFAULT_MODEL): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [file, { schema, title }] of Object.entries(schemasOf(model))) {
    // 'input': what an editor writes (defaults are optional), not what the build receives.
    const json = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
    addHttpsPatterns(json);
    files[file] = `${JSON.stringify({ $schema: json.$schema, title, ...json }, null, 2)}\n`;
  }
  return files;
}
