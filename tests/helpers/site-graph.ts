/** The shared fixture site's graph, built the way the site builds it, for comparing against its build. */
import { graphOptions } from '../../src/lib/model/claims.ts';
import { buildGraph, type Graph } from '../../src/lib/model/graph.ts';
import { readContent } from '../../src/lib/content/content-files.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { dirname } from 'node:path';
import { SHARED_CONTENT } from './shared-site.ts';

let graph: Graph | undefined;

export function siteGraph(): Graph {
  if (!graph) {
    const { content, problems } = validateContent(readContent(SHARED_CONTENT, dirname(SHARED_CONTENT)));
    if (problems.some((p) => p.severity === 'error')) throw new Error(`${SHARED_CONTENT} has errors; run CONTENT_DIR=tests/fixtures/full/content npm run check to see them`);
    graph = buildGraph(content, graphOptions(content.model.vocabularies));
  }
  return graph;
}
