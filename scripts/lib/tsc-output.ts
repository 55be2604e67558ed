/**
 * Turns TypeScript's plain diagnostics (`src/x.ts(3,14): error TS2322: …`) into problems,
 * so that `npm run check` prints type errors in the same one-line format as content errors.
 */
import type { Problem } from '../../src/lib/content/problems.ts';

const LINE = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/;

/** Problems from `tsc --pretty false` output; continuation lines join their diagnostic. */
export function parseTscOutput(output: string): Problem[] {
  const problems: Problem[] = [];
  for (const line of output.split(/\r?\n/)) {
    const match = LINE.exec(line);
    if (match) {
      const [, file, row, col, severity, code, message] = match;
      problems.push({ file: file!, line: Number(row), column: Number(col), field: code!, message: message!, severity: severity as Problem['severity'] });
    } else if (line.trim() && problems.length > 0 && /^\s/.test(line)) {
      problems.at(-1)!.message += ` ${line.trim()}`;
    } else if (line.trim() && /error TS\d+/.test(line)) {
      // A diagnostic without a position (a bad tsconfig): still an error, never dropped.
      problems.push({ file: 'tsconfig.json', line: 1, column: 1, field: 'typescript', message: line.trim(), severity: 'error' });
    }
  }
  return problems;
}
