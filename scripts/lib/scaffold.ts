/**
 * New content files for `npm run new`: the right id and path, every required field, and a
 * one-line comment on each field taken from the schema's own `.describe()`, so the template
 * and the documentation can never disagree. The fields come from the site's schemas (see
 * schema-shape.ts), the codes listed in the comments from the site's own vocabularies, and
 * the examples from the site being edited (an actor and a source it already has) or are
 * neutral. Text an editor must still write is marked with the `TODO` placeholder, which
 * `npm run check` points out until it is replaced.
 */
import type { RawContent } from '../../src/lib/content/content-files.ts';
import { idPrefix, isInFuture, parseDate } from '../../src/lib/content/dates.ts';
import { PLACEHOLDER } from '../../src/lib/model/lint.ts';
import type { Vocabulary, Vocabularies } from '../../src/lib/model/vocabularies.ts';
import { defaultOf, describe, isOptional, itemShape, listFieldWith, shapeOf, type SchemaNode, type Shape } from '../../src/lib/content/schema-shape.ts';
import { ID_PATTERN } from '../../src/lib/content/schema.ts';
import { DEFAULT_MODEL, type SiteModel } from '../../src/lib/content/site-config.ts';
import { didYouMean } from '../../src/lib/content/suggest.ts';

export type ActorKind = string;
export type EventKind = string;

/** A file to write: its path inside the content folder and its text. */
export interface Scaffold {
  id: string;
  /** Relative to the content folder: `events/2022-07-20-title-of-the-event.mdx`. */
  path: string;
  text: string;
}

/** Thrown for input the scaffolder cannot turn into a valid file; the message says why. */
export class ScaffoldError extends Error {}

/** The content schemas as the scaffolder reads them: only their fields, whatever the model adds. */
export type SchemaShapes = Record<'actorSchema' | 'eventSchema' | 'sourceSchema' | 'pageSchema', { shape: object }>;

/** What the scaffolder knows of the site being edited. */
export interface EditedSite {
  vocabularies: Vocabularies;
  schemas: SchemaShapes;
  /** Actor ids the site has, sorted: the first is the example in comments. */
  actors: string[];
  /** Source ids of sources.yaml, in order; undefined when the site's sources are not known. */
  sources?: string[];
  /** The location of one of the site's events, as an example of the form. */
  place?: Record<string, unknown>;
}

/** A site that declares nothing and has no content yet: the defaults, neutral examples. */
export const NEUTRAL_SITE: EditedSite = { vocabularies: DEFAULT_MODEL.vocabularies, schemas: DEFAULT_MODEL.schemas, actors: [] };

/** What the scaffolder takes from a content folder: its model and the ids it already has. */
export function editedSite(model: Pick<SiteModel, 'vocabularies' | 'schemas'>, raw: RawContent): EditedSite {
  const sources = raw.sources.map((s) => (s.data as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
  const located = raw.entries.filter((e) => e.collection === 'events').map((e) => (e.data as { location?: unknown } | null)?.location);
  const place = located.find((l): l is Record<string, unknown> => !!l && typeof l === 'object' && !Array.isArray(l));
  return { vocabularies: model.vocabularies, schemas: model.schemas, actors: [...raw.ids.actors].sort(), sources, place };
}

/** "Title of the event" → "title-of-the-event": lower-case ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// JSON strings are valid YAML double-quoted strings: quotes, colons and # stay text.
const quote = (text: string) => JSON.stringify(text);
const list = (ids: string[]) => `[${ids.join(', ')}]`;

/** A value in YAML flow style: ids and codes bare, other text quoted, objects as `{ a: b }`. */
export function flow(value: unknown): string {
  if (typeof value === 'string') return ID_PATTERN.test(value) && /[a-z]/.test(value) && !/^(true|false|null|yes|no|on|off)$/.test(value) ? value : quote(value);
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
  return String(value);
}

/** The text before the list of codes in a vocabulary field's description. */
const lead = (node: SchemaNode | undefined) => describe(node)?.split(': ')[0]?.replace(/[.]$/, '');

/** One comment line per code of a vocabulary: `#   code: Label — what it means`. */
export function termLines(vocabulary: Vocabulary, indent = '#   '): string[] {
  return vocabulary.terms.map((t) => `${indent}${t.code}: ${t.label}${t.description && t.description !== t.label ? ` — ${t.description}` : ''}`);
}

/** What a commented-out field with no default shows as its value. */
export const PLACEHOLDER_VALUE = '…';

/** The lines of a frontmatter, each field with its description, written in the order given. */
class Frontmatter {
  readonly lines: string[] = [];
  private readonly written = new Set<string>();
  private readonly shape: Shape;
  constructor(shape: Shape) {
    this.shape = shape;
  }

  private comment(key: string, comment?: string) {
    const text = comment ?? describe(this.shape[key]);
    return text ? `  # ${text}` : '';
  }
  /** A field that takes effect. */
  put(key: string, value: string, comment?: string) {
    if (!(key in this.shape)) return false;
    this.lines.push(`${key}: ${value}${this.comment(key, comment)}`);
    this.written.add(key);
    return true;
  }
  /** A field commented out, so editors see it exists without it taking effect. */
  example(key: string, value: string, comment?: string) {
    if (!(key in this.shape)) return false;
    this.lines.push(`# ${key}: ${value}${this.comment(key, comment)}`);
    this.written.add(key);
    return true;
  }
  note(...lines: string[]) {
    this.lines.push(...lines);
  }
  /**
   * Every field of the schema not written yet, commented out: a field added to the schema
   * appears in the template without a change here. A required one is marked, and `check`
   * reports it until it is filled in.
   */
  rest() {
    for (const [key, node] of Object.entries(this.shape)) {
      if (this.written.has(key)) continue;
      const fallback = defaultOf(node);
      const value = fallback === undefined ? PLACEHOLDER_VALUE : flow(fallback);
      this.example(key, value, isOptional(node) ? undefined : `${PLACEHOLDER}: required. ${describe(node) ?? ''}`.trim());
    }
  }
}

/**
 * The corrections list, commented out, with the fields of one correction and what each
 * means: found by what it holds, whatever the schema calls it.
 */
function correctionsExample(fm: Frontmatter, shape: Shape) {
  const field = listFieldWith(shape, ['date', 'note']);
  if (!field) return;
  const item = itemShape(shape[field]) ?? {};
  fm.example(field, '[]');
  fm.note(`#   - ${flow({ date: 'YYYY-MM-DD', note: '…' })}`, ...Object.entries(item).map(([key, node]) => `#     ${key}: ${describe(node) ?? ''}`.trimEnd()));
}

/** The file's end, the same for every kind: its sources, the corrections example, the fields left, and the body's placeholder. */
function fileText(fm: Frontmatter, shape: Shape, sources: string[], body: string): string {
  fm.put('sources', list(sources));
  correctionsExample(fm, shape);
  fm.rest();
  return ['---', ...fm.lines, '---', '', body, ''].join('\n');
}

function checkKind(vocabulary: Vocabulary, kind: string, what: string): void {
  if (!vocabulary.has(kind)) {
    const codes = vocabulary.terms.map((t) => `${t.code} (${t.label})`).join(', ');
    throw new ScaffoldError(`--kind: '${kind}' is not one of the site's ${what}: ${codes}${didYouMean(kind, vocabulary.codes)}`);
  }
}

function checkSources(ids: string[], site: EditedSite): void {
  for (const id of ids) {
    if (!ID_PATTERN.test(id)) throw new ScaffoldError(`'${id}' is not a source id: use lower-case letters, digits and hyphens, as in sources.yaml`);
    if (site.sources && !site.sources.includes(id)) {
      throw new ScaffoldError(`--source: unknown source '${id}'${didYouMean(id, site.sources)}; add it to sources.yaml first, or cite one it lists`);
    }
  }
}

function chooseId(id: string | undefined, fallback: string, what: string): string {
  const chosen = id ?? fallback;
  if (!chosen) throw new ScaffoldError(`cannot make an id from the ${what}: pass one with --id, in lower-case letters, digits and hyphens`);
  if (!ID_PATTERN.test(chosen)) throw new ScaffoldError(`'${chosen}' is not a valid id: use lower-case letters, digits and hyphens, e.g. 'short-title'`);
  return chosen;
}

/** Example ids for comments: the site's own, or neutral words that read as placeholders. */
function examples(site: EditedSite) {
  return { actor: site.actors[0] ?? 'some-actor-id', source: site.sources?.[0] ?? 'some-source-id' };
}

/** An example place of the form the site's schema asks for: one of the site's, or a neutral one. */
function examplePlace(site: EditedSite): Record<string, unknown> {
  if (site.place) return site.place;
  const fields = shapeOf((site.schemas.eventSchema.shape as Shape).location) ?? {};
  const place: Record<string, unknown> = { name: 'Name of the place, as the sources write it' };
  // A country only where the schema requires one: a place may be at sea, or not on Earth.
  if (fields.country && !isOptional(fields.country)) place.country = 'XX';
  if (fields.precision) place.precision = 3;
  return place;
}

export interface EventOptions {
  title: string;
  /** EDTF date, as precise as the sources. */
  date: string;
  kind?: EventKind;
  /** Source ids; without one the file still reads, but `check` asks for a source. */
  sources?: string[];
  /** Who took part, and in what role; none when left out. */
  actors?: { actor: string; role: string }[];
  /** The slug after the date prefix; made from the title when left out. */
  slug?: string;
  now?: Date;
}

/** A new event file: id = the date's lower bound (`idPrefix`) + a slug of the title. */
export function scaffoldEvent(options: EventOptions, site: EditedSite = NEUTRAL_SITE): Scaffold {
  const title = options.title.trim();
  if (!title) throw new ScaffoldError('give the event a title: npm run new -- event "Title of the event" --date 2022-07-20');
  try {
    parseDate(options.date);
  } catch (error) {
    throw new ScaffoldError(`--date: ${(error as Error).message}`);
  }
  if (isInFuture(options.date, options.now)) throw new ScaffoldError(`--date: '${options.date}' is in the future; content records what has happened or been said`);
  const { eventKinds, roles, figureTypes, claimKinds } = site.vocabularies;
  // 'other' where the site has it (the defaults do), else the site's first kind.
  const kind = options.kind ?? (eventKinds.has('other') ? 'other' : eventKinds.codes[0]!);
  checkKind(eventKinds, kind, 'event kinds (site.yaml, vocabularies.eventKinds)');
  const sources = options.sources ?? [];
  checkSources(sources, site);
  const id = `${idPrefix(options.date)}-${chooseId(options.slug, slugify(title), 'title')}`;
  const shape = site.schemas.eventSchema.shape as Shape;
  const ex = examples(site);
  const fm = new Frontmatter(shape);

  fm.put('title', quote(title));
  fm.put('summary', quote(`${PLACEHOLDER}: one sentence saying what happened, according to whom.`));
  fm.put('date', quote(options.date));
  // Next to the date it qualifies: which part of it the sources do not give.
  fm.example('dateInferred', 'year');
  fm.example('reported', quote(options.date));
  if (fm.put('kind', kind, `${lead(shape.kind) ?? 'Kind'}; the site's kinds:`)) fm.note(...termLines(eventKinds));
  fm.example('location', flow(examplePlace(site)));
  const taking = options.actors ?? [];
  for (const { role } of taking) if (!roles.has(role)) throw new ScaffoldError(`'${role}' is not one of the site's roles: ${roles.codes.join(', ')}${didYouMean(role, roles.codes)}`);
  if (fm.put('actors', taking.length > 0 ? `[${taking.map(flow).join(', ')}]` : '[]')) {
    if (taking.length === 0) fm.note(`#   - ${flow({ actor: ex.actor, role: roles.codes[0], according: ex.source })}`);
    fm.note('#   roles:', ...termLines(roles, '#     '));
  }
  // The figures and claims fields are found by what they hold, whatever the schema calls them.
  const figures = listFieldWith(shape, ['type', 'according']);
  if (figures && figureTypes.codes.length > 0) {
    fm.example(figures, `[${flow({ type: figureTypes.codes[0], count: 1, according: ex.source })}]`);
    fm.note('#   types:', ...termLines(figureTypes, '#     '));
  }
  const claims = listFieldWith(shape, ['by', 'text']);
  if (claims) {
    const withKind = 'kind' in (itemShape(shape[claims]) ?? {}) && claimKinds.codes.length > 0;
    fm.example(claims, `[${flow({ by: ex.actor, ...(withKind ? { kind: claimKinds.codes[0] } : {}), text: '…', source: ex.source })}]`);
    if (withKind) fm.note('#   kinds:', ...termLines(claimKinds, '#     '));
  }
  return { id, path: `events/${id}.mdx`, text: fileText(fm, shape, sources, `${PLACEHOLDER}: what happened, in the sources' words and with their attribution ("according to …", "… said").`) };
}

export interface ActorOptions {
  name: string;
  kind: ActorKind;
  sources?: string[];
  /** The id and file name; made from the name when left out. */
  id?: string;
}

/** A new actor file: id = a slug of the name. */
export function scaffoldActor(options: ActorOptions, site: EditedSite = NEUTRAL_SITE): Scaffold {
  const name = options.name.trim();
  const { actorKinds, relationTypes } = site.vocabularies;
  if (!name) throw new ScaffoldError(`give the actor a name: npm run new -- actor "Name" --kind ${actorKinds.codes[0]}`);
  checkKind(actorKinds, options.kind, 'actor kinds (site.yaml, vocabularies.actorKinds)');
  const sources = options.sources ?? [];
  checkSources(sources, site);
  const id = chooseId(options.id, slugify(name), 'name');
  const shape = site.schemas.actorSchema.shape as Shape;
  const ex = examples(site);
  const fm = new Frontmatter(shape);

  fm.put('name', quote(name));
  fm.example('shortName', quote('Short name'));
  fm.put('aliases', '[]');
  if (fm.put('kind', options.kind, `${lead(shape.kind) ?? 'Kind'}; the site's kinds:`)) fm.note(...termLines(actorKinds));
  fm.put('summary', quote(`${PLACEHOLDER}: one sentence saying who or what ${name} is, according to the sources.`));
  fm.example('parent', ex.actor);
  fm.example('role', quote('Their role, as the sources give it'));
  fm.put('countries', '[]');
  if (fm.put('relations', '[]')) {
    // A relation is reported (its sources state it) or the editors' reading (with their reason).
    fm.note(`#   - ${flow({ actor: ex.actor, type: relationTypes.codes[0], sources: [ex.source] })}`, `#   - ${flow({ actor: ex.actor, type: relationTypes.codes[0], editorial: 'why the editors read it into the sources' })}`, '#   types:', ...termLines(relationTypes, '#     '));
  }
  return { id, path: `actors/${id}.mdx`, text: fileText(fm, shape, sources, `${PLACEHOLDER}: who or what ${name} is, in the sources' words and with their attribution ("according to …").`) };
}
