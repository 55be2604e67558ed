/**
 * The first explainer, in content/, for its own content tests (tests/content/): its graph,
 * built the way the site builds it, and its build. The generator's tests never read it.
 */
import { resolve } from 'node:path';
import { graphOptions } from '../../src/lib/model/claims.ts';
import { buildGraph, type Graph } from '../../src/lib/model/graph.ts';
import { readContent } from '../../src/lib/content/content-files.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ROOT } from './astro.ts';

export const ISKP_CONTENT = resolve(ROOT, 'content');
export const ISKP_DIST = resolve(ROOT, 'tests/.tmp/iskp/dist');

let graph: Graph | undefined;

export function iskpGraph(): Graph {
  if (!graph) {
    const { content, problems } = validateContent(readContent(ISKP_CONTENT, ROOT));
    if (problems.some((p) => p.severity === 'error')) throw new Error('content/ has errors; run npm run check to see them');
    graph = buildGraph(content, graphOptions(content.model.vocabularies));
  }
  return graph;
}
