/** The real content's graph, built the way the site builds it, for comparing against dist/. */
import { graphOptions } from '../../src/lib/model/claims.ts';
import { buildGraph, type Graph } from '../../src/lib/graph.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { resolve } from 'node:path';
import { ROOT } from './astro.ts';

let graph: Graph | undefined;

export function siteGraph(): Graph {
  if (!graph) {
    const { content, problems } = validateContent(readContent(resolve(ROOT, 'content'), ROOT));
    if (problems.some((p) => p.severity === 'error')) throw new Error('content/ has errors; run npm run build to see them');
    graph = buildGraph(content, graphOptions(content.model.vocabularies));
  }
  return graph;
}
