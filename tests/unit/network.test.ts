import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/model/graph.ts';
import { buildNetwork, egoNetwork, yearSpan, type Network } from '../../src/lib/figures/network/edges.ts';
import { forceLayout, starLayout } from '../../src/lib/figures/network/layout.ts';
import { edgeName, renderNetwork } from '../../src/lib/figures/network/render.ts';
import { networkText } from '../../src/lib/figures/network/site-network.ts';
import { EDGE_PATTERNS, PARENT_PATTERN } from '../../src/lib/figures/network/styles.ts';
import { DEFAULT_MODEL } from '../../src/lib/content/site-config.ts';
import { holdsIn } from '../../src/lib/figures/network/held-in-year.ts';
import { mostConnected } from '../../src/lib/figures/network/most-connected.ts';
import type { ActorData } from '../../src/lib/content/schema.ts';
import { fixtureGraph } from '../helpers/fixture-graph.ts';

const actor = (id: string, extra: Partial<ActorData> = {}) => ({
  id,
  data: { name: `${id} name`, aliases: [], kind: 'armed-group', summary: 's', countries: [], relations: [], sources: [], ...extra } as ActorData,
});
const links = { actor: (id: string) => `/actors/${id}/`, source: (id: string) => `/sources/#${id}`, sourceLabel: (id: string) => `Source ${id}`, dateWords: (edtf: string) => DEFAULT_MODEL.i18n.date(edtf) };
/** The generator's default vocabularies in English: the words and styles a site that declares nothing gets. */
const text = networkText(DEFAULT_MODEL);
const { words } = text;
const opposes = EDGE_PATTERNS[DEFAULT_MODEL.vocabularies.relationTypes.codes.indexOf('opposes')]!;
const graphOf = (order: 'forward' | 'reverse') => {
  const actors = [
    actor('group', { shortName: 'G', relations: [{ actor: 'state', type: 'opposes', since: '2021-08', until: '2022-06', sources: ['s1'] }, { actor: 'mother', type: 'part-of', sources: ['s1', 's2'] }] }),
    actor('state', { kind: 'government', relations: [{ actor: 'group', type: 'opposes', sources: ['s2'] }] }),
    actor('mother'),
    actor('spokesman', { kind: 'person', parent: 'state' }),
    actor('loner'),
  ];
  return buildGraph({
    actors: order === 'forward' ? actors : [...actors].reverse(),
    events: [],
    sources: [{ id: 's1', publisher: 'x', kind: 'news-report', date: '2022' }, { id: 's2', publisher: 'y', kind: 'news-report', date: '2022' }],
  });
};

describe('buildNetwork', () => {
  const network = buildNetwork(graphOf('forward'), links);

  it('has one edge per stated relation, plus parents no relation states, sorted by id', () => {
    expect(network.edges.map((e) => e.id)).toEqual([
      'group--opposes--state', 'group--part-of--mother', 'spokesman--parent--state', 'state--opposes--group',
    ]);
    expect(network.nodes.map((n) => n.id)).toEqual(['group', 'mother', 'spokesman', 'state']);
  });

  it('carries dates in words, their bounds, and sources with links', () => {
    const e = network.edges[0]!;
    expect([e.sinceWords, e.untilWords]).toEqual(['August 2021', 'June 2022']);
    expect(e.start).toBe(Date.UTC(2021, 7, 1));
    expect(e.end).toBe(Date.UTC(2022, 6, 1) - 1);
    expect(e.sources).toEqual([{ id: 's1', label: 'Source s1', href: '/sources/#s1' }]);
    expect(edgeName(e, (id) => id, words)).toBe('group opposes state; since August 2021, until June 2022; according to Source s1.');
    expect(edgeName(network.edges[3]!, (id) => id, words)).toBe('state opposes group; dates not given; according to Source s2.');
  });

  it("keeps an actor's own relations for its local network", () => {
    expect(egoNetwork(network, 'mother').edges.map((e) => e.id)).toEqual(['group--part-of--mother']);
    expect(egoNetwork(network, 'mother').nodes.map((n) => n.id)).toEqual(['group', 'mother']);
  });
});

describe('the year control', () => {
  it('shows a relation in the years its since/until overlap; an undated end stays open', () => {
    const dated = { start: Date.UTC(2021, 7, 1), end: Date.UTC(2022, 6, 1) - 1 };
    expect([2020, 2021, 2022, 2023].map((y) => holdsIn(dated, y))).toEqual([false, true, true, false]);
    expect(holdsIn({ start: Date.UTC(2022, 0, 1) }, 2030)).toBe(true);
    expect(holdsIn({}, 1990)).toBe(true);
  });

  it('offers the years from the earliest to the latest date', () => {
    const graph = graphOf('forward');
    expect(yearSpan(buildNetwork(graph, links), graph)).toEqual([2021, 2022]);
  });
});

describe('layouts', () => {
  const frame = { width: 600, height: 400 };
  const positions = (network: Network) => [...forceLayout(network, frame)].sort(([a], [b]) => a.localeCompare(b));

  it('gives the same positions for the same content, whatever the order it is read in', () => {
    const a = positions(buildNetwork(graphOf('forward'), links));
    const b = positions(buildNetwork(graphOf('reverse'), links));
    expect(b).toEqual(a);
    expect(positions(buildNetwork(graphOf('forward'), links))).toEqual(a);
  });

  it('keeps every node inside the frame, apart from the others, at rounded positions', () => {
    const p = positions(buildNetwork(graphOf('forward'), links));
    for (const [, { x, y }] of p) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(frame.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(frame.height);
      expect(Math.round(x * 10)).toBe(x * 10);
    }
    for (let i = 0; i < p.length; i += 1) for (let j = i + 1; j < p.length; j += 1) {
      expect(Math.hypot(p[i]![1].x - p[j]![1].x, p[i]![1].y - p[j]![1].y)).toBeGreaterThan(40);
    }
  });

  it("fills a tall frame (a phone's) from top to bottom, keeping nodes inside it", () => {
    const tall = { width: 340, height: 600, fontSize: 16 };
    const p = [...forceLayout(buildNetwork(graphOf('forward'), links), tall).values()];
    const ys = p.map((q) => q.y);
    for (const { x, y } of p) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(tall.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(tall.height);
    }
    // Stretched to the frame's height, less the room kept for labels above and below.
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(tall.height - 2 * (tall.fontSize * 2 + 12) - 1);
  });

  it('puts the actor in the middle of its own network', () => {
    const network = buildNetwork(graphOf('forward'), links);
    const p = starLayout(egoNetwork(network, 'group'), 'group', frame);
    expect(p.get('group')).toEqual({ x: 300, y: 200 });
  });
});

describe('renderNetwork', () => {
  const network = buildNetwork(graphOf('forward'), links);
  const svg = renderNetwork(network, forceLayout(network, { width: 600, height: 400 }), {
    width: 600, height: 400, id: 'n', title: 'Net', description: 'D', edgeHref: (e) => `#rel-${e.id}`, ...text,
  });

  it('makes each edge a link that names its relation, dates and sources', () => {
    expect(svg).toContain('<a class="net-edge net-opposes" href="#rel-group--opposes--state" aria-label="G opposes state name; since August 2021, until June 2022; according to Source s1."');
    expect(svg.match(/<a class="net-edge/g)).toHaveLength(4);
    expect(svg.match(/<a class="net-node/g)).toHaveLength(4);
  });

  it('draws each type with its own dash pattern, a text label and an arrow', () => {
    expect(svg).toMatch(new RegExp(`class="net-line is-accent" d="[^"]+" stroke-dasharray="${opposes.dash}" marker-end="url\\(#n-arrow-accent\\)"`));
    expect(svg).toMatch(new RegExp(`class="net-line" d="[^"]+" stroke-dasharray="${PARENT_PATTERN.dash}"`));
    expect(svg).toContain('>part of</text>');
    const patterns = [...EDGE_PATTERNS, PARENT_PATTERN].map((p) => `${p.dash ?? ''} ${p.weight ?? ''} ${p.accent ?? ''}`);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('bends two relations between the same actors apart', () => {
    const paths = [...svg.matchAll(/data-edge="(group--opposes--state|state--opposes--group)"[^>]*><path class="net-hit" d="([^"]+)"/g)].map((m) => m[2]);
    expect(paths).toHaveLength(2);
    expect(paths[0]).not.toBe(paths[1]);
  });

  it('escapes names', () => {
    const graph = buildGraph({ actors: [actor('a', { name: '<script>x</script>', relations: [{ actor: 'b', type: 'ally', sources: [] }] }), actor('b')], events: [], sources: [] });
    const net = buildNetwork(graph, links);
    const out = renderNetwork(net, starLayout(net, 'a', { width: 300, height: 200 }), { width: 300, height: 200, id: 'e', title: 't', description: 'd', edgeHref: () => '#', ...text });
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('matches the snapshot of a network with a parent, a dated relation and two relations between one pair', async () => {
    await expect(svg).toMatchFileSnapshot('./snapshots/network-relations.svg');
  });

  it('matches the snapshot of the minimal fixture', async () => {
    const graph = fixtureGraph();
    const net = buildNetwork(graph, links);
    const out = renderNetwork(net, forceLayout(net, { width: 500, height: 300 }), { width: 500, height: 300, id: 'fixture', title: 'Fixture network', description: 'Relations of the minimal fixture.', edgeHref: (e) => `#rel-${e.id}`, ...text });
    await expect(out).toMatchFileSnapshot('./snapshots/network-minimal.svg');
  });
});

describe('an editorial reading', () => {
  const graph = buildGraph({
    actors: [
      actor('group', { relations: [{ actor: 'state', type: 'opposes', sources: [], editorial: 'the report calls the group the counterpoint to the state' }] }),
      actor('state', { relations: [{ actor: 'group', type: 'rival', sources: ['s1'] }] }),
    ],
    events: [],
    sources: [{ id: 's1', publisher: 'x', kind: 'news-report', date: '2022' }],
  });
  const network = buildNetwork(graph, links);
  const svg = renderNetwork(network, forceLayout(network, { width: 600, height: 400 }), {
    width: 600, height: 400, id: 'n', title: 'Net', description: 'D', edgeHref: (e) => `#rel-${e.id}`, ...text,
  });

  it('is an edge with the editors\' reason and no sources, named as a reading, not a source\'s words', () => {
    const e = network.edges.find((x) => x.id === 'group--opposes--state')!;
    expect(e).toMatchObject({ editorial: 'the report calls the group the counterpoint to the state', sources: [] });
    expect(edgeName(e, (id) => id, words)).toBe('group opposes state; dates not given; editorial reading: the report calls the group the counterpoint to the state.');
    expect(network.edges.find((x) => x.id === 'state--rival--group')!.editorial).toBeUndefined();
  });

  it('is drawn with a hollow arrow and a label that says so; a reported relation keeps its arrow', () => {
    expect(svg).toContain('class="net-edge net-opposes is-editorial"');
    expect(svg).toMatch(/marker-end="url\(#n-arrow-editorial-accent\)"/);
    expect(svg).toContain('>opposes (editorial)</text>');
    expect(svg).toContain('<marker id="n-arrow-editorial-accent"');
    expect(svg).toContain('class="net-edge net-rival"');
    expect(svg).toContain('>rival of</text>');
  });

  it('adds no editorial arrows to a network that has no editorial reading', () => {
    const reported = buildNetwork(graphOf('forward'), links);
    expect(renderNetwork(reported, forceLayout(reported, { width: 600, height: 400 }), {
      width: 600, height: 400, id: 'n', title: 'Net', description: 'D', edgeHref: (e) => `#rel-${e.id}`, ...text,
    })).not.toContain('editorial');
  });
});

describe('mostConnected', () => {
  // A hub related to everyone, a pair related to each other, and leaves related to the hub only.
  const relate = (to: string) => ({ actor: to, type: 'opposes', sources: ['s1'] });
  const graph = buildGraph({
    actors: [
      actor('hub', { relations: ['a', 'b', 'c', 'd'].map(relate) }),
      actor('a', { relations: [relate('b')] }),
      actor('b'),
      actor('c'),
      actor('d'),
    ],
    events: [],
    sources: [{ id: 's1', publisher: 'p', kind: 'news-report', date: '2022' }],
  });
  const network = buildNetwork(graph, links);

  it('keeps the most connected actors, ties by id, and only the relations between them', () => {
    const drawn = mostConnected(network, 3);
    expect(drawn.nodes.map((n) => n.id)).toEqual(['a', 'b', 'hub']);
    expect(drawn.edges.map((e) => e.id)).toEqual(['a--opposes--b', 'hub--opposes--a', 'hub--opposes--b']);
  });

  it('draws the whole network when it is within the cap', () => {
    expect(mostConnected(network, 5)).toBe(network);
  });
});
