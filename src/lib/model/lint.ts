/**
 * Content lint: rules about the content as a whole that no schema can state and that
 * `validate.ts` does not check per field. Errors stop the build like any other problem;
 * warnings are printed and let it through. Pure: it reads what `readContent` and
 * `validateContent` return, and is run by `npm run check` and by the build (through
 * `checkContent` in `content-problems.ts`).
 */
import { citeUses } from '../render/cite-notes.ts';
import type { LocatedData, RawContent } from '../content/content-files.ts';
import { graphOptions } from './claims.ts';
import { buildGraph } from './graph.ts';
import { attributionFindings } from './lint/attribution.ts';
import { fieldPath, type Problem, type Severity } from '../content/problems.ts';
import type { ValidContent } from '../content/validate.ts';

/** Bounds of a good summary: long enough to say something, short enough for a card. */
export const SUMMARY_MIN = 40;
export const SUMMARY_MAX = 300;

/** The marker `npm run new` leaves in text an editor must still write. */
export const PLACEHOLDER = 'TODO';

function problem(where: LocatedData, path: readonly PropertyKey[], message: string, severity: Severity): Problem {
  const { line, column } = where.locate(path);
  return { file: where.file, line, column, field: fieldPath(path), message, severity };
}

/** Folds case, spacing and dash variants so that "Ab-C" and "ab – c" count as one alias. */
function aliasKey(alias: string): string {
  return alias.normalize('NFKC').toLowerCase().replace(/[\s\u2010-\u2015-]+/g, ' ').trim();
}

/**
 * The lint problems of a content folder. `raw` gives positions; `content` is what passed
 * validation. Rules that look across files (nothing cites a source, an actor linked to
 * nothing) are left out while some file fails its schema: that file's links are unknown,
 * and the warnings would be false.
 */
export function lintContent(raw: RawContent, content: ValidContent): Problem[] {
  const problems: Problem[] = [];
  const entryOf = new Map(raw.entries.map((e) => [`${e.collection}/${e.id}`, e]));
  const sourceOf = new Map<string, LocatedData>();
  for (const s of raw.sources) {
    const id = (s.data as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && !sourceOf.has(id)) sourceOf.set(id, s);
  }

  // An alias names one actor: search and readers would otherwise land on the wrong page.
  const aliasOwners = new Map<string, { actor: string; index: number; alias: string }[]>();
  for (const actor of content.actors) {
    const own = new Set<string>();
    actor.data.aliases.forEach((alias, index) => {
      const key = aliasKey(alias);
      if (own.has(key)) return;
      own.add(key);
      aliasOwners.set(key, [...(aliasOwners.get(key) ?? []), { actor: actor.id, index, alias }]);
    });
  }
  for (const owners of aliasOwners.values()) {
    if (owners.length < 2) continue;
    for (const owner of owners) {
      const others = owners.filter((o) => o.actor !== owner.actor).map((o) => `'${o.actor}'`).join(', ');
      const where = entryOf.get(`actors/${owner.actor}`)!;
      problems.push(problem(where, ['aliases', owner.index],
        `the alias '${owner.alias}' also belongs to ${others}; an alias must name one actor: keep it on the actor the sources mean, and remove it here`, 'error'));
    }
  }

  const summaries = [
    ...content.actors.map((a) => ({ where: entryOf.get(`actors/${a.id}`)!, data: a.data })),
    ...content.events.map((e) => ({ where: entryOf.get(`events/${e.id}`)!, data: e.data })),
  ];
  for (const { where, data } of summaries) {
    const length = [...data.summary.trim()].length;
    if (length < SUMMARY_MIN) {
      problems.push(problem(where, ['summary'], `the summary is ${length} characters; write one full sentence of ${SUMMARY_MIN} to ${SUMMARY_MAX}: it is the card text, meta description and search excerpt`, 'warning'));
    } else if (length > SUMMARY_MAX) {
      problems.push(problem(where, ['summary'], `the summary is ${length} characters; shorten it to one sentence of at most ${SUMMARY_MAX} and move the rest into the body`, 'warning'));
    }
    for (const key of ['title', 'name', 'summary'] as const) {
      const text = (data as Record<string, unknown>)[key];
      if (typeof text === 'string' && text.includes(PLACEHOLDER)) {
        problems.push(problem(where, [key], `'${key}' still holds the ${PLACEHOLDER} placeholder of \`npm run new\`; write the text from the sources`, 'warning'));
      }
    }
  }

  // The starter site and the templates leave TODO in pages, sources and settings too; none of
  // it may reach readers unnoticed.
  const placeholder = (where: LocatedData | undefined, data: Record<string, unknown>, keys: string[], path: PropertyKey[] = []) => {
    if (!where) return;
    for (const key of keys) {
      const text = data[key];
      if (typeof text === 'string' && text.includes(PLACEHOLDER)) {
        problems.push(problem(where, [...path, key], `'${key}' still holds the ${PLACEHOLDER} placeholder of \`npm run new\`; write the site's own text`, 'warning'));
      }
    }
  };
  for (const p of content.pages) placeholder(entryOf.get(`pages/${p.id}`), p.data, ['title', 'summary']);
  for (const s of content.sources) placeholder(sourceOf.get(s.id), s, ['title', 'author']);
  if (content.site) placeholder(raw.site, content.site, ['title', 'description']);

  // Who said what: summaries that state a figure or claim as fact, figures the prose gives to
  // someone else, first paragraphs that repeat the summary (src/lib/model/lint/attribution.ts).
  for (const finding of attributionFindings(content, (key) => entryOf.get(key), raw.site)) {
    problems.push(problem(finding.where, finding.path, finding.message, 'warning'));
  }

  const allParsed = raw.problems.length === 0
    && content.actors.length + content.events.length + content.pages.length === raw.entries.length
    && content.sources.length === raw.sources.length;
  if (!allParsed) return problems;

  const graph = buildGraph(content, graphOptions(content.model.vocabularies));
  // Publishing a source links an actor too: the site lists it as that source's publisher.
  const publishers = new Set(content.sources.map((s) => s.publisher));
  for (const actor of content.actors) {
    const linked = graph.eventsOfActor(actor.id).length > 0
      || publishers.has(actor.id)
      || graph.relationsOf(actor.id).length > 0
      || actor.data.parent !== undefined
      || graph.membersOf(actor.id).length > 0;
    if (!linked) {
      problems.push(problem(entryOf.get(`actors/${actor.id}`)!, [],
        `the actor '${actor.id}' takes part in no event, has no relations and publishes no source; name it in an event's 'actors', or add a sourced relation, or remove the file`, 'warning'));
    }
  }
  // <Cite id> in any page's prose cites a source as much as a 'sources' field does.
  const citedInProse = new Set(raw.entries.flatMap((e) => citeUses(e.body).map((use) => use.id)));
  for (const source of content.sources) {
    if (graph.citationsOf(source.id).length === 0 && !citedInProse.has(source.id)) {
      problems.push(problem(sourceOf.get(source.id)!, ['id'],
        `nothing cites the source '${source.id}'; add its id to the 'sources' of the actor or event it supports (or <Cite id="${source.id}" /> in the prose), or remove it`, 'warning'));
    }
  }
  return problems;
}
