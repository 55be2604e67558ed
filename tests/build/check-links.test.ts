/* The real build: every internal link and anchor of dist/ resolves, and external URLs are https. */
import { describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblem, htmlFiles } from '../../scripts/lib/link-check.ts';
import { deployment, loadSiteConfig } from '../../src/lib/content/site-config.ts';
import { DIST } from '../helpers/dist.ts';

describe('links in the built site', () => {
  it('all resolve, under the configured base', () => {
    const { base, site } = deployment(loadSiteConfig());
    expect(htmlFiles(DIST).length).toBeGreaterThan(10);
    expect(checkLinks({ dist: DIST, base, site: site ?? 'http://localhost:4321' }).map((p) => formatLinkProblem(p))).toEqual([]);
  });
});
