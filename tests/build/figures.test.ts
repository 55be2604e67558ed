import { describe, expect, it } from 'vitest';
import { fileFor, page } from '../helpers/dist.ts';
import { siteGraph } from '../helpers/site-graph.ts';
import { loadSite } from '../../src/lib/content/site-config.ts';
import { SHARED_CONTENT } from '../helpers/shared-site.ts';

const graph = siteGraph();
// Figures word dates in the site's language, as the translator does.
const { i18n } = loadSite(SHARED_CONTENT);
/** Scripts of the map and relations islands; other features (search, cite) ship their own loaders. */
const figureScripts = ($: ReturnType<typeof page>) => $('script[type="module"]')
  .filter((_, el) => /\/(map|relations)\.astro_/.test($(el).attr('src') ?? '') || /data-(map|network)-/.test($(el).text())).length;
const text = (s: string) => s.replace(/\s+/g, ' ').trim();
const located = graph.eventsByDate.filter((e) => e.data.location?.lat !== undefined && e.data.location?.lon !== undefined);
const relationCount = [...graph.actors.values()].reduce((n, a) => n + a.data.relations.length + (a.data.parent && !a.data.relations.some((r) => r.actor === a.data.parent) ? 1 : 0), 0);

describe('/map/', () => {
  const $ = page('/map/');

  it('draws a titled SVG map with the site\'s border, kept out of search', () => {
    const svg = $('figure[data-map="map"] svg.map');
    expect(svg).toHaveLength(1);
    expect(svg.attr('data-pagefind-ignore')).toBeDefined();
    expect(text(svg.find('title').text())).toBe('Map of events on the invented coast');
    expect(svg.find('desc').text()).toContain(`${located.length} of ${graph.eventsByDate.length} events`);
    expect(svg.find('path.map-highlight').attr('d')).toMatch(/^M/);
  });

  it('has one mark per event with coordinates, each a link to its existing event page', () => {
    const marks = $('svg.map a.map-mark');
    expect(marks.map((_, a) => $(a).attr('href')).get().sort()).toEqual(located.map((e) => `/events/${e.id}/`).sort());
    marks.each((_, a) => {
      expect(fileFor($(a).attr('href')!)).toBeDefined();
      const event = graph.events.get($(a).attr('data-event')!)!;
      expect($(a).attr('aria-label')).toBe(`${event.data.title}, ${i18n.date(event.date)}, ${event.data.location!.name}`);
    });
  });

  it('draws a rough place as a soft circle', () => {
    const lowmere = $('a.map-mark[data-event="2020-07-16-lowmere-operation"]');
    expect(lowmere.find('circle.map-area')).toHaveLength(1);
    expect($('a.map-mark[data-event="2020-03-04-grayhaven-pier-attack"] circle.map-area')).toHaveLength(0);
  });

  it('lists every event under its country, province and place', () => {
    const listed = $('[data-place-list] li[data-event] a').map((_, a) => $(a).attr('href')).get();
    expect(listed.sort()).toEqual(graph.eventsByDate.map((e) => `/events/${e.id}/`).sort());
    expect($('[data-place-list] h3').map((_, h) => $(h).text()).get()).toEqual(['Morocco', 'Portugal', 'Spain', 'No single place']);
    expect($('[data-place-list] h4').map((_, h) => text($(h).text())).get()).toContain('Norvale shire');
  });

  it('ships its island and hides its controls until the island runs', () => {
    expect(figureScripts($)).toBe(1);
    expect($('[data-map-controls]').attr('hidden')).toBeDefined();
    expect($('[data-map-zoom]').attr('hidden')).toBeDefined();
    expect($('[data-map-zoom] button').map((_, b) => $(b).text()).get()).toEqual(['Whole coast', 'The lamp line', 'Portugal', 'Spain', 'Morocco']);
  });
});

describe('maps on other pages', () => {
  it.each(graph.eventsByDate.map((e) => [e.id, e] as const))('event %s has a locator only if it has coordinates, and no map script', (id, event) => {
    const $ = page(`/events/${id}/`);
    const hasCoordinates = event.data.location?.lat !== undefined;
    expect($('figure[data-map="locator"] svg.map')).toHaveLength(hasCoordinates ? 1 : 0);
    if (hasCoordinates) expect($('svg.map a.map-mark').attr('href')).toBe(`/events/${id}/`);
    expect(figureScripts($)).toBe(0);
  });

  it('shows an actor\'s located events and its own relations on its page', () => {
    const $ = page('/actors/lantern-guild/');
    const mine = graph.eventsOfActor('lantern-guild').map((x) => x.event).filter((e) => e.data.location?.lat !== undefined);
    expect($('figure[data-map="actor-map"] a.map-mark').map((_, a) => $(a).attr('href')).get().sort()).toEqual(mine.map((e) => `/events/${e.id}/`).sort());
    const edges = $('figure[data-network="actor-network"] a.net-edge').map((_, a) => $(a).attr('data-edge')).get();
    // A parent that no relation of the actor names is drawn as a "parent" line of its own.
    const { parent, relations } = graph.actors.get('lantern-guild')!.data;
    const parentEdge = parent && !relations.some((r) => r.actor === parent) ? [`lantern-guild--parent--${parent}`] : [];
    expect(parentEdge).toHaveLength(1);
    expect(edges.sort()).toEqual([...graph.relationsOf('lantern-guild').map((r) => r.direction === 'out' ? `lantern-guild--${r.type}--${r.other}` : `${r.other}--${r.type}--lantern-guild`), ...parentEdge].sort());
    expect(figureScripts($)).toBe(0);
  });
});

describe('/relations/', () => {
  const $ = page('/relations/');

  it('ships the year control island', () => {
    expect(figureScripts($)).toBe(1);
  });

  it.each(['svg.network-wide', 'svg.network-narrow'])('draws every relation as a focusable link that names its dates and sources (%s)', (drawing) => {
    const edges = $(`${drawing} a.net-edge`);
    expect(edges).toHaveLength(relationCount);
    edges.each((_, a) => {
      expect($(a).attr('href')).toMatch(/^#rel-/);
      expect($(a).attr('aria-label')).toMatch(/; (dates not given|since .+|until .+); (according to .+|as the actor's page states|editorial reading: .+)\.$/);
      expect($($(a).attr('href'))).toHaveLength(1);
    });
  });

  it('has a table row per relation, matching the content, with source links into the list pages of the sources', () => {
    const rows = $('table[data-relations-table] tbody tr');
    expect(rows).toHaveLength(relationCount);
    const guild = graph.actors.get('lantern-guild')!;
    for (const r of guild.data.relations) {
      const row = $(`tr[id="rel-lantern-guild--${r.type}--${r.actor}"]`);
      expect(row, `${r.type} ${r.actor}`).toHaveLength(1);
      expect(text(row.find('th').text())).toBe(guild.data.name);
      expect(text(row.find('td').eq(1).text())).toBe(graph.actors.get(r.actor)!.data.name);
      expect(row.find('td').eq(4).find('a').map((_, a) => $(a).attr('href')).get()).toEqual(r.sources.map((s) => `/sources/${graph.sources.get(s)!.kind}/#${s}`));
    }
    $('table[data-relations-table] a[href^="/sources/"]').each((_, a) => {
      const [path, id] = $(a).attr('href')!.split('#') as [string, string];
      expect(page(path)(`[id="${id}"]`), id).toHaveLength(1);
    });
  });

  it('has a legend of exactly the relation types and actor kinds it draws, in declared order, each drawn as in the figure', () => {
    const { vocabularies } = loadSite(SHARED_CONTENT);
    const figure = $('figure[data-network="network"]');
    const drawn = new Set(figure.find('a.net-edge').map((_, a) => $(a).attr('data-type')).get());
    const declared = vocabularies.relationTypes.codes.filter((c) => drawn.has(c));
    const items = figure.find('ul.legend li');
    const lines = items.filter((_, li) => $(li).find('path.net-line').length > 0 && $(li).find('.is-editorial').length === 0);
    // The hollow arrow of an editorial reading is in the legend exactly when a line is drawn with it.
    const editorialDrawn = figure.find('a.net-edge.is-editorial').length > 0;
    expect(items.filter((_, li) => $(li).find('.net-arrow.is-editorial').length > 0)).toHaveLength(editorialDrawn ? 1 : 0);
    expect(lines.map((_, li) => text($(li).text())).get()).toEqual([...declared.map((c) => vocabularies.relationTypes.term(c).label), ...(drawn.has('parent') ? ['part of'] : [])]);
    lines.each((i, li) => {
      const type = [...declared, 'parent'][i]!;
      const edge = figure.find(`a.net-edge[data-type="${type}"] path.net-line`).first();
      const sample = $(li).find('path.net-line');
      expect(sample.attr('class'), type).toBe(edge.attr('class'));
      expect(sample.attr('stroke-dasharray'), type).toBe(edge.attr('stroke-dasharray'));
    });
    const kinds = new Set(figure.find('a.net-node').map((_, a) => /net-kind-(\S+)/.exec($(a).attr('class')!)![1]).get());
    const marks = items.filter((_, li) => $(li).find('.net-node').length > 0);
    expect(marks.map((_, li) => text($(li).text())).get()).toEqual(vocabularies.actorKinds.terms.filter((t) => kinds.has(t.code)).map((t) => t.label));
  });

  it('is reachable from the main navigation, like the map', () => {
    const nav = page('/').root().find('nav[aria-label="Main"] a').map((_, a) => page('/')(a).attr('href')).get();
    expect(nav).toEqual(expect.arrayContaining(['/map/', '/relations/']));
  });
});
