import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runAstro } from '../helpers/astro.ts';
import { MINIMAL } from '../helpers/fixtures.ts';
import { page } from '../helpers/dist.ts';

/*
 * The minimal fixture built with figure types and claim kinds of its own (replacing the
 * defaults): the event page, events.csv and the Data page follow the site's vocabularies.
 */
const dir = join(ROOT, 'tests/.tmp/own-vocabularies');
const outDir = join(dir, 'dist');
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(MINIMAL, 'content'), join(dir, 'content'), { recursive: true });
  writeFileSync(join(dir, 'content/site.yaml'), [
    'title: Fixture explainer',
    'description: A minimal valid content folder with vocabularies of its own.',
    'language: en',
    'base: /',
    'vocabularies:',
    '  figureTypes:',
    '    replace: true',
    '    values:',
    '      lunar-samples: { label: lunar samples, unit: kg }',
    '      orbits: { label: orbits }',
    '  claimKinds:',
    '    replace: true',
    '    values:',
    '      quote: { label: Quotation, verb: said }',
    '      announcement: { label: Announcement, verb: announced }',
    '',
  ].join('\n'));
  const raid = join(dir, 'content/events/2020-05-01-fixture-raid.mdx');
  writeFileSync(raid, readFileSync(raid, 'utf8')
    .replace('figures:\n  - type: killed\n    count: 2\n    according: fixture-group\n', [
      'figures:',
      '  - { type: lunar-samples, count: 21.5, according: fixture-group }',
      '  - { type: orbits, min: 2, max: 4, according: fixture-report }',
      '',
    ].join('\n'))
    .replace('    source: fixture-statement\nsources:', '    source: fixture-statement\n  - by: fixture-group\n    kind: announcement\n    text: "It announced the raid."\n    source: fixture-statement\nsources:'));
  const result = runAstro(['build', '--outDir', outDir], { CONTENT_DIR: join(dir, 'content') });
  expect(result.code, result.output).toBe(0);
}, 300_000);

describe('a site with figure types and claim kinds of its own', () => {
  it('writes figures with their unit and label, and whose figure each is', () => {
    const $ = page('/events/2020-05-01-fixture-raid/', outDir);
    // Each figure and claim ends with its own permalink, which is no part of its wording.
    const worded = (el: Parameters<typeof $>[0]) => text($(el).clone().find('.permalink').remove().end().text());
    expect($('.figures li').map((_, li) => worded(li)).get()).toEqual([
      '21.5 kg of lunar samples, according to Fixture Group',
      '2–4 orbits, according to a news report by Fixture Outlet, May 2020',
    ]);
  });

  it('introduces each claim with its kind\'s verb, the first kind when none is given', () => {
    const $ = page('/events/2020-05-01-fixture-raid/', outDir);
    const claims = $('ul.claims li > p:first-child').map((_, p) => text($(p).clone().find('.permalink').remove().end().text())).get();
    expect(claims).toEqual(['Fixture Group said: It carried out the raid.', 'Fixture Group announced: It announced the raid.']);
    expect($('ul.claims').text()).not.toContain('claimed');
  });

  it('gives events.csv a column per figure type of the site, documented on the Data page', () => {
    const rows = parseCsv(readFileSync(join(outDir, 'data/events.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const raid = rows.find((r) => r.id === '2020-05-01-fixture-raid')!;
    expect(raid).toMatchObject({ figure_lunar_samples: '21.5:fixture-group', figure_orbits: '2..4:fixture-report' });
    expect(Object.keys(raid).filter((c) => c.startsWith('figure_'))).toEqual(['figure_lunar_samples', 'figure_orbits']);
    const $ = page('/data/', outDir);
    const documented = $('table td:first-child code').map((_, c) => $(c).text()).get();
    expect(documented).toEqual(Object.keys(raid));
    expect($('table').text()).toContain('Figures of lunar samples in kg: "number:whose"');
    expect($('table').text()).toContain('As figure_lunar_samples, for orbits.');
    expect($('table').text()).not.toContain('killed');
  });
});
