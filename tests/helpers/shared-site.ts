/**
 * The site that build and browser tests share: the fixture site `tests/fixtures/full`, built
 * once per run into tests/.tmp/shared/dist. It is invented content, so the generator's tests
 * never depend on what an explainer's editors write in content/. The vitest configs point
 * CONTENT_DIR at it too, so the site settings a test loads and every build a test starts
 * without a content folder of its own are this site's.
 */
import { resolve } from 'node:path';
import { ROOT } from './astro.ts';

export const SHARED_CONTENT = resolve(ROOT, 'tests/fixtures/full/content');
export const SHARED_DIST = resolve(ROOT, 'tests/.tmp/shared/dist');
