import { defineConfig } from 'vitest/config';

const env = { TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' };

// `unit`: pure src/lib. `build`: reads the dist/ that its global setup builds once per run.
// `vitest run --project unit` runs the fast half alone.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], env } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-once.ts'],
          env,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
