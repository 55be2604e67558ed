/** A content problem: what is wrong, where, and what to do about it. */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the working directory, e.g. `content/events/x.mdx`. */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The field at fault, as a path: `actors[0].actor`, `date`; `body` for MDX prose. */
  field: string;
  /** What is wrong, with the hint that says what to write instead. */
  message: string;
  severity: Severity;
}

/** `content/events/x.mdx:12:3 error unknown actor 'some-grop' (did you mean 'some-group'?) [actors[0].actor]` */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column} ${p.severity} ${p.message} [${p.field}]`;
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

/** Renders a field path the way editors read it: `actors[0].actor`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(file)';
}

/** The summary line printed after a list of problems. */
export function summarize(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((p) => p.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}
