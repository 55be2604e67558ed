/**
 * `npm run corpus -- --actors 500 --events 2000 [--seed 1] [--out dir]`
 *
 * Writes a synthetic, deterministic content folder for benchmarks: N actors and M events
 * with realistic frontmatter (EDTF dates of every precision, located places, roles,
 * relations, sources known via others, attributed figures, claims) and a few paragraphs of
 * Markdown per file. The same seed and sizes give byte-identical files. Everything in it
 * is invented and says so: it is a load test, not an explainer.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { idPrefix } from '../src/lib/content/dates.ts';
import { DEFAULT_VOCABULARIES } from '../src/lib/model/vocabularies.ts';

const codes = (name: keyof typeof DEFAULT_VOCABULARIES) => Object.keys(DEFAULT_VOCABULARIES[name]);
const ACTOR_KINDS = codes('actorKinds');
const FIGURE_TYPES = codes('figureTypes');
const CLAIM_KINDS = codes('claimKinds');
const EVENT_KINDS = codes('eventKinds');
const RELATION_TYPES = codes('relationTypes');
const ROLES = codes('roles');
const SOURCE_KINDS = codes('sourceKinds');

/** mulberry32: a tiny seeded PRNG, good enough to spread synthetic data evenly. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(next: () => number) {
    this.next = next;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `count` distinct items of `list` (fewer if the list is shorter). */
  some<T>(list: readonly T[], count: number): T[] {
    const chosen = new Set<T>();
    const n = Math.min(count, list.length);
    while (chosen.size < n) chosen.add(this.pick(list));
    return [...chosen];
  }
}

// Invented places on every continent, at coordinates inside the country they name, so maps,
// frames and precision have plausible data without any real explainer's places.
const PLACES = [
  { name: 'Vikmar', admin1: 'Nordvik', country: 'NO', lat: 69.65, lon: 18.96 },
  { name: 'Tel Ranos', admin1: 'Ranos', country: 'FR', lat: 45.76, lon: 4.84 },
  { name: 'Shador', admin1: 'Kano Plain', admin2: 'Shador', country: 'NG', lat: 12.0, lon: 8.52 },
  { name: 'Bulenga', admin1: 'Rift Highlands', country: 'KE', lat: -0.3, lon: 36.07 },
  { name: 'Kapa Sun', admin1: 'Western Cape', country: 'ZA', lat: -33.92, lon: 18.42 },
  { name: 'Mirazar', admin1: 'Deccan', country: 'IN', lat: 17.38, lon: 78.48 },
  { name: 'Harugen', admin1: 'Kanto', country: 'JP', lat: 35.68, lon: 139.69 },
  { name: 'Lumbok', admin1: 'Java Timur', admin2: 'Lumbok', country: 'ID', lat: -7.25, lon: 112.75 },
  { name: 'Esperry', admin1: 'New South Wales', country: 'AU', lat: -33.87, lon: 151.21 },
  { name: 'Quanoa', admin1: 'Alberta', country: 'CA', lat: 53.55, lon: -113.49 },
  { name: 'Riotov', admin1: 'Nevada', admin2: 'Riotov County', country: 'US', lat: 36.17, lon: -115.14 },
  { name: 'San Telmo del Mar', admin1: 'Jalisco', country: 'MX', lat: 20.67, lon: -103.35 },
  { name: 'Geluma', admin1: 'Amazonas', country: 'BR', lat: -3.12, lon: -60.02 },
  { name: 'Punta Zarno', admin1: 'Chubut', country: 'AR', lat: -42.77, lon: -65.04 },
  { name: 'Dorhan', admin1: 'Matrouh', country: 'EG', lat: 31.35, lon: 27.24 },
] as const;
const COUNTRIES = ['NO', 'FR', 'NG', 'KE', 'ZA', 'IN', 'JP', 'ID', 'AU', 'CA', 'US', 'MX', 'BR', 'AR', 'EG'] as const;

const SYLLABLES = ['ka', 'ran', 'dor', 'mi', 'sha', 'tel', 'bu', 'zar', 'no', 'vik', 'al', 'qa', 'sun', 'ri', 'tov', 'ge', 'han', 'lu', 'mar', 'es'];
const GROUP_WORDS = ['Front', 'Movement', 'Council', 'Brigade', 'Directorate', 'Ministry', 'Network', 'Agency', 'Service', 'Committee'];
const ADJECTIVES = ['Northern', 'Eastern', 'Border', 'United', 'Free', 'Provincial', 'Central', 'Mountain', 'Valley', 'River'];
const NOUNS = ['border', 'province', 'convoy', 'checkpoint', 'district', 'market', 'bridge', 'statement', 'operation', 'village', 'camp', 'crossing', 'highway', 'harbour', 'garrison'];
const VERBS = ['reported', 'announced', 'described', 'denied', 'confirmed', 'disputed', 'recorded', 'claimed', 'estimated', 'noted'];
const LINKERS = ['according to', 'as stated by', 'in the words of', 'as relayed by'];
const HEADLINE = ['Attack on', 'Raid near', 'Killing in', 'Arrests in', 'Statement on', 'Report on', 'Policy change in', 'Clash near'];

function name(r: Random, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += r.pick(SYLLABLES);
  return word[0]!.toUpperCase() + word.slice(1);
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function sentence(r: Random, subject: string): string {
  const noun = r.pick(NOUNS);
  const other = r.pick(NOUNS);
  return `${subject} ${r.pick(VERBS)} movement near the ${noun} ${r.pick(LINKERS)} local officials, while the ${other} remained ${r.pick(['closed', 'contested', 'quiet', 'under watch', 'disputed'])}.`;
}

function paragraph(r: Random, subject: string, sentences: number): string {
  const lines: string[] = [];
  for (let i = 0; i < sentences; i++) lines.push(sentence(r, i === 0 ? subject : r.pick(['The group', 'Officials', 'Witnesses', 'The report', 'A spokesman'])));
  return lines.join(' ');
}

/**
 * A few paragraphs of Markdown, with emphasis, a link, a list, now and then a table, and
 * `<Cite>` notes to the page's own sources, as maintainers cite them in prose.
 */
function body(r: Random, subject: string, link: { text: string; href: string }, sources: readonly string[]): string {
  const cite = () => `<Cite id="${r.pick(sources)}" />`;
  const parts = [
    'This text is synthetic: it was generated for a build benchmark and states nothing about the world.',
    `${paragraph(r, subject, r.int(3, 5))}${cite()}`,
    `${paragraph(r, `*${subject}*`, r.int(2, 4))}${r.chance(0.5) ? cite() : ''} See [${link.text}](${link.href}).`,
  ];
  if (r.chance(0.5)) {
    parts.push(['- ' + sentence(r, 'One source'), '- ' + sentence(r, 'Another source'), '- ' + sentence(r, 'A third account')].join('\n'));
  }
  if (r.chance(0.2)) {
    parts.push(['| Figure | According to |', '| --- | --- |', `| ${r.int(1, 90)} | officials |`, `| ${r.int(1, 90)} | witnesses |`].join('\n'));
  }
  parts.push(paragraph(r, 'The account', r.int(2, 4)));
  return parts.join('\n\n') + '\n';
}

function mdx(data: Record<string, unknown>, text: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${text}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * An EDTF date between 2015 and 2025 at one of the precisions editors write: day, month,
 * season, year, approximate, uncertain, both, and intervals. Weighted towards day and month,
 * as news-based data is.
 */
function edtfDate(r: Random): string {
  const year = r.int(2015, 2025);
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  const dayText = `${year}-${pad(month)}-${pad(day)}`;
  const monthText = `${year}-${pad(month)}`;
  const kind = r.int(0, 19);
  if (kind < 7) return dayText;
  if (kind < 11) return monthText;
  if (kind < 12) return `${year}-${r.int(21, 24)}`;
  if (kind < 13) return String(year);
  if (kind < 14) return `${monthText}~`;
  if (kind < 15) return `${dayText}?`;
  if (kind < 16) return `${monthText}%`;
  if (kind < 17) return `${year}~`;
  // Intervals: a month to a later month, or a day to a later day (never the same: EDTF
  // refuses an interval of one point), starting by 2024 so that the end stays in the past.
  const start = Math.min(year, 2024);
  const end = new Date(Date.UTC(start, month - 1 + r.int(1, 8), kind < 19 ? 1 : r.int(1, 28)));
  const startText = kind < 19 ? `${start}-${pad(month)}` : `${start}-${pad(month)}-${pad(day)}`;
  return `${startText}/${end.toISOString().slice(0, kind < 19 ? 7 : 10)}`;
}

export interface CorpusOptions {
  actors: number;
  events: number;
  seed?: number;
}

/**
 * The files of a synthetic content folder, by path relative to the folder, in a fixed
 * order. Pure: the same options give the same files.
 */
export function generateCorpus({ actors: actorCount, events: eventCount, seed = 1 }: CorpusOptions): Map<string, string> {
  if (actorCount < 2 || eventCount < 1) throw new Error('a corpus needs at least 2 actors and 1 event');
  const r = new Random(mulberry32(seed));
  const files = new Map<string, string>();

  // Actors first: ids and names, so that sources, relations and events can name them.
  const actors = Array.from({ length: actorCount }, (_, i) => {
    const kind = r.pick(ACTOR_KINDS);
    const base = kind === 'person' ? `${name(r, 2)} ${name(r, 3)}` : `${r.pick(ADJECTIVES)} ${name(r, 2)} ${r.pick(GROUP_WORDS)}`;
    return { id: `${slug(base)}-${i + 1}`, name: base, kind };
  });
  const outlets = actors.filter((a) => a.kind === 'media-outlet' || a.kind === 'publication');

  // About one source per two events; a quarter are known via an earlier source.
  const sourceCount = Math.max(3, Math.ceil(eventCount / 2));
  const sources = Array.from({ length: sourceCount }, (_, i) => {
    const kind = r.pick(SOURCE_KINDS);
    const date = r.pick([() => `${r.int(2015, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`, () => `${r.int(2015, 2025)}-${pad(r.int(1, 12))}`, () => String(r.int(2015, 2025))])();
    const publisher = outlets.length > 0 && r.chance(0.7) ? r.pick(outlets).id : `${name(r, 2)} Daily`;
    const id = `source-${i + 1}`;
    const entry: Record<string, unknown> = { id, publisher, kind, date };
    if (r.chance(0.6)) entry.title = `${r.pick(HEADLINE)} the ${r.pick(NOUNS)} of ${name(r, 2)}`;
    if (r.chance(0.3)) entry.author = `${name(r, 2)} ${name(r, 2)}`;
    if (r.chance(0.5)) entry.url = `https://example.org/synthetic/${id}`;
    if (r.chance(0.1)) entry.archived = `https://web.archive.org/web/2024/https://example.org/synthetic/${id}`;
    if (i > 0 && r.chance(0.25)) entry.via = `source-${r.int(1, i)}`;
    if (r.chance(0.5)) entry.language = r.pick(['en', 'fr', 'es', 'pt', 'ja', 'sw']);
    return entry;
  });
  const sourceIds = sources.map((s) => s.id as string);
  files.set('sources.yaml', `# Synthetic sources for the build benchmark.\n${stringify(sources, { lineWidth: 0 })}`);

  // An alias must name one actor (the lint refuses one shared by two), compared as the lint
  // compares them: without case, spaces or dashes.
  const usedAliases = new Set<string>();
  const uniqueAlias = (alias: string) => {
    let candidate = alias;
    for (let n = 2; usedAliases.has(candidate.toLowerCase().replace(/[\s-]+/g, '')); n++) candidate = `${alias} ${n}`;
    usedAliases.add(candidate.toLowerCase().replace(/[\s-]+/g, ''));
    return candidate;
  };

  actors.forEach((actor, i) => {
    const data: Record<string, unknown> = { name: actor.name };
    if (r.chance(0.4)) data.shortName = actor.name.split(' ').map((w) => w[0]).join('').toUpperCase();
    data.aliases = r.chance(0.5) ? [uniqueAlias(name(r, 3)), uniqueAlias(`${name(r, 2)}-${name(r, 1)}`)] : [];
    data.kind = actor.kind;
    data.summary = `${actor.name} is a synthetic ${actor.kind.replace(/-/g, ' ')} of the benchmark corpus, active near the ${r.pick(NOUNS)}.`;
    // Parents point backwards only, so no loop can form.
    if (i > 0 && r.chance(0.3)) data.parent = actors[r.int(0, i - 1)]!.id;
    if (actor.kind === 'person') data.role = `Spokesman of the ${r.pick(ADJECTIVES)} ${r.pick(GROUP_WORDS)}`;
    data.countries = r.some(COUNTRIES, r.int(0, 3));
    const others = actors.filter((_, j) => j !== i);
    data.relations = r.some(others, r.chance(0.6) ? r.int(1, 3) : 0).map((other) => {
      const relation: Record<string, unknown> = { actor: other.id, type: r.pick(RELATION_TYPES) };
      if (r.chance(0.5)) {
        const since = r.int(2015, 2022);
        relation.since = String(since);
        if (r.chance(0.4)) relation.until = `${r.int(since, 2025)}-${pad(r.int(1, 12))}`;
      }
      relation.sources = r.some(sourceIds, r.int(1, 2));
      return relation;
    });
    data.sources = r.some(sourceIds, r.int(1, 3));
    const friend = others.length ? r.pick(others) : actor;
    files.set(`actors/${actor.id}.mdx`, mdx(data, body(r, actor.name, { text: friend.name, href: `../${friend.id}/` }, data.sources as string[])));
  });

  const used = new Set<string>();
  for (let i = 0; i < eventCount; i++) {
    const date = edtfDate(r);
    const kind = r.pick(EVENT_KINDS);
    const place = r.pick(PLACES);
    const headline = `${r.pick(HEADLINE)} ${place.name}`;
    let id = `${idPrefix(date)}-${slug(headline)}`;
    for (let n = 2; used.has(id); n++) id = `${idPrefix(date)}-${slug(headline)}-${n}`;
    used.add(id);
    const involved = r.some(actors, r.int(1, 4));
    const eventSources = r.some(sourceIds, r.int(1, 3));
    const data: Record<string, unknown> = {
      title: `${headline}, ${r.pick(NOUNS)} ${i + 1}`,
      summary: `A synthetic ${kind} near ${place.name} involving ${involved[0]!.name}, generated for the build benchmark.`,
      date,
    };
    // A claim announced later: only for day-precise dates, a few days on, still in the past.
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && r.chance(0.2)) {
      const reported = new Date(`${date}T00:00:00Z`);
      reported.setUTCDate(reported.getUTCDate() + r.int(1, 20));
      data.reported = reported.toISOString().slice(0, 10);
    }
    data.kind = kind;
    if (r.chance(0.85)) {
      const precision = r.pick([1, 2, 3] as const);
      const location: Record<string, unknown> = { name: place.name, admin1: place.admin1 };
      if ('admin2' in place) location.admin2 = place.admin2;
      location.country = place.country;
      // Coordinates only when the place is known to the town or near it.
      if (precision < 3) {
        location.lat = Math.round((place.lat + (r.next() - 0.5) * 0.1) * 1e4) / 1e4;
        location.lon = Math.round((place.lon + (r.next() - 0.5) * 0.1) * 1e4) / 1e4;
      }
      location.precision = precision;
      data.location = location;
    }
    data.actors = involved.map((a) => ({ actor: a.id, role: r.pick(ROLES) }));
    // Figures on about half the events, whatever their kind: the vocabulary says what a figure counts.
    if (r.chance(0.5)) {
      data.figures = Array.from({ length: r.int(1, 2) }, () => {
        const figure: Record<string, unknown> = { type: r.pick(FIGURE_TYPES) };
        if (r.chance(0.7)) figure.count = r.int(0, 60);
        else {
          figure.min = r.int(1, 20);
          figure.max = (figure.min as number) + r.int(0, 40);
          figure.wording = `between ${figure.min} and ${figure.max}`;
        }
        figure.according = r.chance(0.5) ? r.pick(involved).id : r.pick(eventSources);
        return figure;
      });
    }
    if (r.chance(0.4)) {
      const claim: Record<string, unknown> = { by: r.pick(involved).id };
      // Half the claims leave the kind out, as editors do: the vocabulary's first kind.
      if (r.chance(0.5)) claim.kind = r.pick(CLAIM_KINDS);
      data.claims = [{ ...claim, text: `It ${r.pick(VERBS)} that the ${r.pick(NOUNS)} was under its control.`, source: r.pick(eventSources) }];
    }
    data.sources = eventSources;
    const lead = involved[0]!;
    files.set(`events/${id}.mdx`, mdx(data, body(r, lead.name, { text: lead.name, href: `../../actors/${lead.id}/` }, eventSources)));
  }

  files.set('site.yaml', stringify({
    title: `Synthetic benchmark corpus (${actorCount} actors, ${eventCount} events)`,
    description: 'Invented content generated for the build benchmark; it states nothing about the world.',
    language: 'en',
    base: '/',
  }));
  files.set('pages/index.mdx', mdx(
    { title: 'Synthetic benchmark corpus', summary: 'Invented content generated for the build benchmark; it states nothing about the world.' },
    `This site was generated by \`npm run corpus\` with seed ${seed}: ${actorCount} actors and ${eventCount} events. Nothing in it is true.\n\nRead [about this corpus](about/).\n`,
  ));
  files.set('pages/about.mdx', mdx(
    { title: 'About this corpus', summary: 'How the synthetic benchmark corpus is made.', nav: 1 },
    'Every name, place link and figure here was drawn by a seeded random generator, so that builds can be timed on the same input again and again.\n',
  ));
  return files;
}

/** Writes the files into `dir`, replacing whatever was there. */
export function writeCorpus(dir: string, files: Map<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of files) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

function main() {
  const { values } = parseArgs({
    options: {
      actors: { type: 'string', default: '500' },
      events: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const actors = Number(values.actors);
  const events = Number(values.events);
  const seed = Number(values.seed);
  if (![actors, events, seed].every(Number.isInteger)) throw new Error('--actors, --events and --seed take whole numbers');
  const out = resolve(values.out ?? `bench/corpus/${actors + events}`);
  const started = performance.now();
  const files = generateCorpus({ actors, events, seed });
  writeCorpus(out, files);
  console.log(`wrote ${files.size} files (${actors} actors, ${events} events, seed ${seed}) to ${out} in ${Math.round(performance.now() - started)} ms`);
}

if (import.meta.main) main();
