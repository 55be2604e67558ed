import { describe, expect, it } from 'vitest';
import { distFiles } from '../../scripts/lib/dist-files.ts';
import { deployment, loadSiteConfig } from '../../src/lib/content/site-config.ts';
import { overBudget, pageWeights } from '../../scripts/lib/weight.ts';
import { DIST, htmlPages } from '../helpers/dist.ts';

// Every page stays within its budget so that it opens quickly on a phone; what each figure
// counts, and each budget, is written in scripts/lib/weight.ts.
describe('page weight of dist/', () => {
  const weights = pageWeights(distFiles(DIST), deployment(loadSiteConfig()).base);

  it('weighs every HTML page of the build', () => {
    expect(weights.map((w) => w.path).sort()).toEqual(htmlPages().sort());
    expect(weights.filter((w) => w.kind === 'actor').length).toBeGreaterThan(0);
    expect(weights.filter((w) => w.kind === 'event').length).toBeGreaterThan(0);
  });

  it('keeps every page within its HTML, CSS, JavaScript and chart-island budgets, loading nothing from other hosts', () => {
    expect(weights.flatMap(overBudget)).toEqual([]);
  });

  it('finds the stylesheet each page loads (so the CSS budget is measuring something)', () => {
    expect(weights.filter((w) => w.css === 0).map((w) => w.path)).toEqual([]);
  });
});
