/**
 * GitHub Actions workflow commands for problems, so that a pull request shows each one on
 * the line it concerns: `::error file=content/events/x.mdx,line=12,col=3,title=…::message`.
 */
import type { Problem } from '../../src/lib/content/problems.ts';

// GitHub's escaping rules for workflow commands: data escapes %, CR, LF; properties also : and ,.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** The workflow command that annotates `problem` in a GitHub Actions run. */
export function githubAnnotation(problem: Problem): string {
  const level = problem.severity === 'error' ? 'error' : 'warning';
  const props = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty(problem.field)}`,
  ].join(',');
  return `::${level} ${props}::${escapeData(problem.message)}`;
}
