import { defineConfig } from 'vitest/config';

// Unit tests (pure src/lib) and build tests (read the dist/ that the global setup builds once).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    globalSetup: ['tests/helpers/build-once.ts'],
    env: { TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
