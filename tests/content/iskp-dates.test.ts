/**
 * The ISKP explainer's dates: its report names no year, so every year is inferred and said
 * so; the rocket attacks and Tajikistan's refusal have no date of their own beyond following
 * the summer-2021 takeover and preceding the 2022 report, so they lie WITHIN that range and
 * are never drawn as lasting through it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import { buildGraph } from '../../src/lib/model/graph.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ROOT } from '../helpers/astro.ts';

const { content, problems } = validateContent(readContent(join(ROOT, 'content'), ROOT));
const graph = buildGraph(content);

describe('the ISKP explainer\'s dates', () => {
  it('are valid content', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('mark the year inferred on every event and every source', () => {
    expect(graph.eventsByDate.filter((e) => e.date.inferred !== 'year').map((e) => e.id)).toEqual([]);
    expect(content.sources.filter((s) => s.dateInferred !== 'year').map((s) => s.id)).toEqual([]);
  });

  it('place the rocket attacks and Tajikistan\'s refusal within summer 2021 to the end of 2022, not across it', () => {
    for (const id of ['2021-06-rocket-attacks-into-central-asia', '2021-06-tajikistan-refuses-recognition']) {
      const date = graph.eventsByDate.find((e) => e.id === id)!.date;
      expect([date.kind, date.minIso, date.maxIso], id).toEqual(['within', '2021-06-01', '2022-12-31']);
    }
    expect(graph.eventsByDate.filter((e) => e.date.kind === 'lasted').map((e) => e.id)).toEqual([]);
    expect(content.sources.find((s) => s.id === 'tajikistan-recognition-statement')!.date).toBe('[2021-06..2022-12]');
  });
});
