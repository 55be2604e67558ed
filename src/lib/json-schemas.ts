/**
 * JSON Schemas of the content files, generated from the zod schemas of `schema.ts` (the
 * one definition) for editors: the YAML language server of VS Code reads them to check
 * `sources.yaml` and `site.yaml` while typing, with each field's `.describe()` as its hover
 * text. `npm run schema` writes them to `schemas/`; a test fails when they are stale.
 */
import { z } from 'astro/zod';
import { siteSchema } from './schema.ts';
import { DEFAULT_MODEL } from './site-config.ts';

const { actorSchema, eventSchema, pageSchema, sourcesFileSchema } = DEFAULT_MODEL.schemas;

/** The folder of the generated schemas, relative to the project root. */
export const SCHEMA_DIR = 'schemas';

const SCHEMAS = {
  'actor.schema.json': { schema: actorSchema, title: 'Actor frontmatter (content/actors/*.mdx)' },
  'event.schema.json': { schema: eventSchema, title: 'Event frontmatter (content/events/*.mdx)' },
  'page.schema.json': { schema: pageSchema, title: 'Page frontmatter (content/pages/*.mdx)' },
  'sources.schema.json': { schema: sourcesFileSchema, title: 'Sources (content/sources.yaml)' },
  'site.schema.json': { schema: siteSchema, title: 'Site settings (content/site.yaml)' },
} as const;

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

/** Every schema file, by file name, as the exact text to commit. */
export function jsonSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [file, { schema, title }] of Object.entries(SCHEMAS)) {
    // 'input': what an editor writes (defaults are optional), not what the build receives.
    const json = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
    addHttpsPatterns(json);
    files[file] = `${JSON.stringify({ $schema: json.$schema, title, ...json }, null, 2)}\n`;
  }
  return files;
}
