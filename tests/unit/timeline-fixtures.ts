/** Timeline records for tests, from real EDTF strings through `parseDate`, and a seeded generator. */
import { parseDate } from '../../src/lib/content/dates.ts';
import { DEFAULT_MODEL } from '../../src/lib/content/site-config.ts';
import { timelineText } from '../../src/lib/figures/timeline/page-words.ts';
import type { TimelineEvent, TimelineLabels, TimelineOptions } from '../../src/lib/figures/timeline/types.ts';

/** `attributed`: the actors in a role that attributes the event to them; by default all of `actors`. */
export function ev(id: string, date: string, kind = 'attack', actors: string[] = ['guild'], title = `Event ${id}`, country?: string, attributed: string[] = actors): TimelineEvent {
  const d = parseDate(date);
  return {
    id, title, href: `/events/${id}/`, kind, actors, attributed, ...(country ? { country } : {}),
    min: d.min, max: d.max, precision: d.precision, approximate: d.approximate, uncertain: d.uncertain, words: d.words,
    ...(d.kind === 'within' ? { within: true } : {}),
  };
}

export const labels: TimelineLabels = {
  kind: { attack: 'Attack', raid: 'Raid', report: 'Report', policy: 'Policy', statement: 'Statement', other: 'Other' },
  actor: { guild: 'Lantern Guild', council: 'Tidewater Council', watch: 'Harbour Watch', assembly: 'Coastal Assembly' },
  country: { PT: 'Portugal', ES: 'Spain', MA: 'Morocco' },
};

/** The English catalogue's words, as a site in English gets them. */
export const words = timelineText(DEFAULT_MODEL).words;

// British English writes days as d3's formats did ("4 Mar 2022"), so the snapshots keep their ticks.
export const base: TimelineOptions = { title: 'Test timeline', description: 'Events along time.', labels, words, language: 'en-GB' };

/** An invented story with the shapes of dates a real one has: days, months, a season, a "within" range, an approximate month. */
export function story(): TimelineEvent[] {
  return [
    ev('seize', '2021-22', 'other', ['council'], 'Council seizes power in Grayhaven', 'PT'),
    // Named with the Guild and the Council, but attributed by no source to anyone.
    ev('flares', '[2021-06..2022-12]', 'attack', ['guild', 'council'], 'Flares fired from Grayhaven across the lamp line into Norvale', undefined, []),
    ev('pier', '2022-03-04', 'attack', ['guild'], 'Attack on the pier lamps of Saltmere', 'ES'),
    ev('memorial', '2022-05~', 'attack', ['guild'], 'Attack on a memorial ceremony in Grayhaven', 'PT'),
    ev('warning', '2022-06', 'report', ['assembly', 'guild'], "Coastal Assembly report warns of the Guild's growing presence"),
    ev('operation', '2022-07-16', 'raid', ['council'], 'Council announces operation in Lowmere parish', 'PT'),
    ev('store', '2022-07-20', 'raid', ['watch', 'guild'], 'Harbour Watch raids a Guild store in Grayhaven', 'PT'),
  ];
}

/** `n` events spread over 2015–2024 from a fixed seed: same input every run. */
export function synthetic(n: number, seed = 42): TimelineEvent[] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const kinds = ['attack', 'raid', 'report', 'policy', 'statement'];
  const actors = ['guild', 'council', 'watch', 'assembly'];
  // A pool of 400 dates parsed once: the EDTF parser takes about a millisecond a date.
  const pool: TimelineEvent[] = [];
  for (let i = 0; i < 400; i++) {
    const y = 2015 + Math.floor(rand() * 10);
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    const p = rand();
    const pad = (x: number) => String(x).padStart(2, '0');
    const date = p < 0.6 ? `${y}-${pad(m)}-${pad(d)}` : p < 0.8 ? `${y}-${pad(m)}` : p < 0.9 ? `${y}-${pad(m)}~` : `${y}-${pad(m)}/${y + 1}`;
    pool.push(ev('', date));
  }
  return Array.from({ length: n }, (_, i) => {
    // Drawn in this order (date, then actor), so the seeded sequence and the snapshots hold.
    const date = pool[Math.floor(rand() * pool.length)]!;
    const actor = [actors[Math.floor(rand() * actors.length)]!];
    return {
      ...date,
      id: `e${i}`,
      href: `/events/e${i}/`,
      kind: kinds[i % kinds.length]!,
      actors: actor,
      attributed: actor,
      title: `Synthetic event number ${i} with a title of some length`,
    };
  });
}
