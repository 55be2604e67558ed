/**
 * The name of one piece of cached work: a digest of its cache's recipe (recipe.ts) and of
 * everything the work is made from, as JSON. Two inputs that differ in anything give two
 * names, so an entry is found again exactly when neither its inputs nor its recipe changed.
 */
import { createHash } from 'node:crypto';

export function workKey(recipe: string, inputs: unknown): string {
  return createHash('sha256').update(recipe).update('\0').update(JSON.stringify(inputs)).digest('hex').slice(0, 24);
}
