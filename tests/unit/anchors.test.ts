import { describe, expect, it } from 'vitest';
import { ANCHOR_ID, claimAnchors, figureAnchors } from '../../src/lib/model/anchors.ts';
import { clashingId, pageIds } from '../../src/lib/content/page-ids.ts';
import type { Claim, Figure } from '../../src/lib/content/schema.ts';

const claim = (text: string, extra: Partial<Claim> = {}): Claim => ({ by: 'group', kind: 'claim', text, source: 'report', ...extra });
const figure = (count: number, extra: Partial<Figure> = {}): Figure => ({ type: 'killed', count, according: 'group', ...extra });

describe('claim anchors', () => {
  const claims = [claim('It carried out the raid.'), claim('It lost no one.'), claim('It will strike again.')];
  const before = claimAnchors(claims);

  it('are made from the claim, in the form the page-id check knows', () => {
    for (const a of before) expect(a).toMatch(ANCHOR_ID);
    expect(new Set(before).size).toBe(3);
  });

  it('stay the same when another claim is reworded, added before it or removed', () => {
    const reworded = claimAnchors([claims[0]!, claim('It lost two men.'), claims[2]!]);
    expect([reworded[0], reworded[2]]).toEqual([before[0], before[2]]);
    expect(reworded[1]).not.toBe(before[1]);
    expect(claimAnchors([claim('A new first claim.'), ...claims]).slice(1)).toEqual(before);
    expect(claimAnchors([claims[0]!, claims[2]!])).toEqual([before[0], before[2]]);
  });

  it('change when the claim itself says something else: its text, who, its kind or its source', () => {
    const base = claimAnchors([claims[0]!])[0];
    for (const changed of [claim('It carried out the raids.'), claim('It carried out the raid.', { by: 'other' }), claim('It carried out the raid.', { kind: 'statement' }), claim('It carried out the raid.', { source: 'wire' })]) {
      expect(claimAnchors([changed])[0]).not.toBe(base);
    }
  });

  it('tell identical claims apart with a suffix in file order, the same in every build', () => {
    const twice = claimAnchors([claims[0]!, claims[1]!, claims[0]!, claims[0]!]);
    expect(twice).toEqual([before[0], before[1], `${before[0]}-2`, `${before[0]}-3`]);
    for (const a of twice) expect(a).toMatch(ANCHOR_ID);
    expect(claimAnchors([claims[0]!, claims[1]!, claims[0]!, claims[0]!])).toEqual(twice);
  });
});

describe('figure anchors', () => {
  it('are made from type, number or bounds, wording and whose figure it is, not the position', () => {
    const figures = [figure(2), figure(3, { type: 'wounded' }), figure(0, { count: undefined, min: 51, wording: 'more than 50' })];
    const a = figureAnchors(figures);
    expect(new Set(a).size).toBe(3);
    expect(figureAnchors([figures[2]!, figures[0]!])).toEqual([a[2], a[0]]);
    expect(figureAnchors([figure(2, { according: 'report' })])[0]).not.toBe(a[0]);
    expect(figureAnchors([figure(2), figure(2)])).toEqual([a[0], `${a[0]}-2`]);
    expect(a[0]).toMatch(/^figure-[0-9a-f]{8}$/);
  });
});

describe('the page-id check', () => {
  it('keeps a body heading off the anchors of claims and figures and off the citations\' ids', () => {
    const known = pageIds('events');
    for (const id of ['claim-0a1b2c3d', 'figure-0a1b2c3d-2', 'cite-apa', 'cite-bibtex', 'cite-csl-json', 'corrections-heading']) expect(clashingId(id, new Set(), known), id).toBe(id);
    for (const id of ['claims-of-the-group', 'figure-eight', 'citation']) expect(clashingId(id, new Set(), known), id).toBeUndefined();
  });
});
