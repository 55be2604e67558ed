/**
 * Astro integration: validates the whole content folder before Astro loads a single entry,
 * and stops `astro build` with every problem at once (file, line, field, hint). Astro's own
 * loaders stop at the first bad entry and name no line; this runs first so editors never
 * meet that. In `astro dev` the problems are logged and the server keeps running.
 */
import type { AstroIntegration } from 'astro';
import { readContent } from '../lib/content-files.ts';
import { formatProblem, summarize } from '../lib/problems.ts';
import { checkContent } from '../lib/content-problems.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'explainer:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems } = checkContent(readContent());
        if (problems.length === 0) return;
        const errors = problems.filter((p) => p.severity === 'error');
        const lines = problems.map(formatProblem);
        if (errors.length > 0 && command === 'build') {
          throw new ContentError(`The content has problems; nothing was built.\n${lines.join('\n')}\n${summarize(problems)}`);
        }
        for (const line of lines) (line.includes(' error ') ? logger.error : logger.warn).call(logger, line);
      },
    },
  };
}
