/**
 * Vitest global setup: builds the real site into dist/ once per test run, so every build
 * test and browser test reads the same output. A failed build fails the run with its output.
 */
import { runAstro } from './astro.ts';

export default function setup() {
  const result = runAstro(['build']);
  if (result.code !== 0) {
    throw new Error(`npm run build failed (exit ${result.code}):\n${result.output}`);
  }
}
