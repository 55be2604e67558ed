/**
 * A site whose places are anywhere (tests/fixtures/cases/places over the minimal site): a
 * launch in Florida and one from Baikonur under the Soviet Union's code, a splashdown at sea,
 * a landing on the Moon, a meeting in Yugoslavia with no coordinates, and the minimal site's
 * Fixture Town; its declared frame shows the Americas and the Pacific only.
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
const LAUNCH = '1969-07-16-fixture-launch';
const LANDING = '1969-07-20-fixture-landing';
const SPLASHDOWN = '1969-07-24-fixture-splashdown';
const SOVIET = '1961-04-12-fixture-soviet-launch';
const MEETING = '1975-fixture-yugoslav-meeting';
const RAID = '2020-05-01-fixture-raid';

beforeAll(() => {
  const root = materialize('places', 'cases');
  dist = buildSite(root);
}, 240_000);

describe('/map/ of a site with places anywhere', () => {
  it('draws exactly the places its frame shows: on Earth, with coordinates, inside the declared bounds', () => {
    const $ = page('/map/', dist);
    const drawn = $('svg.map a.map-mark').map((_, a) => $(a).attr('data-event')).get().sort();
    expect(drawn).toEqual([LAUNCH, SPLASHDOWN]);
    // The splashdown is at sea: a mark with no country.
    expect($(`a.map-mark[data-event="${SPLASHDOWN}"]`).attr('data-country')).toBeUndefined();
  });

  it('lists every place, saying truthfully which are not drawn and why', () => {
    const $ = page('/map/', dist);
    const reasons = Object.fromEntries($('[data-place-list] .place-name').map((_, el) => [[$(el).text(), text($(el).next('.muted').text())]]).get());
    expect(reasons).toEqual({
      'Cape Canaveral': '',
      'Pacific Ocean, south-west of Hawaii': '',
      Baikonur: '(not on the map: outside the area it shows)',
      'Fixture Town': '(not on the map: outside the area it shows)',
      'Sea of Tranquility': '(not on the map: not on Earth)',
      'Somewhere in Yugoslavia': '(not on the map: no coordinates in the sources)',
    });
    expect($('[data-place-list] h3').map((_, h) => $(h).text()).get()).toEqual(['Portugal', 'Soviet Union', 'United States', 'Yugoslavia', 'At sea or in no country', 'the Moon', 'No single place']);
    expect($('[data-place-list] h4').map((_, h) => $(h).text()).get()).toEqual(['Florida']);
    const listed = $('[data-place-list] li[data-event]').map((_, li) => $(li).attr('data-event')).get().sort();
    expect(listed).toEqual([SOVIET, LAUNCH, LANDING, SPLASHDOWN, MEETING, RAID, '2020-06-fixture-report'].sort());
  });

  it('offers the site\'s zoom presets, labelled from the page, and none of another site\'s', () => {
    const $ = page('/map/', dist);
    expect($('[data-map-zoom] button').map((_, b) => $(b).text()).get()).toEqual(['Whole map', 'United States', 'Pacific splashdown area']);
    expect($('figure[data-map="map"] svg title').text()).toBe("Map of the fixture's launches and landings");
    const html = $.html();
    for (const word of ['lamp line', 'shire', 'parish', 'Spain', 'Morocco']) expect(html, word).not.toContain(word);
    expect($('figure[data-map="map"] path.map-highlight')).toHaveLength(0);
    expect($('svg.map path.map-country.is-subject').map((_, p) => $(p).attr('data-country')).get()).toEqual(['US']);
  });
});

describe('event pages of places anywhere', () => {
  const place = (id: string) => {
    const $ = page(`/events/${id}/`, dist);
    return { where: text($('dt:contains("Place") + dd').text()), locator: $('figure[data-map="locator"]').length, $ };
  };

  it('names a place on the Moon in words, with a precision fit for it, and draws no locator', () => {
    expect(place(LANDING)).toMatchObject({ where: 'Sea of Tranquility, the Moon · precision: the named place itself', locator: 0 });
  });

  it('names a place at sea, and locates it', () => {
    const { where, locator, $ } = place(SPLASHDOWN);
    expect(where).toBe('Pacific Ocean, south-west of Hawaii · precision: near the named place, or somewhere in the area');
    expect(locator).toBe(1);
    expect($('figure[data-map="locator"] a.map-mark').attr('data-event')).toBe(SPLASHDOWN);
  });

  it('words admin areas as the site declares them for the country, with the country\'s name', () => {
    expect(place(LAUNCH)).toMatchObject({ where: 'Cape Canaveral, Brevard County, Florida, United States · precision: the named place itself', locator: 1 });
  });

  it('names a historical code as its country, not its successor, and draws no locator for a place outside the frame', () => {
    expect(place(SOVIET)).toMatchObject({ where: 'Baikonur, Soviet Union · precision: the named place itself', locator: 0 });
    expect(place(MEETING)).toMatchObject({ where: 'Somewhere in Yugoslavia, Yugoslavia · precision: only the wider area', locator: 0 });
  });

  it('says a place the sources do not give is not given', () => {
    expect(place('2020-06-fixture-report').where).toBe('Not given in the sources.');
  });
});

describe('open data of places anywhere', () => {
  it('gives the body of a place off Earth, so that its coordinates are not read as Earth\'s', () => {
    const rows: Record<string, string>[] = parseCsv(readFileSync(join(dist, 'data/events.csv'), 'utf8'), { columns: true, bom: true });
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row(LANDING).body).toBe('the Moon');
    expect(row(LANDING).country).toBe('');
    expect(row(SPLASHDOWN)).toMatchObject({ body: '', country: '', location_name: 'Pacific Ocean, south-west of Hawaii', lat: '13.3' });
    expect(row(SOVIET).country).toBe('SU');
  });
});
