/**
 * The content check of a build: every problem of the content folder at once (file, line,
 * field, hint), before Astro loads a single entry. Astro's own loaders stop at the first bad
 * entry and name no line; the generator's integration (src/integration.ts) runs this on the
 * folder it has just read, so editors never meet that. `astro build` stops; in `astro dev`
 * the problems are logged and the server keeps running.
 */
import type { AstroIntegrationLogger } from 'astro';
import type { RawContent } from '../lib/content/content-files.ts';
import { checkContent } from '../lib/content/content-problems.ts';
import { formatProblem, summarize } from '../lib/content/problems.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Throws the problems of `raw` in a build, logs them otherwise. */
export function contentCheck(raw: RawContent, command: string, logger: AstroIntegrationLogger): void {
  const { problems } = checkContent(raw);
  if (problems.length === 0) return;
  const lines = problems.map(formatProblem);
  if (problems.some((p) => p.severity === 'error') && command === 'build') {
    throw new ContentError(`The content has problems; nothing was built.\n${lines.join('\n')}\n${summarize(problems)}`);
  }
  for (const line of lines) (line.includes(' error ') ? logger.error : logger.warn).call(logger, line);
}
