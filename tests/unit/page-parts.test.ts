import { describe, expect, it } from 'vitest';
import { elements, meanParts, pageParts } from '../../scripts/lib/page-parts.ts';
import { gzipSize } from '../../scripts/lib/weight.ts';

const citation = '<p class="citation">Harbour Watch. (2020). Raid on a Guild store in Kestrel Point. https://example.org/events/raid/</p>';
const page = `<!doctype html><html><head><title>t</title></head><body><main><p>${'Prose about the harbour. '.repeat(20)}</p><section class="cite-this-page">${citation.repeat(6)}</section><svg class="map"><g class="map-countries"><path d="M0,0L10,10"/></g><circle r="2"/></svg></main></body></html>`;

describe('page parts', () => {
  const parts = pageParts(page);
  const part = (name: string) => parts.find((p) => p.name === name)!;

  it('counts each part\'s outer HTML once, raw, and the rest is what no part took', () => {
    expect(part('citations block').raw).toBe(Buffer.byteLength(`<section class="cite-this-page">${citation.repeat(6)}</section>`));
    expect(part('SVG: map land and borders').raw).toBe(Buffer.byteLength('<g class="map-countries"><path d="M0,0L10,10"></path></g>'));
    expect(part('SVG: the rest (charts, marks, legends, icons)').raw).toBe(Buffer.byteLength('<svg class="map"><circle r="2"></circle></svg>'));
    expect(part('JSON-LD').raw).toBe(0);
    expect(part('total').raw).toBe(Buffer.byteLength(page));
    const rest = part('rest (prose, facts, lists, markup)');
    expect(rest.raw).toBeLessThan(page.length - part('citations block').raw);
    expect(rest.raw).toBeGreaterThan(20 * 'Prose about the harbour. '.length);
  });

  it('gives a part\'s gzipped cost as what the page loses without it: repetition compresses', () => {
    const cites = part('citations block');
    expect(cites.gzip).toBeGreaterThan(0);
    // Six copies of one citation cost much less than six times one, gzipped.
    expect(cites.gzip).toBeLessThan(gzipSize(citation) * 3);
    expect(part('total').gzip).toBe(gzipSize(page));
  });

  it('counts a found element inside another found one with the outer one', () => {
    const [nested] = pageParts('<div class="a">x<div class="a">y</div></div>', [elements('a', '.a')]);
    expect(nested!.raw).toBe(Buffer.byteLength('<div class="a">x<div class="a">y</div></div>'));
  });

  it('averages breakdowns part by part', () => {
    const mean = meanParts([pageParts(page), pageParts(page.replace('<svg', '<svg><rect/></svg><svg'))]);
    expect(mean.map((p) => p.name)).toEqual(parts.map((p) => p.name));
    expect(mean.at(-1)!.raw).toBe(Math.round((Buffer.byteLength(page) * 2 + '<svg><rect/></svg>'.length) / 2));
  });
});
