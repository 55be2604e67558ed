/**
 * New content files for `npm run new`: the right id and path, every required field, and a
 * one-line comment on each field taken from the schema's own `.describe()`, so the template
 * and the documentation can never disagree. Text an editor must still write is marked
 * with the `TODO` placeholder, which `npm run check` points out until it is replaced.
 */
import { idPrefix, isInFuture, parseDate } from './dates.ts';
import { PLACEHOLDER } from './lint.ts';
import { DEFAULT_MODEL } from './site-config.ts';

const { actorSchema, eventSchema } = DEFAULT_MODEL.schemas;
const ACTOR_KINDS = DEFAULT_MODEL.vocabularies.actorKinds.codes;
const EVENT_KINDS = DEFAULT_MODEL.vocabularies.eventKinds.codes;
export type ActorKind = string;
export type EventKind = string;

/** A file to write: its path inside the content folder and its text. */
export interface Scaffold {
  id: string;
  /** Relative to the content folder: `events/2022-07-20-gdi-raid-in-kabul.mdx`. */
  path: string;
  text: string;
}

/** Thrown for input the scaffolder cannot turn into a valid file; the message says why. */
export class ScaffoldError extends Error {}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "GDI raid in Kabul" → "gdi-raid-in-kabul": lower-case ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

type Shape = Record<string, { description?: string }>;

/** `key: value  # description` for a field of `shape`; a YAML comment, so always one line. */
function field(shape: Shape, key: string, value: string): string {
  const comment = shape[key]?.description?.replace(/\s+/g, ' ');
  return comment ? `${key}: ${value}  # ${comment}` : `${key}: ${value}`;
}

/** An optional field, commented out, so editors see it exists without it taking effect. */
function optional(shape: Shape, key: string, example: string): string {
  return `# ${field(shape, key, example)}`;
}

// JSON strings are valid YAML double-quoted strings: quotes, colons and # stay text.
const quote = (text: string) => JSON.stringify(text);
const list = (ids: string[]) => `[${ids.join(', ')}]`;

function checkIds(ids: string[], what: string): void {
  for (const id of ids) {
    if (!ID.test(id)) throw new ScaffoldError(`'${id}' is not a ${what} id: use lower-case letters, digits and hyphens, as in content/sources.yaml`);
  }
}

function chooseId(id: string | undefined, fallback: string, what: string): string {
  const chosen = id ?? fallback;
  if (!chosen) throw new ScaffoldError(`cannot make an id from the ${what}: pass one with --id, in lower-case letters, digits and hyphens`);
  if (!ID.test(chosen)) throw new ScaffoldError(`'${chosen}' is not a valid id: use lower-case letters, digits and hyphens, e.g. 'gdi-raid-kabul'`);
  return chosen;
}

export interface EventOptions {
  title: string;
  /** EDTF date, as precise as the sources. */
  date: string;
  kind?: EventKind;
  /** Source ids; without one the file still reads, but `check` asks for a source. */
  sources?: string[];
  /** The slug after the date prefix; made from the title when left out. */
  slug?: string;
  now?: Date;
}

/** A new event file: id = the date's lower bound (`idPrefix`) + a slug of the title. */
export function scaffoldEvent(options: EventOptions): Scaffold {
  const title = options.title.trim();
  if (!title) throw new ScaffoldError('give the event a title: npm run new -- event "GDI raid in Kabul" --date 2022-07-20');
  try {
    parseDate(options.date);
  } catch (error) {
    throw new ScaffoldError(`--date: ${(error as Error).message}`);
  }
  if (isInFuture(options.date, options.now)) throw new ScaffoldError(`--date: '${options.date}' is in the future; content records what has happened or been said`);
  const kind = options.kind ?? 'other';
  if (!EVENT_KINDS.includes(kind)) throw new ScaffoldError(`--kind: '${kind}' is not one of: ${EVENT_KINDS.join(', ')}`);
  const sources = options.sources ?? [];
  checkIds(sources, 'source');
  const id = `${idPrefix(options.date)}-${chooseId(options.slug, slugify(title), 'title')}`;
  const shape = eventSchema.shape as Shape;
  const text = [
    '---',
    field(shape, 'title', quote(title)),
    field(shape, 'summary', quote(`${PLACEHOLDER}: one sentence saying what happened, according to whom.`)),
    field(shape, 'date', quote(options.date)),
    optional(shape, 'reported', '"2022-07-21"'),
    field(shape, 'kind', kind),
    optional(shape, 'location', '{ name: Kabul, country: AF, precision: 1 }'),
    field(shape, 'actors', '[]'),
    '#   - { actor: taliban, role: perpetrator }',
    optional(shape, 'casualties', '[{ type: killed, count: 2, according: taliban }]'),
    optional(shape, 'claims', '[{ by: iskp, text: "…", source: some-source-id }]'),
    field(shape, 'sources', list(sources)),
    '---',
    '',
    `${PLACEHOLDER}: what happened, in the sources' words and with their attribution ("according to …", "… claimed").`,
    '',
  ].join('\n');
  return { id, path: `events/${id}.mdx`, text };
}

export interface ActorOptions {
  name: string;
  kind: ActorKind;
  sources?: string[];
  /** The id and file name; made from the name when left out. */
  id?: string;
}

/** A new actor file: id = a slug of the name. */
export function scaffoldActor(options: ActorOptions): Scaffold {
  const name = options.name.trim();
  if (!name) throw new ScaffoldError('give the actor a name: npm run new -- actor "Name" --kind person');
  if (!ACTOR_KINDS.includes(options.kind)) throw new ScaffoldError(`--kind: '${String(options.kind)}' is not one of: ${ACTOR_KINDS.join(', ')}`);
  const sources = options.sources ?? [];
  checkIds(sources, 'source');
  const id = chooseId(options.id, slugify(name), 'name');
  const shape = actorSchema.shape as Shape;
  const text = [
    '---',
    field(shape, 'name', quote(name)),
    optional(shape, 'shortName', '"ISKP"'),
    field(shape, 'aliases', '[]'),
    field(shape, 'kind', options.kind),
    field(shape, 'summary', quote(`${PLACEHOLDER}: one sentence saying who or what ${name} is, according to the sources.`)),
    optional(shape, 'parent', 'some-actor-id'),
    optional(shape, 'role', '"Taliban spokesman"'),
    field(shape, 'countries', '[]'),
    field(shape, 'relations', '[]'),
    '#   - { actor: some-actor-id, type: rival, sources: [some-source-id] }',
    field(shape, 'sources', list(sources)),
    '---',
    '',
    `${PLACEHOLDER}: who or what ${name} is, in the sources' words and with their attribution ("according to …").`,
    '',
  ].join('\n');
  return { id, path: `actors/${id}.mdx`, text };
}
