import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { jsonSchemaFiles, SCHEMA_DIR } from '../../scripts/lib/json-schemas.ts';
import { loadSite } from '../../src/lib/content/site-config.ts';
import { ROOT } from '../helpers/astro.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

// The schema script runs as a child process below; a loaded machine needs more than 5 s.
vi.setConfig({ testTimeout: 60_000 });

// The generator's schemas, from the minimal fixture's site (the committed ones of content/ are
// checked in tests/content/json-schemas.test.ts).
const model = loadSite(join(MINIMAL, 'content'));
const { actorSchema, eventSchema } = model.schemas;

describe('the JSON Schemas of a site', () => {
  it('carry every field, its description, the required ones, and no unknown fields', () => {
    const files = jsonSchemaFiles(model);
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
});

describe('`npm run schema` for another content folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schema-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(MINIMAL, 'content'), join(dir, 'content'), { recursive: true });
  writeFileSync(join(dir, 'content', 'site.yaml'), [
    'title: Fixture explainer',
    'description: A fixture with vocabularies of its own.',
    'language: en',
    'vocabularies:',
    '  figureTypes:',
    '    replace: true',
    '    values:',
    '      lunar-samples: { label: lunar samples, unit: kg, description: Rock and soil brought back. }',
    '  claimKinds:',
    '    replace: true',
    '    values:',
    '      quote: { label: Quotation, verb: said }',
    '',
  ].join('\n'));
  const run = (...args: string[]) => spawnSync(process.execPath, [resolve(ROOT, 'scripts/json-schema.ts'), ...args], {
    cwd: dir, env: { ...process.env, CONTENT_DIR: join(dir, 'content') }, encoding: 'utf8',
  });

  it('writes the site\'s own codes, with their descriptions, into its schemas/, and --check then passes', () => {
    expect(run('--check').status).toBe(1);
    const written = run();
    expect(written.status, written.stderr).toBe(0);
    const event = JSON.parse(readFileSync(join(dir, 'content', SCHEMA_DIR, 'event.schema.json'), 'utf8'));
    const figure = event.properties.figures.items.properties.type;
    expect(figure.enum).toEqual(['lunar-samples']);
    expect(figure.description).toContain('lunar-samples (Rock and soil brought back)');
    expect(event.properties.claims.items.properties.kind.enum).toEqual(['quote']);
    expect(event.properties.claims.items.required).toEqual(['by', 'text', 'source']);
    expect(run('--check').status).toBe(0);
  });
});
