import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium driven by playwright-core against `astro preview` of dist/.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/helpers/build-once.ts', 'tests/helpers/preview-server.ts'],
    env: { TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
