/** The minimal fixture site's graph, built the way the site builds it, for unit tests. */
import { readContent } from '../../src/lib/content/content-files.ts';
import { graphOptions } from '../../src/lib/model/claims.ts';
import { buildGraph, type Graph } from '../../src/lib/model/graph.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { join } from 'node:path';
import { MINIMAL } from './fixtures.ts';

export function fixtureGraph(): Graph {
  const { content, problems } = validateContent(readContent(join(MINIMAL, 'content'), MINIMAL));
  if (problems.some((p) => p.severity === 'error')) throw new Error('the minimal fixture has errors');
  return buildGraph(content, graphOptions(content.model.vocabularies));
}
