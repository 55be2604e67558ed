/**
 * Vitest global setup: builds the shared fixture site (tests/helpers/shared-site.ts) once per
 * test run, so every build test and browser test reads the same output. A failed build fails
 * the run with its output.
 */
import { runAstro } from './astro.ts';
import { SHARED_CONTENT, SHARED_DIST } from './shared-site.ts';

export default function setup() {
  const result = runAstro(['build', '--outDir', SHARED_DIST], { CONTENT_DIR: SHARED_CONTENT });
  if (result.code !== 0) {
    throw new Error(`building the shared fixture site failed (exit ${result.code}):\n${result.output}`);
  }
}
