/** Vitest global setup of the content tests: builds the first explainer (content/) once per run. */
import { runAstro } from './astro.ts';
import { ISKP_CONTENT, ISKP_DIST } from './iskp-site.ts';

export default function setup() {
  const result = runAstro(['build', '--outDir', ISKP_DIST], { CONTENT_DIR: ISKP_CONTENT });
  if (result.code !== 0) throw new Error(`building content/ failed (exit ${result.code}):\n${result.output}`);
}
