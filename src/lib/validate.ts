/**
 * Validates a whole content folder and reports every problem at once, each with its file,
 * line, field and a hint: the schemas of `schema.ts`, the cross-references between actors,
 * events and sources, the rules that no schema can state (an event id starts with its
 * date, no date in the future), and the MDX guard. Used by the build and by `npm run check`.
 */
import type { z } from 'astro/zod';
import type { LocatedData, RawContent, RawEntry } from './content-files.ts';
import { idPrefix, isInFuture, parseDate } from './dates.ts';
import { citeUses, type CiteUse } from './cite-notes.ts';
import { findUnrenderable } from './body-html.ts';
import { siteAtlas } from './map/atlas.ts';
import { checkMapSettings } from './map/check.ts';
import { siteMessages } from './i18n/catalogue.ts';
import { checkMdx } from './mdx-guard.ts';
import { parseMdx } from './mdx-parse.ts';
import { fieldPath, sortProblems, type Problem, type Severity } from './problems.ts';
import { SETTING_FIELDS, siteSchema, type ActorData, type EventData, type PageData, type SiteConfig, type SourceData } from './schema.ts';
import { DEFAULT_MODEL, siteModel, type SiteModel } from './site-config.ts';
import { checkInterface } from './interface-check.ts';
import { closest, didYouMean } from './suggest.ts';
import { VOCABULARY_NAMES } from './model/vocabularies.ts';
import { RESERVED_PAGE_IDS } from './reserved-paths.ts';
import { clashingId, pageIds } from './page-ids.ts';
import { forbiddenCharacter, textFindings } from './plain-text.ts';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { visit } from 'unist-util-visit';

export interface Entry<T> {
  id: string;
  data: T;
}

/** The entries that passed their schema, ready for the graph. */
export interface ValidContent {
  actors: Entry<ActorData>[];
  events: Entry<EventData>[];
  sources: SourceData[];
  pages: Entry<PageData>[];
  site?: SiteConfig;
  /** The model the entries were validated against: the site's, or the defaults when site.yaml is broken. */
  model: SiteModel;
}

export interface ValidationResult {
  problems: Problem[];
  content: ValidContent;
}

type Path = readonly PropertyKey[];

class Reporter {
  readonly problems: Problem[] = [];
  report(where: LocatedData, path: Path, message: string, severity: Severity = 'error') {
    const { line, column } = where.locate(path);
    this.problems.push({ file: where.file, line, column, field: fieldPath(path), message, severity });
  }
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Keys a strict object schema accepts at `path`, for "did you mean" on unknown fields. */
function knownKeys(schema: z.ZodType, path: Path): string[] {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let x = s as { def?: { innerType?: unknown; out?: unknown; element?: unknown; type?: string } };
    while (x?.def && (x.def.innerType || x.def.type === 'pipe')) {
      x = (x.def.innerType ?? x.def.out) as typeof x;
    }
    return x;
  };
  for (const key of path) {
    current = unwrap(current);
    const def = (current as { def?: { shape?: Record<string, unknown>; element?: unknown; valueType?: unknown } }).def;
    if (typeof key === 'number' && def?.element) current = def.element;
    else if (def?.valueType && typeof key === 'string') current = def.valueType;
    else if (def?.shape && typeof key === 'string') current = def.shape[key];
    else return [];
  }
  const def = (unwrap(current) as { def?: { shape?: Record<string, unknown> } }).def;
  return def?.shape ? Object.keys(def.shape) : [];
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  return typeof value === 'object' ? 'a set of fields' : `${typeof value} '${String(value)}'`;
}

/** Missing fields that deserve more than "required field … is missing". */
const MISSING: Record<string, string> = {
  according: "this figure does not say whose figure it is: add 'according:' with the id of the actor or source that gives it (e.g. the group that claimed it, or the report that counts it)",
};

/** A term field given to a vocabulary that has no use for it: which vocabularies take it. */
function misplacedTermField(path: Path, key: string): string | undefined {
  if (path[0] !== 'vocabularies' || path[2] !== 'values' || path.length !== 4) return undefined;
  const takers = VOCABULARY_NAMES.filter((name) => SETTING_FIELDS[name].includes(key as never));
  if (takers.length === 0) return undefined;
  return `'${key}' is not a field of ${String(path[1])} values: only ${takers.join(', ')} ${takers.length === 1 ? 'takes' : 'take'} it; remove it`;
}

/** Runs a schema and reports each zod issue in words an editor understands. */
function checkSchema<T>(schema: z.ZodType<T>, where: LocatedData, data: unknown, reporter: Reporter, base: Path = []): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...base, ...issue.path];
    const value = valueAt(data, issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          reporter.report(where, [...path, key], misplacedTermField(path, key) ?? `unknown field '${key}'${didYouMean(key, knownKeys(schema, issue.path))}`);
        }
        break;
      case 'invalid_type':
        if (value === undefined) reporter.report(where, path, MISSING[String(issue.path.at(-1))] ?? `required field '${String(issue.path.at(-1) ?? '')}' is missing`);
        else if (value instanceof Date) reporter.report(where, path, `YAML reads this unquoted value as the date ${value.toISOString().slice(0, 10)}, not as text: quote it ("…")`);
        else reporter.report(where, path, `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${describeType(value)}`);
        break;
      case 'invalid_value': {
        const options = (issue.values as unknown[]).map(String);
        reporter.report(where, path, `'${String(value)}' is not one of: ${options.join(', ')}${didYouMean(String(value), options)}`);
        break;
      }
      case 'too_small':
        if (issue.origin === 'string') reporter.report(where, path, 'must not be empty');
        else if (issue.origin === 'number' && issue.minimum === 0) reporter.report(where, path, 'must not be negative');
        else reporter.report(where, path, issue.message);
        break;
      default:
        reporter.report(where, path, issue.message);
    }
  }
  return undefined;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;


/**
 * Validates everything read by `readContent`. `now` decides what counts as a future date.
 */
export function validateContent(raw: RawContent, options: { now?: Date } = {}): ValidationResult {
  const now = options.now ?? new Date();
  const reporter = new Reporter();
  reporter.problems.push(...raw.problems, ...raw.files);

  const site = raw.site ? checkSchema(siteSchema, raw.site, raw.site.data, reporter) : undefined;
  // The map's settings against Natural Earth: read only when the site names countries there.
  if (site && raw.site) {
    const { map } = site;
    if (map.highlight.length + map.borders.length + map.presets.length + Object.keys(map.countryLabels).length > 0) {
      for (const finding of checkMapSettings(map, siteAtlas('50m', map.borders))) reporter.report(raw.site, finding.path, finding.message);
    }
  }
  // Entries are checked against the site's own vocabularies; with site.yaml broken, against
  // the defaults, so that its problems do not hide every other.
  const model = site ? siteModel(site, siteMessages(raw.interface?.data)) : DEFAULT_MODEL;
  if (site && raw.site) {
    for (const finding of checkInterface(site.language, raw.site, raw.interface)) reporter.report(finding.where, finding.path, finding.message, finding.severity);
  }
  const { actorSchema, eventSchema, pageSchema, sourceSchema } = model.schemas;
  // The site's interface messages are text of every page too, held to the rule of every field.
  if (raw.interface) for (const finding of textFindings(raw.interface.data, [], true)) reporter.report(raw.interface, finding.path, finding.message);

  const actors: (Entry<ActorData> & { raw: RawEntry })[] = [];
  const events: (Entry<EventData> & { raw: RawEntry })[] = [];
  const pages: (Entry<PageData> & { raw: RawEntry })[] = [];
  const schemas = { actors: actorSchema, events: eventSchema, pages: pageSchema } as const;
  const seen = new Map<string, RawEntry>();
  const headingsOf: { entry: RawEntry; headings: HeadingId[] }[] = [];
  const cited: { entry: RawEntry; uses: CiteUse[] }[] = [];
  for (const entry of raw.entries) {
    // Read before the MDX guard below, which then reuses this parse of the body.
    cited.push({ entry, uses: citeUses(entry.body, entry.bodyLine - 1) });
    if (!ID.test(entry.id)) {
      reporter.report(entry, [], `the file name '${entry.id}.mdx' must be lower-case words joined by hyphens: it is the page's id and URL`);
      continue;
    }
    const key = `${entry.collection}/${entry.id}`;
    const earlier = seen.get(key);
    if (earlier) {
      reporter.report(entry, [], `duplicate ${entry.collection.slice(0, -1)} id '${entry.id}': ${earlier.file} has it already; rename one of the files`);
      continue;
    }
    seen.set(key, entry);
    const findings = checkMdx(entry.body, entry.bodyLine - 1);
    findings.push(...bodyTextFindings(entry.body, entry.bodyLine - 1));
    // Actor and event bodies are rendered by body-html.ts, which cannot serve local images.
    if (entry.collection !== 'pages' && findings.length === 0 && entry.body.includes('![')) {
      const { tree } = parseMdx(entry.body);
      if (tree) findings.push(...findUnrenderable(tree).map((f) => ({ ...f, line: f.line + entry.bodyLine - 1 })));
    }
    for (const finding of findings) {
      reporter.problems.push({ file: entry.file, line: finding.line, column: finding.column, field: 'body', message: finding.message, severity: 'error' });
    }
    // Read now, while the guard's parse of this body is the one remembered (mdx-parse.ts).
    if (findings.length === 0) headingsOf.push({ entry, headings: headingIds(entry) });
    const data = checkSchema(schemas[entry.collection] as z.ZodType<unknown>, entry, entry.data, reporter);
    if (data === undefined) continue;
    if (entry.collection === 'actors') actors.push({ id: entry.id, data: data as ActorData, raw: entry });
    else if (entry.collection === 'events') events.push({ id: entry.id, data: data as EventData, raw: entry });
    else pages.push({ id: entry.id, data: data as PageData, raw: entry });
  }

  const sources: (SourceData & { raw: LocatedData })[] = [];
  const sourceIds = new Map<string, LocatedData>();
  for (const rawSource of raw.sources) {
    const data = checkSchema(sourceSchema, rawSource, rawSource.data, reporter);
    if (!data) {
      // Keep the id known, so a schema problem in a source does not also flag every citation of it.
      const id = valueAt(rawSource.data, ['id']);
      if (typeof id === 'string' && !sourceIds.has(id)) sourceIds.set(id, rawSource);
      continue;
    }
    const earlier = sourceIds.get(data.id);
    if (earlier) {
      reporter.report(rawSource, ['id'], `duplicate source id '${data.id}': it is used at line ${earlier.locate(['id']).line} already; give this source its own id`);
      continue;
    }
    sourceIds.set(data.id, rawSource);
    sources.push({ ...data, raw: rawSource });
  }

  // Every id that exists, even if its file had other problems: a broken actor file should
  // produce its own errors, not an "unknown actor" at every event that names it.
  const actorIds = raw.ids.actors;
  const allSourceIds = new Set(sourceIds.keys());

  const checkRef = (where: LocatedData, path: Path, id: string, known: Set<string>, what: string) => {
    if (!known.has(id)) reporter.report(where, path, `unknown ${what} '${id}'${didYouMean(id, known)}`);
  };
  const checkNotFuture = (where: LocatedData, path: Path, date: string | undefined) => {
    if (date && isInFuture(date, now)) {
      reporter.report(where, path, `the date '${date}' is in the future; content records what has happened or been said`);
    }
  };

  for (const { id, data, raw: where } of actors) {
    if (data.parent !== undefined) {
      if (data.parent === id) reporter.report(where, ['parent'], `an actor cannot be its own parent; remove 'parent' or name the group '${id}' belongs to`);
      else checkRef(where, ['parent'], data.parent, actorIds, 'actor');
    }
    data.relations.forEach((relation, i) => {
      if (relation.actor === id) {
        reporter.report(where, ['relations', i, 'actor'], `an actor cannot have a relation to itself ('${id}'); name the other actor`);
      } else {
        checkRef(where, ['relations', i, 'actor'], relation.actor, actorIds, 'actor');
      }
      relation.sources.forEach((s, j) => checkRef(where, ['relations', i, 'sources', j], s, allSourceIds, 'source'));
      // A relation is reported (a source states it in these terms) or an editorial reading
      // (the editors infer it, and say why): a reader must be able to tell which.
      if (relation.editorial !== undefined && relation.sources.length > 0) {
        reporter.report(where, ['relations', i, 'editorial'], "a relation is reported ('sources') or an editorial reading ('editorial'), not both: keep 'sources' if they state it in these terms, otherwise keep 'editorial' and remove 'sources'");
      } else if (relation.editorial === undefined && relation.sources.length === 0) {
        reporter.report(where, ['relations', i], "this relation gives no 'sources' and no 'editorial' reason: add 'sources:' with the ids of the sources that state it, or 'editorial:' with why the editors read it into them");
      }
      checkNotFuture(where, ['relations', i, 'since'], relation.since);
      checkNotFuture(where, ['relations', i, 'until'], relation.until);
      if (relation.since && relation.until && parseDate(relation.since).min > parseDate(relation.until).max) {
        reporter.report(where, ['relations', i, 'until'], `'until' (${relation.until}) is before 'since' (${relation.since})`);
      }
    });
    data.sources.forEach((s, j) => checkRef(where, ['sources', j], s, allSourceIds, 'source'));
  }
  checkParentCycles(actors, reporter);
  checkRedirects(raw.entries, reporter);
  // A correction records what was changed on a day that has come: one dated later is a typo.
  for (const { data, raw: where } of [...actors, ...events, ...pages]) {
    data.corrections.forEach((c, i) => checkNotFuture(where, ['corrections', i, 'date'], c.date));
  }

  for (const { id, data, raw: where } of events) {
    const prefix = idPrefix(data.date);
    if (!id.startsWith(`${prefix}-`)) {
      reporter.report(where, ['date'], `the event id '${id}' must start with its date's lower bound '${prefix}-': rename the file to ${prefix}-${id.replace(/^[0-9]{4}(?:-[0-9]{2}){0,2}-/, '')}.mdx`);
    }
    checkNotFuture(where, ['date'], data.date);
    checkNotFuture(where, ['reported'], data.reported);
    if (data.reported && parseDate(data.reported).max < parseDate(data.date).min) {
      reporter.report(where, ['reported'], `'reported' (${data.reported}) is before the event's date (${data.date}); a claim cannot be announced before it happened`);
    }
    if (data.sources.length === 0) {
      reporter.report(where, ['sources'], 'an event needs at least one source: add the id of the source that reports it (see sources.yaml in the content folder)');
    }
    data.sources.forEach((s, j) => checkRef(where, ['sources', j], s, allSourceIds, 'source'));
    data.actors.forEach((a, j) => {
      checkRef(where, ['actors', j, 'actor'], a.actor, actorIds, 'actor');
      if (a.according !== undefined && !actorIds.has(a.according) && !allSourceIds.has(a.according)) {
        reporter.report(where, ['actors', j, 'according'], `unknown actor or source '${a.according}'${didYouMean(a.according, [...actorIds, ...allSourceIds])}: 'according' names whose account gives the role`);
      }
    });
    data.claims.forEach((claim, j) => {
      checkRef(where, ['claims', j, 'by'], claim.by, actorIds, 'actor');
      checkRef(where, ['claims', j, 'source'], claim.source, allSourceIds, 'source');
    });
    data.figures.forEach((f, j) => {
      if (!actorIds.has(f.according) && !allSourceIds.has(f.according)) {
        reporter.report(where, ['figures', j, 'according'], `unknown actor or source '${f.according}'${didYouMean(f.according, [...actorIds, ...allSourceIds])}: a figure must say whose it is`);
      }
      if (f.count === undefined && f.min === undefined && f.max === undefined) {
        reporter.report(where, ['figures', j], "a figure needs 'count', or 'min' and/or 'max'");
      }
      if (f.count !== undefined && (f.min !== undefined || f.max !== undefined)) {
        reporter.report(where, ['figures', j, 'count'], "give 'count' for one number, or 'min' and/or 'max' for a range, not both");
      }
      if (f.min !== undefined && f.max !== undefined && f.min > f.max) {
        reporter.report(where, ['figures', j, 'max'], `'max' (${f.max}) is smaller than 'min' (${f.min})`);
      }
    });
    const loc = data.location;
    if (loc) {
      if (loc.lat !== undefined && (loc.lat < -90 || loc.lat > 90)) {
        reporter.report(where, ['location', 'lat'], `latitude ${loc.lat} is out of range: it must lie between -90 and 90 (did you swap lat and lon?)`);
      }
      if (loc.lon !== undefined && (loc.lon < -180 || loc.lon > 180)) {
        reporter.report(where, ['location', 'lon'], `longitude ${loc.lon} is out of range: it must lie between -180 and 180`);
      }
      if ((loc.lat === undefined) !== (loc.lon === undefined)) {
        reporter.report(where, ['location', loc.lat === undefined ? 'lon' : 'lat'], "give both 'lat' and 'lon', or neither");
      }
      if (loc.body !== undefined && loc.country !== undefined) {
        reporter.report(where, ['location', 'country'], `a place on ${loc.body} is in no country: leave out 'country', or leave out 'body' for a place on Earth`);
      }
      if (loc.body !== undefined && /^earth$/i.test(loc.body.trim())) {
        reporter.report(where, ['location', 'body'], "leave out 'body' for a place on Earth: it is only for places elsewhere (the Moon, Mars)");
      }
    }
  }

  for (const { data, raw: where } of pages) {
    data.keyFacts.forEach((fact, i) => fact.sources.forEach((s, j) => checkRef(where, ['keyFacts', i, 'sources', j], s, allSourceIds, 'source')));
    data.unknowns.forEach((unknown, i) => unknown.sources.forEach((s, j) => checkRef(where, ['unknowns', i, 'sources', j], s, allSourceIds, 'source')));
  }

  for (const source of sources) {
    checkNotFuture(source.raw, ['date'], source.date);
    if (source.via !== undefined) {
      if (source.via === source.id) reporter.report(source.raw, ['via'], `a source cannot be known via itself; name the source that relays '${source.id}'`);
      else checkRef(source.raw, ['via'], source.via, allSourceIds, 'source');
    }
    // A publisher is an actor id or free text; an almost-id is most likely a typo.
    if (ID.test(source.publisher) && !actorIds.has(source.publisher)) {
      const near = closest(source.publisher, actorIds);
      if (near) reporter.report(source.raw, ['publisher'], `unknown actor '${source.publisher}' (did you mean '${near}'?); write an actor id, or the publisher's name as text`);
    }
  }

  checkHeadingIds(headingsOf, new Set([...raw.ids.actors, ...raw.ids.events, ...allSourceIds]), reporter);

  // <Cite id="..."/> in prose must name a known source.
  for (const { entry, uses } of cited) {
    for (const use of uses) {
      const problem = (message: string) => reporter.problems.push({ file: entry.file, line: use.line, column: use.column, field: 'body', message, severity: 'error' });
      if (use.id === undefined) problem('<Cite> needs the id of a source: <Cite id="source-id" /> (see sources.yaml in the content folder)');
      else if (!allSourceIds.has(use.id)) problem(`<Cite id="${use.id}" />: unknown source '${use.id}'${didYouMean(use.id, allSourceIds)}`);
    }
  }

  const strip = <T extends { raw: unknown }>({ raw: _raw, ...rest }: T) => rest;
  return {
    problems: sortProblems(reporter.problems),
    content: {
      actors: actors.map(strip),
      events: events.map(strip),
      sources: sources.map(strip),
      pages: pages.map(strip),
      site,
      model,
    },
  };
}

/**
 * `redirectFrom` ids must be free: not the id of an entry of the same collection (its page
 * would be replaced by a redirect), not claimed by two entries, and for pages not one of the
 * generator's own addresses.
 */
function checkRedirects(entries: RawEntry[], reporter: Reporter) {
  const ids = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!ids.has(e.collection)) ids.set(e.collection, new Set());
    ids.get(e.collection)!.add(e.id);
  }
  const claimed = new Map<string, RawEntry>();
  for (const entry of entries) {
    const list = valueAt(entry.data, ['redirectFrom']);
    if (!Array.isArray(list)) continue;
    list.forEach((old, i) => {
      if (typeof old !== 'string') return;
      const path = ['redirectFrom', i];
      const kind = entry.collection.slice(0, -1);
      if (old === entry.id) {
        reporter.report(entry, path, `'${old}' is this ${kind}'s own id; list only its earlier ids`);
      } else if (ids.get(entry.collection)?.has(old)) {
        reporter.report(entry, path, `'${old}' is the id of another ${kind}: a redirect would hide its page; remove it from redirectFrom`);
      } else if (entry.collection === 'pages' && RESERVED_PAGE_IDS.includes(old)) {
        reporter.report(entry, path, `'/${old}/' is one of the site's own pages (${RESERVED_PAGE_IDS.join(', ')}); it cannot redirect`);
      } else {
        const key = `${entry.collection}/${old}`;
        const earlier = claimed.get(key);
        if (earlier) reporter.report(entry, path, `'${old}' already redirects to ${earlier.file}; an old address can forward to one page only`);
        else claimed.set(key, entry);
      }
    });
  }
  for (const entry of entries) {
    if (entry.collection === 'pages' && RESERVED_PAGE_IDS.includes(entry.id)) {
      reporter.report(entry, [], `the page id '${entry.id}' is taken by one of the site's own pages (${RESERVED_PAGE_IDS.join(', ')}); rename the file`);
    }
  }
}

/** A control character in a body's prose (the line ends of a CRLF file aside), at its line. */
function bodyTextFindings(body: string, lineOffset: number): { line: number; column: number; message: string }[] {
  const text = body.replace(/\r\n/g, '\n');
  const bad = forbiddenCharacter(text);
  if (!bad) return [];
  const before = text.slice(0, bad.index).split('\n');
  return [{ line: before.length + lineOffset, column: before.at(-1)!.length + 1, message: `the text ${bad.message}: remove it (it often comes from pasting)` }];
}

/** A heading, ATX (`## …`) or setext (a line of = or - under it), somewhere in a body. */
const HEADING = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:=+|-+)[ \t]*$)/m;

interface TextNode { type: string; value?: string; children?: TextNode[]; depth?: number; position?: { start: { line: number; column: number } } }

const textOf = (node: TextNode): string => (node.children ? node.children.map(textOf).join('') : (node.value ?? ''));

interface HeadingId {
  text: string;
  id: string;
  line: number;
  column: number;
}

/** The headings of a body with the ids the build's rehypeHeadingIds gives them, at their file lines. */
function headingIds(entry: RawEntry): HeadingId[] {
  if (!HEADING.test(entry.body)) return [];
  const { tree } = parseMdx(entry.body);
  if (!tree) return []; // The MDX guard reports why.
  const headings: TextNode[] = [];
  visit(tree, 'heading', (node) => void headings.push(node as TextNode));
  const hast = { type: 'root', children: headings.map((h) => ({ type: 'element', tagName: `h${h.depth}`, properties: {} as { id?: string }, children: [{ type: 'text', value: textOf(h) }] })) };
  (rehypeHeadingIds() as unknown as (tree: unknown, file: unknown) => void)(hast, { path: entry.file, history: [entry.file], data: {} });
  return headings.map((h, i) => {
    const at = h.position?.start ?? { line: 1, column: 1 };
    return { text: textOf(h), id: hast.children[i]!.properties.id ?? '', line: at.line + entry.bodyLine - 1, column: at.column };
  });
}

/**
 * A body heading whose id is one the page's own template uses: reported at the heading,
 * before the HTML would hold two.
 */
function checkHeadingIds(bodies: { entry: RawEntry; headings: HeadingId[] }[], ids: ReadonlySet<string>, reporter: Reporter) {
  for (const { entry, headings } of bodies) {
    for (const heading of headings) {
      if (clashingId(heading.id, ids, pageIds(entry.collection)) === undefined) continue;
      reporter.problems.push({
        file: entry.file, line: heading.line, column: heading.column, field: 'body', severity: 'error',
        message: `the heading '${heading.text}' would get the id '${heading.id}', which the page gives one of its own parts: reword the heading, or the page holds two elements with one id and links to it go astray`,
      });
    }
  }
}

function checkParentCycles(actors: (Entry<ActorData> & { raw: RawEntry })[], reporter: Reporter) {
  const parentOf = new Map(actors.map((a) => [a.id, a.data.parent]));
  for (const actor of actors) {
    const chain = [actor.id];
    let current = actor.data.parent;
    while (current !== undefined && current !== actor.id && !chain.includes(current)) {
      chain.push(current);
      current = parentOf.get(current);
    }
    if (current === actor.id && chain.length > 1) {
      reporter.report(actor.raw, ['parent'], `parents form a loop: ${[...chain, actor.id].join(' → ')}; one of them must not name the other as parent`);
    }
  }
}
