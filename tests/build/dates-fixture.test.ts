/**
 * A site with a date of each kind (tests/fixtures/cases/dates over the minimal site): a
 * campaign that LASTED from March to August 2020, a shelling known only to lie WITHIN April
 * and the end of 2020 (its whole date inferred), and an announcement whose year is inferred.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/astro.ts';
import { page } from '../helpers/dist.ts';
import { materialize } from '../helpers/fixtures.ts';

let dist: string;
const text = (s: string) => s.replace(/\s+/g, ' ').trim();
const LASTED = '2020-03-fixture-campaign';
const WITHIN = '2020-04-fixture-shelling';
const INFERRED = '2020-07-16-fixture-announcement';

beforeAll(() => {
  const root = materialize('dates', 'cases');
  dist = buildSite(root);
}, 240_000);

describe('dates of each kind in the built site', () => {
  it('word each kind on its event page, saying what was inferred', () => {
    const facts = (id: string) => text(page(`/events/${id}/`, dist)('.event-facts, dl').first().text());
    expect(facts(LASTED)).toContain('from March 2020 to August 2020');
    expect(facts(WITHIN)).toContain('at some time between April 2020 and the end of 2020 (date inferred)');
    expect(facts(INFERRED)).toContain('July 16, 2020 (year inferred)');
  });

  it('draw what lasted as a bar and what lies within as a dotted range, each named in words', () => {
    const $ = page('/timeline/', dist);
    const mark = (id: string) => $(`.timeline svg.tl-svg a.tl-mark[data-id="${id}"]`);
    expect(mark(LASTED).attr('class')).toBe('tl-mark tl-bar');
    expect(mark(LASTED).find('rect.tl-shape')).toHaveLength(1);
    expect(mark(WITHIN).attr('class')).toBe('tl-mark tl-bar tl-within');
    expect(mark(WITHIN).find('rect.tl-shape')).toHaveLength(0);
    expect(mark(WITHIN).find('path.tl-shape.tl-ends')).toHaveLength(1);
    expect(mark(WITHIN).attr('aria-label')).toBe('Fixture shelling, at some time between April 2020 and the end of 2020 (date inferred)');
    expect(mark(INFERRED).attr('aria-label')).toBe('Fixture announcement, July 16, 2020 (year inferred)');
    expect(text($('.timeline svg.tl-svg .tl-legend').text())).toMatch(/how long it lasted.*Happened once, some time in this range/);
  });

  it('word the dates in the list alternative, the map\'s list and the source line as on the page', () => {
    const timeline = page('/timeline/', dist);
    expect(text(timeline(`#event-${WITHIN} .event-meta`).text())).toContain('at some time between April 2020 and the end of 2020 (date inferred)');
    expect(text(timeline(`#event-${INFERRED} .event-meta`).text())).toContain('July 16, 2020 (year inferred)');
    const map = page('/map/', dist);
    expect(text(map(`[data-place-list] li[data-event="${WITHIN}"]`).text())).toContain('at some time between April 2020 and the end of 2020 (date inferred)');
    expect(text(map('#map-within-hint').text())).toMatch(/any part of that range falls between From and To/);
    expect(text(page(`/events/${INFERRED}/`, dist)('body').text())).toContain('at some time between July 2020 and the end of 2020 (year inferred)');
  });

  it('write no duration for what lies within: JSON-LD without endDate, events.csv with date_kind', () => {
    const ld = (id: string) => JSON.parse(page(`/events/${id}/`, dist)('script[type="application/ld+json"]').text()) as Record<string, unknown>;
    expect(ld(WITHIN)).toMatchObject({ startDate: '2020-04' });
    expect(ld(WITHIN)).not.toHaveProperty('endDate');
    expect(ld(LASTED)).toMatchObject({ startDate: '2020-03-01', endDate: '2020-08-31' });
    const rows = parseCsv(readFileSync(join(dist, 'data/events.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row(WITHIN)).toMatchObject({ date: '[2020-04..2020-12]', date_kind: 'within', date_inferred: 'date', date_min: '2020-04-01', date_max: '2020-12-31' });
    expect(row(LASTED)).toMatchObject({ date_kind: 'lasted', date_inferred: '' });
    expect(row(INFERRED)).toMatchObject({ date_kind: 'point', date_inferred: 'year' });
  });
});
