/**
 * Prints what citing costs the build: the single `git log` behind every page's revision, and
 * citation-js formatting per page. Run: npm run bench:citations
 */
import { performance } from 'node:perf_hooks';
import { formatCitations } from '../src/lib/render/citation/formats.ts';
import { cslRecord } from '../src/lib/render/citation/record.ts';
import { contentDir, readContent } from '../src/lib/content/content-files.ts';
import { readRevisions } from '../src/lib/model/git-revisions.ts';
import { loadSite } from '../src/lib/content/site-config.ts';

const dir = contentDir();
const { config: site } = loadSite(dir);
const entries = readContent(dir).entries;

let t = performance.now();
const index = readRevisions(dir);
console.log(`git log (once per build): ${(performance.now() - t).toFixed(1)} ms, ${index.files.size} files${index.unavailable ? ` (${index.unavailable})` : ''}`);

t = performance.now();
await formatCitations(cslRecord(site, { key: 'warm/up', title: 'Warm-up', url: 'https://example.org/', updated: new Date(), accessed: new Date() }));
console.log(`citation-js first call (styles registered, engines built): ${(performance.now() - t).toFixed(1)} ms`);

t = performance.now();
for (const entry of entries) {
  const title = String((entry.data as { title?: string; name?: string }).title ?? (entry.data as { name?: string }).name ?? entry.id);
  await formatCitations(cslRecord(site, { key: `${entry.collection}/${entry.id}`, title, url: `https://example.org/${entry.id}/`, updated: new Date(), accessed: new Date() }));
}
const total = performance.now() - t;
console.log(`formatting ${entries.length} pages in 7 formats: ${total.toFixed(1)} ms (${(total / entries.length).toFixed(1)} ms per page)`);
