/**
 * The references between files: every actor, source and parent an entry names exists, the
 * parents form no loop, a publisher that looks like an id is one, a `<Cite>` names a known
 * source, and no body heading takes an id the page's own parts use. Ids of files that failed
 * their schema still count as existing, so that a broken file yields its own errors, not an
 * "unknown actor" at every entry that names it.
 */
import type { LocatedData, RawEntry } from '../content-files.ts';
import type { CiteUse } from '../../render/cite-notes.ts';
import { clashingId, pageIds } from '../page-ids.ts';
import { ID_PATTERN, type ActorData, type EventData, type PageData, type SourceData } from '../schema.ts';
import { closest, didYouMean } from '../suggest.ts';
import type { HeadingId } from './file-checks.ts';
import type { Path, Reporter } from './schema-issues.ts';

export interface Located<T> {
  id: string;
  data: T;
  raw: LocatedData;
}

export interface Referenced {
  actors: Located<ActorData>[];
  events: Located<EventData>[];
  pages: Located<PageData>[];
  sources: (SourceData & { raw: LocatedData })[];
  /** Every actor id and source id there is, valid or not. */
  actorIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  /** Every id a heading may not take: actors, events and sources. */
  entryIds: ReadonlySet<string>;
  cited: { entry: RawEntry; uses: CiteUse[] }[];
  headings: { entry: RawEntry; headings: HeadingId[] }[];
}

export function checkReferences(content: Referenced, reporter: Reporter) {
  const { actorIds, sourceIds } = content;
  const ref = (where: LocatedData, path: Path, id: string, known: ReadonlySet<string>, what: string) => {
    if (!known.has(id)) reporter.report(where, path, `unknown ${what} '${id}'${didYouMean(id, known)}`);
  };
  const actor = (where: LocatedData, path: Path, id: string) => ref(where, path, id, actorIds, 'actor');
  const source = (where: LocatedData, path: Path, id: string) => ref(where, path, id, sourceIds, 'source');
  const actorOrSource = (where: LocatedData, path: Path, id: string, why: string) => {
    if (!actorIds.has(id) && !sourceIds.has(id)) reporter.report(where, path, `unknown actor or source '${id}'${didYouMean(id, [...actorIds, ...sourceIds])}: ${why}`);
  };

  for (const { id, data, raw: where } of content.actors) {
    // An actor naming itself is a rule of its own file (file-checks.ts).
    if (data.parent !== undefined && data.parent !== id) actor(where, ['parent'], data.parent);
    data.relations.forEach((relation, i) => {
      if (relation.actor !== id) actor(where, ['relations', i, 'actor'], relation.actor);
      relation.sources.forEach((s, j) => source(where, ['relations', i, 'sources', j], s));
    });
    data.sources.forEach((s, j) => source(where, ['sources', j], s));
  }
  checkParentCycles(content.actors, reporter);

  for (const { data, raw: where } of content.events) {
    data.sources.forEach((s, j) => source(where, ['sources', j], s));
    data.actors.forEach((a, j) => {
      actor(where, ['actors', j, 'actor'], a.actor);
      if (a.according !== undefined) actorOrSource(where, ['actors', j, 'according'], a.according, "'according' names whose account gives the role");
    });
    data.claims.forEach((claim, j) => {
      actor(where, ['claims', j, 'by'], claim.by);
      source(where, ['claims', j, 'source'], claim.source);
    });
    data.figures.forEach((f, j) => actorOrSource(where, ['figures', j, 'according'], f.according, 'a figure must say whose it is'));
  }

  for (const { data, raw: where } of content.pages) {
    data.keyFacts.forEach((fact, i) => fact.sources.forEach((s, j) => source(where, ['keyFacts', i, 'sources', j], s)));
    data.unknowns.forEach((unknown, i) => unknown.sources.forEach((s, j) => source(where, ['unknowns', i, 'sources', j], s)));
  }

  for (const data of content.sources) {
    if (data.via !== undefined && data.via !== data.id) source(data.raw, ['via'], data.via);
    // A publisher is an actor id or free text; an almost-id is most likely a typo.
    if (ID_PATTERN.test(data.publisher) && !actorIds.has(data.publisher)) {
      const near = closest(data.publisher, actorIds);
      if (near) reporter.report(data.raw, ['publisher'], `unknown actor '${data.publisher}' (did you mean '${near}'?); write an actor id, or the publisher's name as text`);
    }
  }

  checkHeadingIds(content.headings, content.entryIds, reporter);

  // <Cite id="..."/> in prose must name a known source.
  for (const { entry, uses } of content.cited) {
    for (const use of uses) {
      const problem = (message: string) => reporter.problems.push({ file: entry.file, line: use.line, column: use.column, field: 'body', message, severity: 'error' });
      if (use.id === undefined) problem('<Cite> needs the id of a source: <Cite id="source-id" /> (see sources.yaml in the content folder)');
      else if (!sourceIds.has(use.id)) problem(`<Cite id="${use.id}" />: unknown source '${use.id}'${didYouMean(use.id, sourceIds)}`);
    }
  }
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

function checkParentCycles(actors: Located<ActorData>[], reporter: Reporter) {
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
