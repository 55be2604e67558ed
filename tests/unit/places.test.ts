import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import { loadTopology, worldAtlas } from '../../src/lib/figures/map/atlas.ts';
import { checkMapSettings } from '../../src/lib/figures/map/check.ts';
import { areaName, areaNotGiven, placeLine } from '../../src/lib/figures/map/place-words.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { siteSchema } from '../../src/lib/content/schema.ts';
import { DEFAULT_MODEL, loadSiteConfig, siteModel } from '../../src/lib/content/site-config.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ROOT } from '../helpers/astro.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

const { locationSchema } = DEFAULT_MODEL.schemas;
const RAID = 'content/events/2020-05-01-fixture-raid.mdx';
const site = (extra: Record<string, unknown> = {}) => siteSchema.parse({ title: 't', description: 'd', language: 'en', ...extra });

/** Problems of the minimal site with the raid's location replaced. */
function problemsWithLocation(location: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'places-'));
  cpSync(MINIMAL, dir, { recursive: true });
  const path = join(dir, RAID);
  const text = readFileSync(path, 'utf8').replace(/location:\n(?: {2}.*\n)+/, `location:\n${location}`);
  writeFileSync(path, text);
  return validateContent(readContent(join(dir, 'content'), dir), { now: new Date('2026-11-26T12:00:00Z') }).problems.map(formatProblem);
}

describe('a place may be anywhere', () => {
  it('needs no country at sea, and names its body off Earth', () => {
    expect(locationSchema.parse({ name: 'Pacific Ocean, south-west of Hawaii', lat: 13.3, lon: -169.2, precision: 2 }).country).toBeUndefined();
    expect(locationSchema.parse({ name: 'Sea of Tranquility', body: 'the Moon', lat: 0.674, lon: 23.473, precision: 1 }).body).toBe('the Moon');
  });

  it('takes any two capital letters as a country code, historical and user-assigned ones too', () => {
    for (const code of ['SU', 'YU', 'XK', 'DD', 'PT']) expect(locationSchema.safeParse({ name: 'x', country: code, precision: 1 }).success).toBe(true);
    for (const code of ['su', 'SUN', 'S']) expect(locationSchema.safeParse({ name: 'x', country: code, precision: 1 }).success).toBe(false);
  });

  it('validates a place at sea and one off Earth in the minimal site', () => {
    expect(problemsWithLocation('  name: Pacific Ocean\n  lat: 13.3\n  lon: -169.2\n  precision: 2\n')).toEqual([]);
    expect(problemsWithLocation('  name: Sea of Tranquility\n  body: the Moon\n  lat: 0.674\n  lon: 23.473\n  precision: 1\n')).toEqual([]);
    expect(problemsWithLocation('  name: Baikonur\n  country: SU\n  lat: 45.9\n  lon: 63.3\n  precision: 1\n')).toEqual([]);
  });

  it('reports a place off Earth that claims a country, and a body that is Earth', () => {
    expect(problemsWithLocation('  name: Sea of Tranquility\n  body: the Moon\n  country: US\n  precision: 1\n')).toContainEqual(
      expect.stringMatching(/error a place on the Moon is in no country: leave out 'country', or leave out 'body' for a place on Earth \[location\.country\]$/));
    expect(problemsWithLocation('  name: Houston\n  body: Earth\n  precision: 1\n')).toContainEqual(
      expect.stringMatching(/error leave out 'body' for a place on Earth: it is only for places elsewhere \(the Moon, Mars\) \[location\.body\]$/));
  });
});

describe('admin areas by their names, worded as the site declares', () => {
  const levels = site({
    places: {
      adminLevels: {
        admin1: { area: '{name} shire', notGiven: 'Shire not given' },
        admin2: { area: '{name} parish' },
        countries: { US: { admin1: { area: '{name}' }, admin2: { area: '{name} County' } } },
      },
    },
  }).places.adminLevels;
  const wording = { levels, countryName: (c: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(c) ?? c, separator: ', ' };

  it('words an area by the site\'s level, per country where it says so', () => {
    expect(areaName(levels, 'PT', 'admin1', 'Norvale')).toBe('Norvale shire');
    expect(areaName(levels, 'US', 'admin1', 'Florida')).toBe('Florida');
    expect(areaName(levels, 'US', 'admin2', 'Brevard')).toBe('Brevard County');
    expect(areaName(levels, undefined, 'admin2', 'Lowmere')).toBe('Lowmere parish');
    // A name is written as it is, even one holding a replacement pattern.
    expect(areaName(levels, 'PT', 'admin1', '$& odd')).toBe('$& odd shire');
    expect(areaNotGiven(levels, 'PT', 'admin1')).toBe('Shire not given');
    expect(areaNotGiven(levels, 'PT', 'admin2')).toBeUndefined();
  });

  it('names areas alone when the site declares no levels: no fixed word such as "province" or "county"', () => {
    const none = site().places.adminLevels;
    expect(placeLine({ name: 'Cape Canaveral', admin1: 'Florida', admin2: 'Brevard', country: 'US' }, { ...wording, levels: none })).toBe('Cape Canaveral, Brevard, Florida, United States');
  });

  it('writes a place with its areas and country, saying an area once, or with its body off Earth', () => {
    expect(placeLine({ name: 'Lowmere parish', admin1: 'Norvale', admin2: 'Lowmere', country: 'PT' }, wording)).toBe('Lowmere parish, Norvale shire, Portugal');
    expect(placeLine({ name: 'Grayhaven', admin1: 'Grayhaven', country: 'PT' }, wording)).toBe('Grayhaven, Grayhaven shire, Portugal');
    // The same area capitalised otherwise is still the same area.
    expect(placeLine({ name: 'Lowmere Parish', admin1: 'Norvale', admin2: 'Lowmere', country: 'PT' }, wording)).toBe('Lowmere Parish, Norvale shire, Portugal');
    expect(placeLine({ name: 'Cape Canaveral', admin1: 'Florida', admin2: 'Brevard', country: 'US' }, wording)).toBe('Cape Canaveral, Brevard County, Florida, United States');
    expect(placeLine({ name: 'Pacific Ocean' }, wording)).toBe('Pacific Ocean');
    expect(placeLine({ name: 'Sea of Tranquility', body: 'the Moon' }, { ...wording, separator: '، ' })).toBe('Sea of Tranquility، the Moon');
  });

  it('requires {name} in a level\'s wording', () => {
    expect(siteSchema.safeParse({ title: 't', description: 'd', language: 'en', places: { adminLevels: { admin1: { area: 'province' } } } }).success).toBe(false);
  });
});

describe('country names', () => {
  it('shows SU as the Soviet Union, not Russia, and a site\'s own names before Intl\'s', () => {
    const { i18n } = siteModel(site({ places: { countryNames: { XK: 'Kosova', YU: 'SFR Yugoslavia' } } }));
    expect(i18n.countryName('SU')).toBe('Soviet Union');
    expect(i18n.countryName('SU')).not.toBe(i18n.countryName('RU'));
    expect(i18n.countryName('XK')).toBe('Kosova');
    // The site's name comes before the catalogue's.
    expect(i18n.countryName('YU')).toBe('SFR Yugoslavia');
    expect(i18n.countryName('US')).toBe('United States');
  });

  it('names countries in the site\'s language, former codes too', () => {
    const ru = siteModel(site({ language: 'ru' })).i18n;
    const fa = siteModel(site({ language: 'fa' })).i18n;
    expect(ru.countryName('PT')).toBe('Португалия');
    expect(fa.countryName('PT')).toBe('پرتغال');
    expect(ru.countryName('SU')).toBe('Советский Союз');
    expect(fa.countryName('YU')).toBe('یوگسلاوی');
  });

  it('never names a former code as its successor: unnamed, it stays the code', () => {
    const { i18n } = siteModel(site());
    // CS (Serbia and Montenegro) is named by no catalogue; Intl would say Serbia.
    expect(i18n.countryName('CS')).toBe('CS');
    expect(i18n.countryName('XK')).toBe('Kosovo');
  });
});

describe('map settings', () => {
  it('defaults to a frame that fits the events, with nothing highlighted', () => {
    expect(site().map).toEqual({ highlight: [], borders: [], presets: [], countryLabels: {} });
  });

  it('takes bounds across the 180th meridian, a projection from the allow-list, borders and presets', () => {
    const map = site({ map: {
      bounds: [[170, -50], [-170, -30]], projection: 'equalEarth', highlight: ['NZ'],
      borders: [{ country: 'PT', neighbours: ['ES'], label: 'The lamp line', legend: 'The lamp line' }],
      presets: [{ countries: ['NZ'] }, { label: 'Chatham Islands', bounds: [[-177, -45], [-175, -43]] }],
    } }).map;
    expect(map.bounds).toEqual([[170, -50], [-170, -30]]);
    expect(map.presets).toHaveLength(2);
  });

  it.each([
    ['a projection outside the allow-list', { projection: 'dymaxion' }],
    ['bounds with south above north', { bounds: [[0, 10], [10, 0]] }],
    ['a preset with neither countries nor bounds', { presets: [{ label: 'x' }] }],
    ['a preset over several countries with no label', { presets: [{ countries: ['PT', 'ES'] }] }],
    ['a longitude out of range', { bounds: [[0, 0], [190, 10]] }],
  ])('rejects %s', (_name, map) => {
    expect(siteSchema.safeParse({ title: 't', description: 'd', language: 'en', map }).success).toBe(false);
  });
});

describe('map settings checked against Natural Earth', () => {
  const atlasOf = (borders: { country: string; neighbours: string[] }[]) => worldAtlas(loadTopology('50m'), borders);
  it('accepts the settings of the shared fixture site', () => {
    const { map } = loadSiteConfig(join(ROOT, 'tests/fixtures/full/content'));
    expect(checkMapSettings(map, atlasOf(map.borders))).toEqual([]);
  });

  it('reports a code with no outline and a border between countries that do not touch, with its path', () => {
    const map = site({ map: { highlight: ['QQ'], borders: [{ country: 'FR', neighbours: ['JP'], legend: 'x' }], presets: [{ countries: ['ZZ'] }] } }).map;
    expect(checkMapSettings(map, atlasOf(map.borders)).map((f) => [f.path.join('.'), f.message])).toEqual([
      ['map.highlight.0', "'QQ' has no outline in Natural Earth's countries, so nothing would be shaded; use the code of a country the map draws"],
      ['map.borders.0', 'FR shares no land border with JP in Natural Earth, so nothing would be drawn; name countries that touch'],
      ['map.presets.0.countries.0', "'ZZ' has no outline in Natural Earth's countries, so its zoom button would frame nothing; use the code of a country the map draws"],
    ]);
  });

  it('is part of validation, reported at the line of site.yaml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'places-'));
    cpSync(MINIMAL, dir, { recursive: true });
    writeFileSync(join(dir, 'content/site.yaml'), `${readFileSync(join(dir, 'content/site.yaml'), 'utf8')}map:\n  highlight: [QQ]\n`);
    const problems = validateContent(readContent(join(dir, 'content'), dir), { now: new Date('2026-11-26T12:00:00Z') }).problems.map(formatProblem);
    expect(problems).toEqual([expect.stringMatching(/^content\/site\.yaml:\d+:\d+ error 'QQ' has no outline in Natural Earth's countries, so nothing would be shaded; use the code of a country the map draws \[map\.highlight\[0\]\]$/)]);
  });
});
