import { describe, expect, it } from 'vitest';
import { actorLd, actorType } from '../../src/lib/jsonld.ts';
import type { ActorData } from '../../src/lib/schema.ts';

const ld = { url: 'https://example.org/actors/x/', modified: new Date('2022-07-20T00:00:00Z'), language: 'en', siteName: 'Site' };
const actor = (extra: Partial<ActorData>): { data: ActorData } => ({
  data: { name: 'Islamic State Khorasan Province', aliases: [], kind: 'armed-group', summary: 's', countries: [], relations: [], sources: [], ...extra } as ActorData,
});

describe('actor JSON-LD', () => {
  it('lists the short name and aliases once each as alternate names', () => {
    const json = actorLd(actor({ shortName: 'ISKP', aliases: ['ISIS-K', 'ISKP', 'IS-K'] }), undefined, ld) as Record<string, unknown>;
    expect(json.alternateName).toEqual(['ISKP', 'ISIS-K', 'IS-K']);
  });

  it('leaves alternateName out when there is none', () => {
    expect(actorLd(actor({}), undefined, ld)).not.toHaveProperty('alternateName');
  });

  it('types people, governments and other groups as schema.org does', () => {
    expect([actorType('person'), actorType('government'), actorType('armed-group')]).toEqual(['Person', 'GovernmentOrganization', 'Organization']);
  });
});
