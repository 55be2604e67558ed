/**
 * The checks of one file that no schema can state: an event id starts with its date, no date
 * lies in the future, a figure is a number or a range, a place lies on the globe, and a body
 * passes the MDX guard. None of them looks at another file (cross-references.ts does).
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { visit } from 'unist-util-visit';
import type { LocatedData, RawEntry } from '../content-files.ts';
import { findUnrenderable } from '../../render/body-html.ts';
import { idPrefix, isInFuture, parseDate } from '../dates.ts';
import { checkMdx } from '../mdx-guard.ts';
import { parseMdx } from '../mdx-parse.ts';
import { forbiddenCharacter } from '../plain-text.ts';
import type { ActorData, EventData, PageData, SourceData } from '../schema.ts';
import type { Path, Reporter } from './schema-issues.ts';

/** A problem in a body, at its line in the file. */
export interface BodyFinding {
  line: number;
  column: number;
  message: string;
}

/** A control character in a body's prose (the line ends of a CRLF file aside), at its line. */
function bodyTextFindings(body: string, lineOffset: number): BodyFinding[] {
  const text = body.replace(/\r\n/g, '\n');
  const bad = forbiddenCharacter(text);
  if (!bad) return [];
  const before = text.slice(0, bad.index).split('\n');
  return [{ line: before.length + lineOffset, column: before.at(-1)!.length + 1, message: `the text ${bad.message}: remove it (it often comes from pasting)` }];
}

/** What keeps a body from being built: the MDX guard, control characters, images the page cannot serve. */
export function bodyFindings(entry: RawEntry): BodyFinding[] {
  const findings: BodyFinding[] = checkMdx(entry.body, entry.bodyLine - 1);
  findings.push(...bodyTextFindings(entry.body, entry.bodyLine - 1));
  // Actor and event bodies are rendered by body-html.ts, which cannot serve local images.
  if (entry.collection !== 'pages' && findings.length === 0 && entry.body.includes('![')) {
    const { tree } = parseMdx(entry.body);
    if (tree) findings.push(...findUnrenderable(tree).map((f) => ({ ...f, line: f.line + entry.bodyLine - 1 })));
  }
  return findings;
}

/** A heading, ATX (`## …`) or setext (a line of = or - under it), somewhere in a body. */
const HEADING = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:=+|-+)[ \t]*$)/m;

interface TextNode { type: string; value?: string; children?: TextNode[]; depth?: number; position?: { start: { line: number; column: number } } }

const textOf = (node: TextNode): string => (node.children ? node.children.map(textOf).join('') : (node.value ?? ''));

export interface HeadingId {
  text: string;
  id: string;
  line: number;
  column: number;
}

/** The headings of a body with the ids the build's rehypeHeadingIds gives them, at their file lines. */
export function headingIds(entry: RawEntry): HeadingId[] {
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

/** The rules of one file, for entries that passed their schema; `now` decides what is future. */
export class FileChecks {
  private readonly reporter: Reporter;
  private readonly now: Date;
  constructor(reporter: Reporter, now: Date) {
    this.reporter = reporter;
    this.now = now;
  }

  private notFuture(where: LocatedData, path: Path, date: string | undefined) {
    if (date && isInFuture(date, this.now)) {
      this.reporter.report(where, path, `the date '${date}' is in the future; content records what has happened or been said`);
    }
  }

  /** A correction records what was changed on a day that has come: one dated later is a typo. */
  corrections(where: LocatedData, data: ActorData | EventData | PageData) {
    data.corrections.forEach((c, i) => this.notFuture(where, ['corrections', i, 'date'], c.date));
  }

  actor(id: string, data: ActorData, where: LocatedData) {
    const reporter = this.reporter;
    if (data.parent === id) reporter.report(where, ['parent'], `an actor cannot be its own parent; remove 'parent' or name the group '${id}' belongs to`);
    data.relations.forEach((relation, i) => {
      if (relation.actor === id) {
        reporter.report(where, ['relations', i, 'actor'], `an actor cannot have a relation to itself ('${id}'); name the other actor`);
      }
      // A relation is reported (a source states it in these terms) or an editorial reading
      // (the editors infer it, and say why): a reader must be able to tell which.
      if (relation.editorial !== undefined && relation.sources.length > 0) {
        reporter.report(where, ['relations', i, 'editorial'], "a relation is reported ('sources') or an editorial reading ('editorial'), not both: keep 'sources' if they state it in these terms, otherwise keep 'editorial' and remove 'sources'");
      } else if (relation.editorial === undefined && relation.sources.length === 0) {
        reporter.report(where, ['relations', i], "this relation gives no 'sources' and no 'editorial' reason: add 'sources:' with the ids of the sources that state it, or 'editorial:' with why the editors read it into them");
      }
      this.notFuture(where, ['relations', i, 'since'], relation.since);
      this.notFuture(where, ['relations', i, 'until'], relation.until);
      if (relation.since && relation.until && parseDate(relation.since).min > parseDate(relation.until).max) {
        reporter.report(where, ['relations', i, 'until'], `'until' (${relation.until}) is before 'since' (${relation.since})`);
      }
    });
  }

  event(id: string, data: EventData, where: LocatedData) {
    const reporter = this.reporter;
    const prefix = idPrefix(data.date);
    if (!id.startsWith(`${prefix}-`)) {
      reporter.report(where, ['date'], `the event id '${id}' must start with its date's lower bound '${prefix}-': rename the file to ${prefix}-${id.replace(/^[0-9]{4}(?:-[0-9]{2}){0,2}-/, '')}.mdx`);
    }
    this.notFuture(where, ['date'], data.date);
    this.notFuture(where, ['reported'], data.reported);
    if (data.reported && parseDate(data.reported).max < parseDate(data.date).min) {
      reporter.report(where, ['reported'], `'reported' (${data.reported}) is before the event's date (${data.date}); a claim cannot be announced before it happened`);
    }
    if (data.sources.length === 0) {
      reporter.report(where, ['sources'], 'an event needs at least one source: add the id of the source that reports it (see sources.yaml in the content folder)');
    }
    data.figures.forEach((f, j) => {
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

  source(data: SourceData, where: LocatedData) {
    this.notFuture(where, ['date'], data.date);
    if (data.via === data.id) this.reporter.report(where, ['via'], `a source cannot be known via itself; name the source that relays '${data.id}'`);
  }
}
