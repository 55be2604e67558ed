/**
 * `npm run check:links`: after `npm run build`, checks that every internal link and
 * `#anchor` in dist/ resolves (under the configured base) and that external URLs are
 * well-formed https. Makes no network calls. Exits 1 when any link is broken.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkLinks, formatLinkProblem, htmlFiles } from './lib/link-check.ts';
import { deployment, loadSiteConfig } from '../src/lib/content/site-config.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
  console.error(`check:links: ${dist} does not exist; run \`npm run build\` first`);
  process.exit(1);
}
const started = performance.now();
const { base, site } = deployment(loadSiteConfig());
const problems = checkLinks({ dist, base, site: site ?? 'http://localhost:4321' });
for (const p of problems) console.log(formatLinkProblem(p, relative(process.cwd(), dist) || '.'));
const pages = htmlFiles(dist).length;
console.log(`${problems.length} broken link${problems.length === 1 ? '' : 's'} in ${pages} pages (checked in ${((performance.now() - started) / 1000).toFixed(1)} s, base '${base}')`);
process.exitCode = problems.length > 0 ? 1 : 0;
