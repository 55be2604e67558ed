/**
 * Content checks of the first explainer's home page: its key facts and unknowns keep who says
 * each thing, and cite it. Editorial wording, pinned on purpose: an editor who rewords these
 * lines updates this file. (The generator's key facts are tested on the fixture site.)
 */
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/dist.ts';
import { ISKP_DIST } from '../helpers/iskp-site.ts';

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('content check: the ISKP home page\'s key facts and unknowns', () => {
  it('say on every line who says it, with a note to the source', () => {
    const $ = page('/', ISKP_DIST);
    const lines = [...$('section.key-facts dd').toArray(), ...$('section.unknowns li').toArray()];
    expect(lines.length).toBeGreaterThanOrEqual(6);
    for (const line of lines) {
      const said = text($(line).text());
      expect(said, said).toMatch(/according to Eurasianet|Eurasianet’s report|the report|the GDI said/);
      expect($(line).find('sup.cite-note a').length, said).toBeGreaterThan(0);
    }
  });

  it('keeps open what the report leaves open: Tajik recruits, who fired the rockets, the years', () => {
    const unknowns = text(page('/', ISKP_DIST)('section.unknowns').text());
    expect(unknowns).toContain('How many Tajik nationals have joined ISKP');
    expect(unknowns).toContain('Who fired the rockets');
    expect(unknowns).toContain('the report gives none');
  });
});
