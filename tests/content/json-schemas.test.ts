/**
 * Content checks of the first explainer: the JSON Schemas committed under content/schemas/
 * are what `npm run schema` makes of its site.yaml now, and the editor settings map them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, SCHEMA_DIR } from '../../scripts/lib/json-schemas.ts';
import { loadSite } from '../../src/lib/content/site-config.ts';
import { ROOT } from '../helpers/astro.ts';
import { ISKP_CONTENT } from '../helpers/iskp-site.ts';

describe('content check: the committed JSON Schemas of the ISKP site', () => {
  it('are exactly what `npm run schema` generates from schema.ts and content/site.yaml now', () => {
    const generated = jsonSchemaFiles(loadSite(ISKP_CONTENT));
    const committed = join(ISKP_CONTENT, SCHEMA_DIR);
    expect(readdirSync(committed).sort()).toEqual(Object.keys(generated).sort());
    for (const [file, text] of Object.entries(generated)) {
      expect(readFileSync(join(committed, file), 'utf8'), `content/${SCHEMA_DIR}/${file} is stale: run npm run schema`).toBe(text);
    }
  });

  it('are mapped to the YAML files in the committed VS Code settings', () => {
    const settings = readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8');
    expect(settings).toContain(`"./content/${SCHEMA_DIR}/sources.schema.json": "content/sources.yaml"`);
    expect(settings).toContain(`"./content/${SCHEMA_DIR}/site.schema.json": "content/site.yaml"`);
  });
});
