/**
 * The timeline and the network follow the site's own vocabularies, with no list of their
 * own: a site on another topic declares event kinds, relation types and actor kinds the
 * defaults do not have, and the lanes, filters, line patterns, node marks and legends
 * follow its declared order and labels.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/model/graph.ts';
import { buildNetwork } from '../../src/lib/figures/network/edges.ts';
import { starLayout } from '../../src/lib/figures/network/layout.ts';
import { renderNetwork } from '../../src/lib/figures/network/render.ts';
import { networkText } from '../../src/lib/figures/network/site-network.ts';
import { EDGE_PATTERNS, legendItems, NODE_MARKS } from '../../src/lib/figures/network/styles.ts';
import type { ActorData } from '../../src/lib/content/schema.ts';
import { siteSchema } from '../../src/lib/content/schema.ts';
import { siteModel } from '../../src/lib/content/site-config.ts';
import { labelsFor } from '../../src/lib/figures/timeline/data.ts';
import { assignLanes } from '../../src/lib/figures/timeline/lanes.ts';
import { timelineText } from '../../src/lib/figures/timeline/page-words.ts';
import { renderTimelineSvg } from '../../src/lib/figures/timeline/render-svg.ts';
import { choices } from '../../src/lib/figures/timeline/view-data.ts';
import { ev } from './timeline-fixtures.ts';

/** A site about a space mission: none of its codes are the generator's defaults. */
const model = siteModel(siteSchema.parse({
  title: 'A mission to the Moon',
  description: 'Fixture.',
  language: 'en',
  vocabularies: {
    eventKinds: { replace: true, values: { launch: { label: 'Launch' }, docking: { label: 'Docking' }, landing: { label: 'Landing' }, splashdown: { label: 'Splashdown' } } },
    relationTypes: { replace: true, values: { 'crew-of': { label: 'crew of', inverse: 'crewed by' }, 'built-by': { label: 'built by', inverse: 'built' }, 'contracted-by': { label: 'contracted by', inverse: 'contracted' } } },
    actorKinds: { replace: true, values: { agency: { label: 'Space agency' }, astronaut: { label: 'Astronaut' }, spacecraft: { label: 'Spacecraft' }, contractor: { label: 'Contractor' } } },
  },
}));

const events = [
  ev('splash', '1969-07-24', 'splashdown', ['crew']),
  ev('launch', '1969-07-16', 'launch', ['agency']),
  ev('land', '1969-07-20', 'landing', ['crew']),
  ev('dock', '1969-07-21', 'docking', ['crew']),
  ev('land2', '1969-11-19', 'landing', ['crew']),
];
const labels = labelsFor(events, { eventKinds: model.vocabularies.eventKinds, actorName: (a) => a.toUpperCase(), countryName: (c) => c });
const { words } = timelineText(model);

describe('the timeline with a site\'s own event kinds', () => {
  it('labels each kind as the site declares it', () => {
    expect(labels.kind).toEqual({ splashdown: 'Splashdown', launch: 'Launch', landing: 'Landing', docking: 'Docking' });
  });

  it('stands the lanes in the declared order, not by size', () => {
    const { lanes } = assignLanes(events, 'kind', labels, words);
    expect(lanes.map((l) => l.label)).toEqual(['Launch', 'Docking', 'Landing', 'Splashdown']);
  });

  it('keeps the largest lanes past the limit, in declared order, then Others', () => {
    const { lanes } = assignLanes(events, 'kind', labels, words, 3);
    expect(lanes.map((l) => l.label)).toEqual(['Docking', 'Landing', 'Others (2)']);
  });

  it('offers the kinds in the filter in declared order', () => {
    const options = choices({ events, labels, options: { title: '', description: '', lanes: 'kind', language: 'en' } }, 'kind');
    expect(options.map(([code]) => code)).toEqual(['launch', 'docking', 'landing', 'splashdown']);
  });

  it('draws the lanes with those labels', () => {
    const svg = renderTimelineSvg(events, { title: 'T', description: 'D', labels, words, language: 'en' });
    const names = [...svg.matchAll(/class="tl-lane-name"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(names).toEqual(['Launch', 'Docking', 'Landing', 'Splashdown']);
  });
});

describe('the network with a site\'s own relation types and actor kinds', () => {
  const actor = (id: string, kind: string, relations: ActorData['relations'] = [], extra: Partial<ActorData> = {}) => ({
    id, data: { name: `${id} name`, aliases: [], kind, summary: 's', countries: [], relations, sources: [], ...extra } as ActorData,
  });
  const graph = buildGraph({
    actors: [
      actor('crew', 'astronaut', [{ actor: 'ship', type: 'crew-of', sources: [] }]),
      actor('ship', 'spacecraft', [{ actor: 'maker', type: 'built-by', sources: [] }]),
      actor('maker', 'contractor', [{ actor: 'nasa', type: 'contracted-by', since: '1961', sources: [] }]),
      actor('nasa', 'agency'),
      actor('pilot', 'astronaut', [], { parent: 'nasa' }),
    ],
    events: [],
    sources: [],
  });
  const links = { actor: (id: string) => `/actors/${id}/`, source: (id: string) => `/sources/#${id}`, sourceLabel: (id: string) => id, dateWords: (e: string) => model.i18n.date(e) };
  const network = buildNetwork(graph, links);
  const text = networkText(model);
  const svg = renderNetwork(network, starLayout(network, 'nasa', { width: 500, height: 300 }), { width: 500, height: 300, id: 'm', title: 't', description: 'd', edgeHref: (e) => `#${e.id}`, ...text });

  it('writes each relation with the site\'s label, and its inverse from the other end', () => {
    expect(svg).toContain('>crew of</text>');
    expect(svg).toContain('>built by</text>');
    expect(svg).toContain('aria-label="maker name contracted by nasa name; since 1961; no source given."');
    expect(text.words.inverse('crew-of')).toBe('crewed by');
  });

  it('gives each declared relation type its own pattern, in declared order, and the parent edge another', () => {
    const dash = (type: string) => new RegExp(`data-type="${type}"[^>]*><path class="net-hit"[^>]*/><path class="([^"]*)" d="[^"]+"(?: stroke-dasharray="([^"]+)")?`).exec(svg)!.slice(1);
    const seen = ['crew-of', 'built-by', 'contracted-by', 'parent'].map((t) => dash(t).join('|'));
    expect(new Set(seen).size).toBe(4);
    expect(text.styles.edge('crew-of')).toBe(EDGE_PATTERNS[0]);
    expect(text.styles.edge('contracted-by')).toBe(EDGE_PATTERNS[2]);
  });

  it('marks each declared actor kind distinctly, the same on every page', () => {
    expect(['agency', 'astronaut', 'spacecraft', 'contractor'].map((k) => text.styles.node(k))).toEqual(NODE_MARKS.slice(0, 4));
    expect(svg).toMatch(/net-kind-spacecraft net-fill-ink"[^>]*><rect class="net-shape"/);
    const marks = NODE_MARKS.map((m) => `${m.shape} ${m.fill}`);
    expect(new Set(marks).size).toBe(marks.length);
  });

  it('lists in the legend only what the figure draws, in declared order', () => {
    expect(legendItems(network.nodes.map((n) => n.kind), model.vocabularies.actorKinds.terms).map((t) => t.label)).toEqual(['Space agency', 'Astronaut', 'Spacecraft', 'Contractor']);
    expect(legendItems(['contracted-by', 'crew-of'], model.vocabularies.relationTypes.terms).map((t) => t.code)).toEqual(['crew-of', 'contracted-by']);
  });
});
