/** The site's own settings, from `site.yaml` in the content folder (nothing site-specific lives in src/). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './content-files.ts';
import { siteSchema, type SiteConfig } from './schema.ts';

/** Reads and validates `site.yaml`; `validate.ts` reports its problems in full before the build. */
export function loadSiteConfig(dir: string = contentDir()): SiteConfig {
  const path = join(dir, 'site.yaml');
  const result = siteSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    throw new Error(`${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return result.data;
}

/** The deployment settings: environment variables override site.yaml, as hosts expect. */
export function deployment(config: SiteConfig, env: Record<string, string | undefined> = process.env) {
  const base = env.BASE_PATH ?? config.base;
  return {
    site: env.SITE_URL ?? config.url,
    base: base.endsWith('/') ? base : `${base}/`,
  };
}
