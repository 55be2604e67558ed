/**
 * The ISKP explainer read against its one source: roles, relations, figures and standfirsts
 * that say no more than the report does, and who said what kept.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import { accountOf, accountText } from '../../src/lib/model/according.ts';
import { DEFAULT_MODEL } from '../../src/lib/content/site-config.ts';
import { toTimelineEvents } from '../../src/lib/figures/timeline/data.ts';
import { ROOT } from '../helpers/astro.ts';
import { iskpGraph } from '../helpers/iskp-site.ts';

const graph = iskpGraph();
const raw = readContent(join(ROOT, 'content'), ROOT);
const { vocabularies } = DEFAULT_MODEL;
const t = (key: string, values?: Record<string, string>) => DEFAULT_MODEL.i18n.t(key as never, values);
const words = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the ISKP explainer', () => {
  const records = toTimelineEvents(graph.eventsByDate, (id) => id, () => '', vocabularies.roles);
  const attributed = (id: string) => records.find((r) => r.id === id)!.attributed;

  it('puts the rocket attacks, which no source attributes, in no actor\'s lane', () => {
    expect(attributed('2021-06-rocket-attacks-into-central-asia')).toEqual([]);
  });

  it('attributes the Peshawar and Kabul attacks to no one: ISKP only made claims about them', () => {
    for (const id of ['2022-03-04-peshawar-shiite-mosque-attack', '2022-05-kabul-memorial-ceremony-attack']) {
      expect(attributed(id), id).toEqual([]);
      expect(graph.events.get(id)!.data.actors.find((a) => a.actor === 'iskp')!.role, id).toBe('made-claim');
    }
  });

  it('gives the Peshawar death toll as ISKP\'s claim, as Eurasianet reports it', () => {
    const [figure] = graph.events.get('2022-03-04-peshawar-shiite-mosque-attack')!.data.figures;
    expect(accountText(accountOf(graph, figure!.according, DEFAULT_MODEL), graph, t)).toBe('ISKP, as reported by Eurasianet');
  });

  it('says whose account every "carried it out" and "was its target" is, and names the relaying source\'s speaker', () => {
    for (const event of graph.eventsByDate) {
      for (const a of event.data.actors) {
        if (['perpetrator', 'target', 'victim'].includes(a.role)) expect(a.according, `${event.id}: ${a.actor} ${a.role}`).toBeDefined();
      }
    }
    const raid = graph.events.get('2022-07-20-gdi-raid-kabul-flat')!.data.actors.find((a) => a.role === 'perpetrator')!;
    expect(accountText(accountOf(graph, raid.according!, DEFAULT_MODEL), graph, t)).toBe('GDI, as reported by Eurasianet');
  });

  it('calls no one a victim or a perpetrator without a source, and never says the Peshawar attacker "bombed"', () => {
    const tajiki = graph.eventsOfActor('abu-muhammad-yusuf-tajiki').flatMap((e) => e.roles);
    expect(tajiki).not.toContain('victim');
    for (const entry of raw.entries) expect(entry.body, entry.file).not.toMatch(/\bbombed\b/);
  });

  it('marks as editorial every relation the report does not state in its terms, with the reason', () => {
    const opposes = [...graph.actors.values()].flatMap((a) => a.data.relations.filter((r) => r.type === 'opposes').map((r) => [a.id, r] as const));
    expect(opposes.length).toBeGreaterThan(0);
    for (const [id, r] of opposes) {
      expect(r.sources, `${id} opposes ${r.actor}`).toEqual([]);
      expect(r.editorial, `${id} opposes ${r.actor}`).toMatch(/does not say 'opposes'/);
    }
  });

  it('opens no event body with its own standfirst', () => {
    for (const entry of raw.entries.filter((e) => e.collection === 'events')) {
      const summary = words(String((entry.data as { summary: string }).summary));
      const first = words(entry.body.trim().split(/\n\s*\n/)[0] ?? '');
      // The first clause of the standfirst must not open the body: the body adds to it.
      expect(first.startsWith(summary.slice(0, 40)), entry.file).toBe(false);
      expect(first.includes(summary.replace(/[.]$/, '')), entry.file).toBe(false);
    }
  });
});
