/*
 * A second explainer on an unrelated topic (tests/fixtures/second-site: two flights to the
 * Moon in July 1969), in Russian, with every vocabulary its own, places in both hemispheres,
 * one at sea and three on the Moon, and a declared map frame that leaves one place out. It is
 * built by the same generator as the first site; nothing of the first site may reach it.
 */
import { load, type CheerioAPI } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/lib/i18n/catalogue.ts';
import { VOCABULARY_NAMES } from '../../src/lib/model/vocabularies.ts';
import { ROOT } from '../helpers/astro.ts';
import { fileFor, htmlPages } from '../helpers/dist.ts';
import { fixtureBuild, type FixtureBuild } from '../helpers/fixture-builds.ts';
import { otherSitesWords, wordsFoundIn } from '../helpers/iskp-words.ts';
import { routeOf } from '../../src/lib/render/site-routes.ts';
import { englishLeft, occurs, pageTexts } from '../helpers/page-text.ts';

const CONTENT = resolve(ROOT, 'tests/fixtures/second-site/content');
const settings = parse(readFileSync(join(CONTENT, 'site.yaml'), 'utf8')) as {
  language: string;
  vocabularies: Record<string, { replace: boolean; values: Record<string, { label: string; verb?: string }> }>;
};

let build: FixtureBuild;
let pages: { path: string; html: string }[];
const at = (path: string): CheerioAPI => load(pages.find((p) => p.path === path)!.html);
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(() => {
  build = fixtureBuild('second-site', CONTENT);
  pages = htmlPages(build.dist).map((path) => ({ path, html: readFileSync(fileFor(path, build.dist)!, 'utf8') }));
}, 300_000);

describe('a second explainer, built by the same generator', () => {
  it('says under each headline, in Russian, who made it (once) and names its sources in words', () => {
    const $ = at('/events/1969-07-21-first-steps/');
    const byline = text($('h1 + .byline').text());
    expect(byline).toMatch(/^Авторы сайта «.+» · /);
    expect(byline.match(/Авторы/g)).toHaveLength(1);
    expect($('ol.sources li').first().text()).not.toMatch(/1969-|\[/);
  });

  it('is written in its own language, on every page', () => {
    expect(pages.length).toBeGreaterThan(15);
    for (const { path, html } of pages) expect(load(html)('html').attr('lang'), path).toBe('ru');
    const entry = JSON.parse(readFileSync(join(build.dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['ru']);
  });

  it('holds no word of the first explainer: no actor, place, source, country or region of it', () => {
    const words = otherSitesWords();
    expect(words.length).toBeGreaterThan(30);
    const found: string[] = [];
    // What a reader meets on each page (the world map's outlines carry every country's code as
    // data, which is no word of anybody's), and every word of the open data and the feed.
    for (const { path, html } of pages) {
      for (const word of wordsFoundIn(pageTexts(html).join('\n'), words)) found.push(`${path}: ${word}`);
    }
    for (const file of ['data/events.csv', 'data/events.json', 'data/actors.json', 'data/sources.json', 'feed.xml']) {
      for (const word of wordsFoundIn(readFileSync(join(build.dist, file), 'utf8'), words)) found.push(`${file}: ${word}`);
    }
    expect(found).toEqual([]);
  });

  it('declares a label for every code of its own, and shows labels, never codes', () => {
    // Every vocabulary of this site replaces the defaults, each code with a label.
    expect(Object.keys(settings.vocabularies).sort()).toEqual([...VOCABULARY_NAMES].sort());
    for (const [name, vocabulary] of Object.entries(settings.vocabularies)) {
      expect(vocabulary.replace, name).toBe(true);
      for (const [code, term] of Object.entries(vocabulary.values)) expect(term.label, `${name}.${code}`).toBeTruthy();
    }
    const kinds = settings.vocabularies.eventKinds!.values;
    // An event's own pages (the route of events/[id]), not the lists of a year nor citation pages.
    for (const { path } of pages.filter((p) => routeOf(p.path) === 'events/[id].astro')) {
      const id = path.split('/')[2]!;
      const kind = (parse(readFileSync(join(CONTENT, 'events', `${id}.mdx`), 'utf8').split('---')[1]!) as { kind: string }).kind;
      expect(text(at(path)('.kicker').first().text()), path).toBe(kinds[kind]!.label);
    }
    // A code is a value of the data; the pages a reader reads never show one as a word.
    const codes = Object.values(settings.vocabularies).flatMap((v) => Object.keys(v.values)).filter((c) => c.length > 3);
    const shown: string[] = [];
    for (const { path, html } of pages) {
      if (path === '/data/') continue; // documents the codes of events.csv, set as code
      // A code as a word of its own, not inside an id (apollo-11-mission-report) or a longer code.
      for (const t of pageTexts(html)) for (const code of codes) if (new RegExp(`(?<![\\p{L}\\p{N}-])${code}(?![\\p{L}\\p{N}-])`, 'u').test(t)) shown.push(`${path}: ${code}`);
    }
    expect([...new Set(shown)]).toEqual([]);
  });

  it('lays the timeline out in its own kinds, in the order it declares them', () => {
    const $ = at('/timeline/');
    const lanes = $('svg .tl-lane-name').map((_, el) => text($(el).text())).get();
    // Every kind of this site has an event, so every declared kind is a lane, in order.
    expect(lanes).toEqual(Object.values(settings.vocabularies.eventKinds!.values).map((t) => t.label));
  });

  it('states its own figures with their unit and whose they are, and claims with their own verbs', () => {
    const $ = at('/events/1969-07-24-splashdown/');
    const figure = text($('.figures li').first().text());
    // The catalogue's Russian order: what is counted, then the figure with its unit.
    expect(figure).toContain('лунный грунт');
    expect(figure).toContain('около 21,5 кг');
    expect(figure).toContain('отчёт о полёте, ноябрь 1969');
    expect(text($('.claims').text())).toContain('сообщил');
    expect(text(at('/events/1969-07-21-first-steps/')('.claims').text())).toContain('сказал');
  });

  it('draws on its map only the places its frame shows, and says why the others are not there', () => {
    const $ = at('/map/');
    const drawn = $('svg.map a.map-mark').map((_, a) => $(a).attr('data-event')).get().sort();
    expect(drawn).toEqual(['1969-07-13-luna-15-launch', '1969-07-16-apollo-11-launch', '1969-07-24-splashdown']);
    const reasons = Object.fromEntries($('[data-place-list] .place-name').map((_, el) => [[$(el).text(), text($(el).next('.muted').text())]]).get());
    const ru = CATALOGUES.ru!;
    expect(reasons['Ханисакл-Крик']).toContain(ru['place.notDrawn.outside']);
    for (const moon of ['Море Спокойствия', 'База Спокойствия', 'Море Кризисов']) expect(reasons[moon], moon).toContain(ru['place.notDrawn.off-earth']);
    expect(reasons['Байконур']).toBe('');
    // A former country code is named as it was, not as Intl would guess it (Russia).
    const headings = $('[data-place-list] h3').map((_, h) => $(h).text()).get();
    expect(headings).toContain('Советский Союз');
    expect(headings).not.toContain('Россия');
    expect(headings).toContain('Луна');
  });

  it('draws no locator for a place the map cannot show, and words it with its precision', () => {
    const $ = at('/events/1969-07-20-eagle-lands/');
    expect($('[data-map="locator"]').length).toBe(0);
    expect(text($('main').text())).toContain('Луна');
    // Outside the declared frame: no locator either; inside it, one, holding its mark.
    expect(at('/events/1969-07-21-honeysuckle-creek-broadcast/')('[data-map="locator"]').length).toBe(0);
    const launch = at('/events/1969-07-16-apollo-11-launch/');
    expect(launch('[data-map="locator"] a.map-mark').map((_, a) => launch(a).attr('data-event')).get()).toEqual(['1969-07-16-apollo-11-launch']);
  });

  it('lists its actors under the letters of Russian, in Russian order, past opening quotation marks', () => {
    const $ = at('/actors/');
    const links = $('#letters-heading + ul a');
    expect(links.map((_, a) => $(a).text()).get()).toEqual(['А', 'Б', 'Л', 'М', 'Н', 'С']);
    expect(links.map((_, a) => $(a).attr('href')).get()).toEqual(['/actors/а/', '/actors/б/', '/actors/л/', '/actors/м/', '/actors/н/', '/actors/с/']);
    const a = at('/actors/а/');
    expect(a('.card-list h3 a').map((_, l) => a(l).attr('href')).get()).toEqual(['/actors/apollo-11/']);
    expect(a('h1').text()).toBe('Участники: А');
  });

  it('leaves no English interface string on any page', () => {
    const content = readFileSync(join(CONTENT, 'sources.yaml'), 'utf8');
    const forbidden = englishLeft(settings.language).filter(({ text: piece }) => !occurs(content, piece));
    const found: string[] = [];
    for (const { path, html } of pages) {
      const texts = pageTexts(html);
      for (const { key, text: piece } of forbidden) if (texts.some((t) => occurs(t, piece))) found.push(`${path}: "${piece}" (${key})`);
    }
    // The feed and the data files' titles are read too: by feed readers and whoever opens them.
    const feed = readFileSync(join(build.dist, 'feed.xml'), 'utf8').replace(/<(id|link|uri)\b[^>]*>[^<]*<\/\1>|<[^>]+>|https?:\/\/\S+/g, ' ');
    const titles = ['events', 'actors', 'sources'].map((f) => (JSON.parse(readFileSync(join(build.dist, `data/${f}.json`), 'utf8')) as { title: string }).title);
    for (const [file, body] of [['feed.xml', feed], ...titles.map((t, i) => [`data/${['events', 'actors', 'sources'][i]}.json`, t])] as const) {
      for (const { key, text: piece } of forbidden) if (occurs(body, piece)) found.push(`${file}: "${piece}" (${key})`);
      for (const month of ['January', 'July', 'November']) if (occurs(body, month)) found.push(`${file}: "${month}"`);
    }
    expect(found).toEqual([]);
  });

  it('tells search engines what each of its own kinds of actor is', () => {
    const type = (id: string) => (JSON.parse(at(`/actors/${id}/`)('script[type="application/ld+json"]').text()) as { '@type': string })['@type'];
    expect([type('neil-armstrong'), type('apollo-11'), type('nasa')]).toEqual(['Person', 'Thing', 'GovernmentOrganization']);
  });
});
