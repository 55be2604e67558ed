import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/lib/content/dates.ts';
import { actorLd, eventLd } from '../../src/lib/render/jsonld.ts';
import { siteSchema, type ActorData } from '../../src/lib/content/schema.ts';
import { DEFAULT_MODEL, siteModel } from '../../src/lib/content/site-config.ts';

const ld = { url: 'https://example.org/actors/x/', modified: new Date('2022-07-20T00:00:00Z'), language: 'en', siteName: 'Site' };
const actor = (extra: Partial<ActorData>): { data: ActorData } => ({
  data: { name: 'Fixture Group', aliases: [], kind: 'armed-group', summary: 's', countries: [], relations: [], sources: [], ...extra } as ActorData,
});
const { actorKinds } = DEFAULT_MODEL.vocabularies;
const typeOf = (kind: string, kinds = actorKinds) => actorLd(actor({ kind }), undefined, ld, kinds)['@type'];

describe('actor JSON-LD', () => {
  it('lists the short name and aliases once each as alternate names', () => {
    const json = actorLd(actor({ shortName: 'FG', aliases: ['F-Group', 'FG', 'The Group'] }), undefined, ld, actorKinds) as Record<string, unknown>;
    expect(json.alternateName).toEqual(['FG', 'F-Group', 'The Group']);
  });

  it('leaves alternateName out when there is none', () => {
    expect(actorLd(actor({}), undefined, ld, actorKinds)).not.toHaveProperty('alternateName');
  });

  it('types the default kinds as schema.org does: people, governments, other groups', () => {
    expect([typeOf('person'), typeOf('government'), typeOf('agency'), typeOf('armed-group')]).toEqual(['Person', 'GovernmentOrganization', 'GovernmentOrganization', 'Organization']);
  });

  it('types a site\'s own kinds as the site declares them, an Organization if it says nothing', () => {
    const own = siteModel(siteSchema.parse({
      title: 't', description: 'd', language: 'en',
      vocabularies: { actorKinds: { replace: true, values: { 'crew-member': { label: 'Crew member', schemaType: 'Person' }, spacecraft: { label: 'Spacecraft', schemaType: 'Thing' }, agency: { label: 'Agency' } } } },
    })).vocabularies.actorKinds;
    expect([typeOf('crew-member', own), typeOf('spacecraft', own), typeOf('agency', own)]).toEqual(['Person', 'Thing', 'Organization']);
    // A Thing has no parent organisation to name.
    expect(actorLd(actor({ kind: 'spacecraft' }), { name: 'Agency', url: 'https://example.org/actors/agency/' }, ld, own)).not.toHaveProperty('parentOrganization');
    expect(() => siteSchema.parse({ title: 't', description: 'd', language: 'en', vocabularies: { actorKinds: { values: { ship: { label: 'Ship', schemaType: 'Boat' } } } } })).toThrow();
  });
});

describe('event JSON-LD dates', () => {
  const { eventSchema } = DEFAULT_MODEL.schemas;
  const event = (date: string) => eventLd({ data: eventSchema.parse({ title: 't', summary: 's', date, kind: 'attack', sources: ['s'] }), date: parseDate(date) }, ld) as Record<string, unknown>;

  it('gives a date that happened once within a range no endDate, which would make it a duration', () => {
    expect(event('[2021-06..2022-12]')).toMatchObject({ startDate: '2021-06' });
    expect(event('[2021-06..2022-12]')).not.toHaveProperty('endDate');
  });

  it('gives what lasted its start and end, and a day its day', () => {
    expect(event('2021-06/2022-12')).toMatchObject({ startDate: '2021-06-01', endDate: '2022-12-31' });
    expect(event('2022-07-16')).toMatchObject({ startDate: '2022-07-16' });
    expect(event('2022-07-16')).not.toHaveProperty('endDate');
  });
});
