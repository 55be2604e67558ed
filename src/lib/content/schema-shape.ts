/**
 * Reading the shape of a zod schema: the fields of an object, the fields of a list's items,
 * whether a field may be left out, and its `.describe()` text. The scaffolder writes its
 * templates from this, so a field added, renamed or documented in `schema.ts` shows up in
 * `npm run new` without a second list of fields to keep in step.
 */

/** The parts of a zod schema this module reads (zod 4's `def`). */
export interface SchemaNode {
  def?: { type?: string; innerType?: SchemaNode; out?: SchemaNode; element?: SchemaNode; shape?: Record<string, SchemaNode> };
  description?: string;
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

export type Shape = Record<string, SchemaNode>;

/** The schema inside optional, default and preprocess wrappers. */
export function unwrap(node: SchemaNode): SchemaNode {
  let current = node;
  while (current.def && (current.def.innerType || current.def.type === 'pipe')) {
    const next = current.def.innerType ?? current.def.out;
    if (!next) break;
    current = next;
  }
  return current;
}

/** The fields of an object schema (through its wrappers), or undefined for anything else. */
export function shapeOf(node: SchemaNode | undefined): Shape | undefined {
  return node ? unwrap(node).def?.shape : undefined;
}

/** The fields of the items of a list schema, or undefined when it is no list of objects. */
export function itemShape(node: SchemaNode | undefined): Shape | undefined {
  const element = node ? unwrap(node).def?.element : undefined;
  return element ? shapeOf(element) : undefined;
}

/** Whether a file may leave the field out (it is optional, or has a default). */
export function isOptional(node: SchemaNode): boolean {
  return node.safeParse(undefined).success;
}

/** The value a left-out field takes, if it has a default. */
export function defaultOf(node: SchemaNode): unknown {
  const parsed = node.safeParse(undefined);
  return parsed.success ? parsed.data : undefined;
}

/** The field's `.describe()` on one line, if it has one. */
export function describe(node: SchemaNode | undefined): string | undefined {
  return node?.description?.replace(/\s+/g, ' ').trim() || undefined;
}

/** The first field of `shape` whose list items have every one of `keys`: finds a field by what it holds. */
export function listFieldWith(shape: Shape, keys: string[]): string | undefined {
  return Object.keys(shape).find((name) => {
    const items = itemShape(shape[name]);
    return items !== undefined && keys.every((k) => k in items);
  });
}
