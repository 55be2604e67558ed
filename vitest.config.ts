import { defineConfig } from 'vitest/config';

const env = { TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' };
// Build tests read the shared fixture site (tests/helpers/shared-site.ts), never content/: the
// site settings they load and the builds they start without a content folder of their own are
// that site's, so an editor of the explainer in content/ cannot break the generator's tests.
const buildEnv = { ...env, CONTENT_DIR: 'tests/fixtures/full/content' };

// `unit`: pure src/lib. `build`: reads the fixture site that its global setup builds once per run.
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
          env: buildEnv,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      // The first explainer's own content checks (content/): not the generator's tests, so that
      // the generator's pass without it (`--project unit --project build`).
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-iskp.ts'],
          env,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
