/**
 * `npm run schema`: writes the JSON Schemas of the content files into schemas/, from the
 * zod schemas of src/lib/schema.ts. Run it after changing a schema and commit the result;
 * `npm run schema -- --check` only reports whether the committed files are current.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jsonSchemaFiles, SCHEMA_DIR } from '../src/lib/json-schemas.ts';

const dir = resolve(import.meta.dirname, '..', SCHEMA_DIR);
const checkOnly = process.argv.includes('--check');
const stale: string[] = [];
mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(jsonSchemaFiles())) {
  const path = join(dir, file);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
  stale.push(`${SCHEMA_DIR}/${file}`);
  if (!checkOnly) writeFileSync(path, text);
}
if (checkOnly && stale.length > 0) {
  console.error(`out of date: ${stale.join(', ')}; run \`npm run schema\` and commit the result`);
  process.exit(1);
}
console.log(stale.length ? `wrote ${stale.join(', ')}` : 'schemas/ is up to date');
