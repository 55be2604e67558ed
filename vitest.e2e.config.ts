import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium driven by playwright-core against `astro preview` of the
// shared fixture site (tests/helpers/shared-site.ts), never of content/.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/helpers/build-once.ts', 'tests/helpers/preview-server.ts'],
    env: { TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: 'tests/fixtures/full/content' },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
