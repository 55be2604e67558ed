/** No internal id reaches a reader of the explainer: sources are named in words on every page. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_CONTENT } from '../helpers/shared-site.ts';
import { DIST } from '../helpers/dist.ts';
import { idsShown, internalIds } from '../helpers/internal-ids.ts';
import { siteGraph } from '../helpers/site-graph.ts';

describe('the built explainer', () => {
  it('shows no source, actor, event or page id as text on any page', () => {
    const pageIds = readdirSync(join(SHARED_CONTENT, 'pages')).map((f) => f.replace(/\.mdx$/, ''));
    const ids = internalIds(siteGraph(), pageIds);
    expect(ids.length).toBeGreaterThan(10);
    expect(idsShown(DIST, ids)).toEqual([]);
  });
});
