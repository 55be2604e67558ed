/**
 * Updates the site's published-urls.txt (in its content folder) from the built site: adds
 * every address dist/ serves and keeps every address already listed. With --check it changes
 * nothing and exits 1 when a listed address is no longer served (a page renamed or removed
 * without `redirectFrom`).
 *
 *   npm run build && npm run published-urls           # record new addresses
 *   npm run build && npm run published-urls -- --check
 *   CONTENT_DIR=other/content DIST=other/dist npm run published-urls   # another explainer
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { contentDir } from '../src/lib/content/content-files.ts';
import { formatPublished, missingUrls, parsePublished, publishedListPath, servedPaths } from './lib/published-urls.ts';

const dist = resolve(process.env.DIST ?? 'dist');
const listPath = publishedListPath(contentDir());
const shown = relative(process.cwd(), listPath);
const published = existsSync(listPath) ? parsePublished(readFileSync(listPath, 'utf8')) : [];
const served = servedPaths(dist);
const missing = missingUrls(published, served);

if (missing.length > 0) {
  console.error(`${missing.length} published address(es) are no longer served:`);
  for (const path of missing) console.error(`  ${path}`);
  console.error("Keep each one working: add its old id to the renamed entry's `redirectFrom` list.");
  process.exit(1);
}
if (process.argv.includes('--check')) {
  console.log(`All ${published.length} published addresses are served.`);
} else {
  const added = served.filter((p) => !published.includes(p));
  writeFileSync(listPath, formatPublished([...published, ...served]));
  console.log(`${shown}: ${published.length + added.length} addresses (${added.length} new).`);
}
