import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, SCHEMA_DIR } from '../../src/lib/json-schemas.ts';
import { DEFAULT_MODEL } from '../../src/lib/site-config.ts';

const { actorSchema, eventSchema } = DEFAULT_MODEL.schemas;
import { ROOT } from '../helpers/astro.ts';

const committed = join(ROOT, SCHEMA_DIR);

describe('the committed JSON Schemas', () => {
  it('are exactly what `npm run schema` generates from schema.ts now', () => {
    const generated = jsonSchemaFiles();
    expect(readdirSync(committed).sort()).toEqual(Object.keys(generated).sort());
    for (const [file, text] of Object.entries(generated)) {
      expect(readFileSync(join(committed, file), 'utf8'), `${SCHEMA_DIR}/${file} is stale: run npm run schema`).toBe(text);
    }
  });

  it('carry every field, its description, the required ones, and no unknown fields', () => {
    const files = jsonSchemaFiles();
    for (const [file, zod] of [['actor.schema.json', actorSchema], ['event.schema.json', eventSchema]] as const) {
      const json = JSON.parse(files[file]!);
      expect(Object.keys(json.properties)).toEqual(Object.keys(zod.shape));
      expect(json.additionalProperties).toBe(false);
      for (const [key, property] of Object.entries(json.properties as Record<string, { description?: string }>)) {
        expect(property.description, `${file} ${key}`).toBe(zod.shape[key as keyof typeof zod.shape].description);
      }
    }
    expect(JSON.parse(files['event.schema.json']!).required).toEqual(['title', 'summary', 'date', 'kind', 'sources']);
    expect(JSON.parse(files['sources.schema.json']!).items.properties.url.pattern).toBe('^https://');
  });

  it('are mapped to the YAML files in the committed VS Code settings', () => {
    const settings = readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8');
    expect(settings).toContain('"./schemas/sources.schema.json": "content/sources.yaml"');
    expect(settings).toContain('"./schemas/site.schema.json": "content/site.yaml"');
  });
});
