/**
 * Validates a whole content folder and reports every problem at once, each with its file,
 * line, field and a hint. The one entry point of the build and of `npm run check`; the work
 * is in validate/: zod's issues in an editor's words (schema-issues.ts), the rules of one
 * file (file-checks.ts), the references between files (cross-references.ts) and the rules
 * of `redirectFrom` (redirect-rules.ts).
 */
import type { z } from 'astro/zod';
import type { LocatedData, RawContent, RawEntry } from './content-files.ts';
import { citeUses, type CiteUse } from '../render/cite-notes.ts';
import { siteAtlas } from '../figures/map/atlas.ts';
import { checkMapSettings } from '../figures/map/check.ts';
import { siteMessages } from '../i18n/catalogue.ts';
import { sortProblems, type Problem } from './problems.ts';
import { ID_PATTERN, siteSchema, type ActorData, type EventData, type PageData, type SiteConfig, type SourceData } from './schema.ts';
import { DEFAULT_MODEL, siteModel, type SiteModel } from './site-config.ts';
import { checkInterface } from './interface-check.ts';
import { textFindings } from './plain-text.ts';
import { checkSchema, Reporter, valueAt } from './validate/schema-issues.ts';
import { bodyFindings, FileChecks, headingIds, type HeadingId } from './validate/file-checks.ts';
import { checkReferences } from './validate/cross-references.ts';
import { checkRedirects } from './validate/redirect-rules.ts';
import { listAddressTaken } from './validate/list-addresses.ts';

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
    if (!ID_PATTERN.test(entry.id)) {
      reporter.report(entry, [], `the file name '${entry.id}.mdx' must be lower-case words joined by hyphens: it is the page's id and URL`);
      continue;
    }
    const listAddress = listAddressTaken(entry.collection, entry.id);
    if (listAddress) {
      reporter.report(entry, [], `the file name '${entry.id}.mdx' cannot be an id: ${listAddress}`);
      continue;
    }
    const key = `${entry.collection}/${entry.id}`;
    const earlier = seen.get(key);
    if (earlier) {
      reporter.report(entry, [], `duplicate ${entry.collection.slice(0, -1)} id '${entry.id}': ${earlier.file} has it already; rename one of the files`);
      continue;
    }
    seen.set(key, entry);
    const findings = bodyFindings(entry);
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

  const allSourceIds = new Set(sourceIds.keys());
  const rules = new FileChecks(reporter, now);
  for (const { id, data, raw: where } of actors) rules.actor(id, data, where);
  for (const { id, data, raw: where } of events) rules.event(id, data, where);
  for (const { data, raw: where } of [...actors, ...events, ...pages]) rules.corrections(where, data);
  for (const source of sources) rules.source(source, source.raw);

  checkRedirects(raw.entries, reporter);
  checkReferences({
    actors, events, pages, sources, cited, headings: headingsOf,
    // Every id that exists, even if its file had other problems.
    actorIds: raw.ids.actors,
    sourceIds: allSourceIds,
    entryIds: new Set([...raw.ids.actors, ...raw.ids.events, ...allSourceIds]),
  }, reporter);

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

