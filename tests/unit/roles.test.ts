/**
 * Roles say only what the sources say: which roles attribute an event to an actor (and so
 * decide its lane by actor), whose account a role is, and how a figure or role from a source
 * known only through another names both who said it and who relayed it.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/model/graph.ts';
import { accountOf, accountText } from '../../src/lib/model/according.ts';
import { rolesText } from '../../src/lib/model/roles.ts';
import { siteSchema, type ActorData, type EventData } from '../../src/lib/content/schema.ts';
import { DEFAULT_MODEL, siteModel } from '../../src/lib/content/site-config.ts';
import { toTimelineEvents } from '../../src/lib/figures/timeline/data.ts';

const { vocabularies, i18n } = DEFAULT_MODEL;
const t = (key: string, values?: Record<string, string>) => i18n.t(key as never, values);

const actor = (id: string, extra: Partial<ActorData> = {}) => ({
  id,
  data: { name: id, aliases: [], kind: 'armed-group', summary: 's', countries: [], relations: [], sources: [], corrections: [], redirectFrom: [], ...extra } as ActorData,
});
const event = (id: string, actors: EventData['actors']) => ({
  id,
  data: { title: id, summary: 's', date: '2022-07-20', kind: 'raid', actors, figures: [], claims: [], sources: ['news'], corrections: [], redirectFrom: [] } as EventData,
});

const graph = buildGraph({
  actors: [actor('agency', { name: 'The Agency', shortName: 'TA' }), actor('group', { name: 'The Group', shortName: 'TG' }), actor('outlet', { name: 'The Outlet' })],
  events: [
    event('2022-07-20-raid', [{ actor: 'group', role: 'target', according: 'agency' }, { actor: 'agency', role: 'perpetrator', according: 'statement' }, { actor: 'agency', role: 'announced' }]),
    event('2022-07-21-rockets', [{ actor: 'group', role: 'subject' }, { actor: 'agency', role: 'made-claim' }]),
  ],
  sources: [
    { id: 'news', publisher: 'outlet', kind: 'news-report', date: '2022' },
    { id: 'statement', publisher: 'agency', kind: 'official-statement', date: '2022-07-20', via: 'news' },
  ],
});

describe('the default roles', () => {
  it('attribute an event only when the actor carried it out, claimed responsibility, announced it or issued it', () => {
    const attributing = vocabularies.roles.terms.filter((r) => r.attributes).map((r) => r.code);
    expect(attributing).toEqual(['perpetrator', 'claimed-responsibility', 'announced', 'issued']);
  });

  it('keep making a claim about an event apart from claiming responsibility for it, in every language', () => {
    expect(vocabularies.roles.term('claimed-responsibility').label).toBe('claimed responsibility');
    expect(vocabularies.roles.term('made-claim').label).toBe('made a claim about it');
    for (const language of ['en', 'ru', 'fa']) {
      const roles = siteModel(siteSchema.parse({ title: 't', description: 'd', language })).vocabularies.roles;
      expect(roles.term('made-claim').label, language).not.toBe(roles.term('claimed-responsibility').label);
      expect(roles.has('claimant'), language).toBe(false);
    }
  });
});

describe('a site\'s own roles', () => {
  const own = siteModel(siteSchema.parse({
    title: 't', description: 'd', language: 'en',
    vocabularies: { roles: { values: { commander: { label: 'commanded it', attributes: true }, witness: { label: 'saw it' }, perpetrator: { label: 'did it' } } } },
  })).vocabularies.roles;

  it('attribute an event only when they say so, and a relabelled default keeps its setting', () => {
    expect(own.term('commander').attributes).toBe(true);
    expect(own.term('witness').attributes).toBe(false);
    expect(own.term('perpetrator')).toMatchObject({ label: 'did it', attributes: true });
  });

  it('are refused an `attributes` that is not true or false, and other vocabularies are refused the field', () => {
    expect(siteSchema.safeParse({ title: 't', description: 'd', language: 'en', vocabularies: { roles: { values: { commander: { label: 'c', attributes: 'yes' } } } } }).success).toBe(false);
    expect(siteSchema.safeParse({ title: 't', description: 'd', language: 'en', vocabularies: { eventKinds: { values: { siege: { label: 'Siege', attributes: true } } } } }).success).toBe(false);
  });
});

describe('the timeline records', () => {
  const records = toTimelineEvents(graph.eventsByDate, (id) => `/events/${id}/`, () => '', vocabularies.roles);

  it('name every actor, but attribute the event only to actors in an attributing role', () => {
    expect(records[0]).toMatchObject({ id: '2022-07-20-raid', actors: ['group', 'agency'], attributed: ['agency'] });
    expect(records[1]).toMatchObject({ id: '2022-07-21-rockets', actors: ['group', 'agency'], attributed: [] });
  });
});

describe('whose account a role or figure is', () => {
  it('is an actor, a source known at first hand, or who said it as another source relays it', () => {
    expect(accountOf(graph, 'agency', DEFAULT_MODEL)).toEqual({ kind: 'actor', id: 'agency' });
    expect(accountOf(graph, 'news', DEFAULT_MODEL)).toEqual({ kind: 'source', id: 'news', label: 'a news report by The Outlet, 2022' });
    expect(accountOf(graph, 'statement', DEFAULT_MODEL)).toEqual({ kind: 'relayed', id: 'statement', name: 'TA', via: [{ id: 'news', name: 'The Outlet' }] });
    expect(accountText(accountOf(graph, 'statement', DEFAULT_MODEL), graph, t)).toBe('TA, as reported by The Outlet');
  });

  it('follows each role in the line of an actor\'s roles', () => {
    const whose = (id: string) => accountText(accountOf(graph, id, DEFAULT_MODEL), graph, t);
    const agency = graph.eventsOfActor('agency').find((e) => e.event.id === '2022-07-20-raid')!;
    expect(rolesText(agency.accounts, vocabularies.roles, t, whose)).toBe('carried it out, according to TA, as reported by The Outlet; announced it');
    const group = graph.eventsOfActor('group').find((e) => e.event.id === '2022-07-20-raid')!;
    expect(rolesText(group.accounts, vocabularies.roles, t, whose)).toBe('was its target, according to The Agency');
  });
});
