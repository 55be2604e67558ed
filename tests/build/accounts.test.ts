/*
 * The minimal fixture built with a role given on someone's account and a relation that is
 * the editors' reading: the event page, the actor pages, the relations page and events.csv
 * say whose account the role is and that the relation is a reading, with its reason.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureBuild, type FixtureBuild } from '../helpers/fixture-builds.ts';
import { MINIMAL } from '../helpers/fixtures.ts';
import { page } from '../helpers/dist.ts';

const text = (s: string) => s.replace(/\s+/g, ' ').trim();
const REASON = 'the report calls the outlet the group’s critic, not its opponent';
let build: FixtureBuild;

function edit(content: string) {
  const raid = join(content, 'events/2020-05-01-fixture-raid.mdx');
  writeFileSync(raid, readFileSync(raid, 'utf8').replace(
    '  - actor: fixture-group\n    role: perpetrator\n',
    '  - actor: fixture-group\n    role: perpetrator\n    according: fixture-statement\n  - actor: fixture-outlet\n    role: reporter\n',
  ));
  const outlet = join(content, 'actors/fixture-outlet.mdx');
  writeFileSync(outlet, readFileSync(outlet, 'utf8').replace(
    'sources: [fixture-report]\n---',
    `relations:\n  - actor: fixture-group\n    type: opposes\n    editorial: "${REASON}"\nsources: [fixture-report]\n---`,
  ));
}

beforeAll(() => {
  build = fixtureBuild('accounts', join(MINIMAL, 'content'), { edit: { key: 'role-according-and-editorial-relation', apply: edit } });
}, 300_000);

describe('a role given on someone\'s account', () => {
  it('says whose account it is on the event page: who said it, and who relayed it', () => {
    const $ = page('/events/2020-05-01-fixture-raid/', build.dist);
    const lines = $('ul.roles li').map((_, li) => text($(li).text())).get();
    expect(lines).toEqual(['Fixture Group: carried it out, according to FG, as reported by Fixture Outlet', 'Fixture Outlet: reported it']);
    const links = $('ul.roles li').first().find('a').map((_, a) => $(a).attr('href')).get();
    expect(links).toEqual(['/actors/fixture-group/', '/sources/official-statement/#fixture-statement', '/sources/news-report/#fixture-report']);
  });

  it('says so in the actor\'s list of events too', () => {
    const $ = page('/actors/fixture-group/', build.dist);
    expect(text($('.event-roles').first().text())).toBe('Role: carried it out, according to FG, as reported by Fixture Outlet');
  });

  it('is written with whose it is in events.csv', () => {
    const rows = parseCsv(readFileSync(join(build.dist, 'data/events.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.id === '2020-05-01-fixture-raid')!.actors).toBe('fixture-group:perpetrator:fixture-statement;fixture-outlet:reporter');
  });
});

describe('a relation that is the editors\' reading', () => {
  it('is shown as an editorial reading, with its reason, on both actors\' pages', () => {
    for (const id of ['fixture-outlet', 'fixture-group']) {
      const $ = page(`/actors/${id}/`, build.dist);
      const line = $('ul.relations li').filter((_, li) => $(li).text().includes('oppos')).first();
      expect(text(line.text()), id).toContain(`editorial reading: ${REASON}`);
    }
    const $ = page('/actors/fixture-group/', build.dist);
    const reported = $('ul.relations li').filter((_, li) => $(li).text().includes('rival')).first();
    expect(text(reported.text())).toContain('according to');
    expect(text(reported.text())).not.toContain('editorial');
  });

  it('is marked in the relations table and the network, with a legend line', () => {
    const $ = page('/relations/', build.dist);
    const row = $('#rel-fixture-outlet--opposes--fixture-group');
    expect(text(row.find('td').last().text())).toBe(`editorial reading: ${REASON}`);
    expect(row.find('td').last().find('a')).toHaveLength(0);
    const edge = $('a.net-edge[data-edge="fixture-outlet--opposes--fixture-group"]');
    expect(edge.hasClass('is-editorial')).toBe(true);
    expect(edge.attr('aria-label')).toContain(`editorial reading: ${REASON}`);
    expect(text($('figure[data-network] .legend').text())).toContain('Editorial reading: no source states it in these terms');
  });

  it('keeps its reason in actors.json', () => {
    const json = JSON.parse(readFileSync(join(build.dist, 'data/actors.json'), 'utf8')) as { actors: { id: string; relations: { editorial?: string }[] }[] };
    expect(json.actors.find((a) => a.id === 'fixture-outlet')!.relations).toEqual([{ actor: 'fixture-group', type: 'opposes', editorial: REASON, sources: [] }]);
  });
});
