/**
 * `npm run schema`: writes the JSON Schemas of a content folder's files into its `schemas/`
 * (`CONTENT_DIR`, or content/), from the zod schemas of src/lib/content/schema.ts and the site's own
 * vocabularies in site.yaml. Run it after changing a schema or a vocabulary and commit the
 * result; `npm run schema -- --check` only reports whether the committed files are current.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../src/lib/content/content-files.ts';
import { jsonSchemaFiles, SCHEMA_DIR } from './lib/json-schemas.ts';
import { loadSite } from '../src/lib/content/site-config.ts';

const content = contentDir();
const dir = join(content, SCHEMA_DIR);
const shown = relative(process.cwd(), dir) || dir;
const checkOnly = process.argv.includes('--check');
const stale: string[] = [];
let files: Record<string, string>;
try {
  files = jsonSchemaFiles(loadSite(content));
} catch (error) {
  console.error(`${(error as Error).message}\nfix site.yaml first (npm run check lists every problem)`);
  process.exit(1);
}
if (!checkOnly) mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(files)) {
  const path = join(dir, file);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
  stale.push(join(shown, file));
  if (!checkOnly) writeFileSync(path, text);
}
if (checkOnly && stale.length > 0) {
  console.error(`out of date: ${stale.join(', ')}; run \`npm run schema\` and commit the result`);
  process.exit(1);
}
console.log(stale.length ? `wrote ${stale.join(', ')}` : `${shown} is up to date`);
