/**
 * Every content problem of a folder in one list: the validation of `validate.ts` (the set of
 * files of `content-folder.ts`, schemas, cross-references, the MDX guard) and the lint of `lint.ts`. The one entry point that
 * `npm run check` and the build's content check (src/plugins/content-check.ts) share, so both report the same.
 */
import type { RawContent } from './content-files.ts';
import { lintContent } from '../model/lint.ts';
import { sortProblems, type Problem } from './problems.ts';
import { validateContent, type ValidationResult } from './validate.ts';

/** Validates and lints `raw`; `now` decides what counts as a future date. */
export function checkContent(raw: RawContent, options: { now?: Date } = {}): ValidationResult {
  const result = validateContent(raw, options);
  const problems: Problem[] = sortProblems([...result.problems, ...lintContent(raw, result.content)]);
  return { problems, content: result.content };
}
