import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import { buildGraph } from '../../src/lib/model/graph.ts';
import { graphOptions } from '../../src/lib/model/claims.ts';
import { siteSchema, type ActorData, type EventData } from '../../src/lib/content/schema.ts';
import { DEFAULT_MODEL, siteModel } from '../../src/lib/content/site-config.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

const actor = (id: string, extra: Partial<ActorData> = {}) => ({
  id,
  data: { name: id, aliases: [], kind: 'armed-group', summary: 's', countries: [], relations: [], sources: [], ...extra } as ActorData,
});
const event = (id: string, date: string, extra: Partial<EventData> = {}) => ({
  id,
  data: { title: id, summary: 's', date, kind: 'other', actors: [], figures: [], claims: [], sources: ['s1'], ...extra } as EventData,
});

const content = {
    actors: [
      actor('group', { relations: [{ actor: 'state', type: 'opposes', sources: ['s2'] }], sources: ['s1'] }),
      actor('spokesman', { parent: 'group' }),
      actor('state'),
    ],
    events: [
      event('2022-07-20-raid', '2022-07-20', { actors: [{ actor: 'state', role: 'perpetrator', according: 'state' }, { actor: 'state', role: 'announced' }, { actor: 'group', role: 'target', according: 's2' }] }),
      event('2022-06-report', '2022-06', { claims: [{ by: 'spokesman', kind: 'claim', text: 't', source: 's2' }] }),
      event('2021-22-takeover', '2021-22', { actors: [{ actor: 'group', role: 'participant' }] }),
      event('2022-06-01-day', '2022-06-01'),
    ],
    sources: [
      { id: 's1', publisher: 'outlet', kind: 'news-report', date: '2022' },
      { id: 's2', publisher: 'state', kind: 'official-statement', date: '2022-07', via: 's1' },
    ],
};

describe('buildGraph', () => {
  const graph = buildGraph(content, graphOptions(DEFAULT_MODEL.vocabularies));

  it('orders events by lower bound, the narrower first on a tie', () => {
    expect(graph.eventsByDate.map((e) => e.id)).toEqual(['2021-22-takeover', '2022-06-01-day', '2022-06-report', '2022-07-20-raid']);
  });

  it('lists each actor\'s events with every role it had, once per event', () => {
    expect(graph.eventsOfActor('state').map((x) => [x.event.id, x.roles])).toEqual([['2022-07-20-raid', ['perpetrator', 'announced']]]);
    expect(graph.eventsOfActor('group').map((x) => x.event.id)).toEqual(['2021-22-takeover', '2022-07-20-raid']);
  });

  it('keeps whose account each role is, in the order the file lists the roles', () => {
    expect(graph.eventsOfActor('state')[0]!.accounts).toEqual([{ role: 'perpetrator', according: 'state' }, { role: 'announced' }]);
    expect(graph.eventsOfActor('group').find((x) => x.event.id === '2022-07-20-raid')!.accounts).toEqual([{ role: 'target', according: 's2' }]);
  });

  it('counts who made a claim as taking part even when not listed among the actors, as having made a claim, not claimed responsibility', () => {
    expect(graph.eventsOfActor('spokesman').map((x) => [x.event.id, x.roles])).toEqual([['2022-06-report', ['made-claim']]]);
    expect(DEFAULT_MODEL.vocabularies.roles.term('made-claim').attributes).toBe(false);
  });

  it('names no role for such a claimant when the site\'s roles have no claimant', () => {
    const roles = siteModel(siteSchema.parse({ title: 't', description: 'd', language: 'en', vocabularies: { roles: { replace: true, values: { crew: { label: 'crew' } } } } })).vocabularies;
    const own = buildGraph(content, graphOptions(roles));
    expect(own.eventsOfActor('spokesman').map((x) => [x.event.id, x.roles])).toEqual([['2022-06-report', []]]);
  });

  it('gives an actor with no events an empty list, not an error', () => {
    expect(graph.eventsOfActor('nobody')).toEqual([]);
  });

  it('finds members through their parent', () => {
    expect(graph.membersOf('group').map((a) => a.id)).toEqual(['spokesman']);
  });

  it('shows a relation from both ends', () => {
    expect(graph.relationsOf('group')).toMatchObject([{ other: 'state', type: 'opposes', direction: 'out' }]);
    expect(graph.relationsOf('state')).toMatchObject([{ other: 'group', type: 'opposes', direction: 'in' }]);
  });

  it('knows what cites each source', () => {
    expect(graph.citationsOf('s2')).toEqual([{ kind: 'event', id: '2022-06-report' }, { kind: 'actor', id: 'group' }]);
    expect(graph.citationsOf('s1')).toContainEqual({ kind: 'source', id: 's2' });
    expect(graph.citationsOf('s1')).toContainEqual({ kind: 'actor', id: 'group' });
  });

  it('finds neighbours in date order', () => {
    const { previous, next } = graph.neighbours('2022-06-report');
    expect([previous?.id, next?.id]).toEqual(['2022-06-01-day', '2022-07-20-raid']);
    expect(graph.neighbours('2021-22-takeover').previous).toBeUndefined();
  });

  it('follows the chain of sources a source is known through', () => {
    expect(graph.viaChain('s2').map((s) => s.id)).toEqual(['s1']);
    expect(graph.viaChain('s1')).toEqual([]);
  });
});

describe('the graph of the minimal fixture', () => {
  it('is built from validated content', () => {
    const { content, problems } = validateContent(readContent(join(MINIMAL, 'content'), MINIMAL));
    expect(problems).toEqual([]);
    const graph = buildGraph(content);
    expect(graph.eventsByDate.map((e) => e.id)).toEqual(['2020-05-01-fixture-raid', '2020-06-fixture-report']);
    expect(graph.eventsOfActor('fixture-outlet').map((x) => x.roles)).toEqual([['reporter']]);
  });
});
