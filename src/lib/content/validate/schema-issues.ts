/**
 * Turns zod's issues into messages an editor understands, each at its file, line and field:
 * "unknown field 'titel' (did you mean 'title'?)" rather than zod's own words.
 */
import type { z } from 'astro/zod';
import type { LocatedData } from '../content-files.ts';
import { fieldPath, type Problem, type Severity } from '../problems.ts';
import { SETTING_FIELDS } from '../schema.ts';
import { didYouMean } from '../suggest.ts';
import { VOCABULARY_NAMES } from '../../model/vocabularies.ts';

export type Path = readonly PropertyKey[];

/** Collects the problems of a whole content folder, each located in its file. */
export class Reporter {
  readonly problems: Problem[] = [];
  report(where: LocatedData, path: Path, message: string, severity: Severity = 'error') {
    const { line, column } = where.locate(path);
    this.problems.push({ file: where.file, line, column, field: fieldPath(path), message, severity });
  }
}

/** The value at `path` in data that has not passed its schema, or undefined. */
export function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Keys a strict object schema accepts at `path`, for "did you mean" on unknown fields. */
function knownKeys(schema: z.ZodType, path: Path): string[] {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let x = s as { def?: { innerType?: unknown; out?: unknown; element?: unknown; type?: string } };
    while (x?.def && (x.def.innerType || x.def.type === 'pipe')) {
      x = (x.def.innerType ?? x.def.out) as typeof x;
    }
    return x;
  };
  for (const key of path) {
    current = unwrap(current);
    const def = (current as { def?: { shape?: Record<string, unknown>; element?: unknown; valueType?: unknown } }).def;
    if (typeof key === 'number' && def?.element) current = def.element;
    else if (def?.valueType && typeof key === 'string') current = def.valueType;
    else if (def?.shape && typeof key === 'string') current = def.shape[key];
    else return [];
  }
  const def = (unwrap(current) as { def?: { shape?: Record<string, unknown> } }).def;
  return def?.shape ? Object.keys(def.shape) : [];
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  return typeof value === 'object' ? 'a set of fields' : `${typeof value} '${String(value)}'`;
}

/** Missing fields that deserve more than "required field … is missing". */
const MISSING: Record<string, string> = {
  according: "this figure does not say whose figure it is: add 'according:' with the id of the actor or source that gives it (e.g. the group that claimed it, or the report that counts it)",
};

/** A term field given to a vocabulary that has no use for it: which vocabularies take it. */
function misplacedTermField(path: Path, key: string): string | undefined {
  if (path[0] !== 'vocabularies' || path[2] !== 'values' || path.length !== 4) return undefined;
  const takers = VOCABULARY_NAMES.filter((name) => SETTING_FIELDS[name].includes(key as never));
  if (takers.length === 0) return undefined;
  return `'${key}' is not a field of ${String(path[1])} values: only ${takers.join(', ')} ${takers.length === 1 ? 'takes' : 'take'} it; remove it`;
}

/** Runs a schema and reports each zod issue in words an editor understands. */
export function checkSchema<T>(schema: z.ZodType<T>, where: LocatedData, data: unknown, reporter: Reporter, base: Path = []): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...base, ...issue.path];
    const value = valueAt(data, issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          reporter.report(where, [...path, key], misplacedTermField(path, key) ?? `unknown field '${key}'${didYouMean(key, knownKeys(schema, issue.path))}`);
        }
        break;
      case 'invalid_type':
        if (value === undefined) reporter.report(where, path, MISSING[String(issue.path.at(-1))] ?? `required field '${String(issue.path.at(-1) ?? '')}' is missing`);
        else if (value instanceof Date) reporter.report(where, path, `YAML reads this unquoted value as the date ${value.toISOString().slice(0, 10)}, not as text: quote it ("…")`);
        else reporter.report(where, path, `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${describeType(value)}`);
        break;
      case 'invalid_value': {
        const options = (issue.values as unknown[]).map(String);
        reporter.report(where, path, `'${String(value)}' is not one of: ${options.join(', ')}${didYouMean(String(value), options)}`);
        break;
      }
      case 'too_small':
        if (issue.origin === 'string') reporter.report(where, path, 'must not be empty');
        else if (issue.origin === 'number' && issue.minimum === 0) reporter.report(where, path, 'must not be negative');
        else reporter.report(where, path, issue.message);
        break;
      default:
        reporter.report(where, path, issue.message);
    }
  }
  return undefined;
}
