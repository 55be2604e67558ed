/**
 * Reads a content folder from disk as raw YAML with positions, so that every problem
 * can name its line. A build reads the folder once, here: the integration checks this reading
 * and hands it to the content loaders (src/astro/reading.ts), which read a file again only when
 * `astro dev` reports it changed, with the same readers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CORE_SCHEMA, DEFAULT_SCHEMA, load as loadYaml } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { fileSetProblems } from './content-folder.ts';
import type { Problem } from './problems.ts';

export type CollectionName = 'actors' | 'events' | 'pages';

export interface Position {
  line: number;
  column: number;
}

/** A YAML document with a way to find where a field path is written. */
export interface LocatedData {
  /** Path of the file relative to the working directory. */
  file: string;
  data: unknown;
  /**
   * The position of a field: the key of the deepest part of `path` that exists (so a
   * missing field points at its parent), shifted to the file's own line numbers.
   */
  locate(path: readonly PropertyKey[]): Position;
}

export interface RawEntry extends LocatedData {
  collection: CollectionName;
  /** The file name without `.mdx`: the entry's id and URL. */
  id: string;
  /** The MDX body after the frontmatter. */
  body: string;
  /** 1-based line of the file at which the body starts. */
  bodyLine: number;
}

export interface RawSource extends LocatedData {
  index: number;
}

export interface RawContent {
  root: string;
  entries: RawEntry[];
  sources: RawSource[];
  site?: LocatedData;
  /** `interface.yaml`: the site's own interface messages, if any. */
  interface?: LocatedData;
  /** Files that could not be read as YAML at all. */
  problems: Problem[];
  /** The folder's set of files: required files missing, files the build would not read. */
  files: Problem[];
  /**
   * Every id that has a file, readable or not: an actor whose frontmatter is broken still
   * exists, so the events that name it should not also be flagged.
   */
  ids: Record<CollectionName, Set<string>>;
}

/** The content folder: `CONTENT_DIR` if set, else `content/` in the working directory. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.CONTENT_DIR ?? 'content');
}

function locator(doc: Document, counter: LineCounter, lineOffset: number) {
  return (path: readonly PropertyKey[]): Position => {
    let node: unknown = doc.contents;
    let position = counter.linePos(0);
    let found = false;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (!pair || !isPair(pair)) break;
        const keyNode = pair.key as { range?: [number, number, number] };
        if (keyNode.range) position = counter.linePos(keyNode.range[0]);
        found = true;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as { range?: [number, number, number] } | undefined;
        if (!item) break;
        if (item.range) position = counter.linePos(item.range[0]);
        found = true;
        node = item;
      } else {
        break;
      }
    }
    if (!found && node && typeof node === 'object' && 'range' in node) {
      const range = (node as { range?: [number, number, number] }).range;
      if (range) position = counter.linePos(range[0]);
    }
    return { line: position.line + lineOffset, column: position.col };
  };
}

/*
 * Reading every file twice as fast matters at thousands of pages: js-yaml (the parser Astro
 * itself reads frontmatter with) gives the data of well-formed YAML several times faster
 * than `yaml` builds a document with positions, and positions are only needed to report a
 * problem. So valid YAML takes the fast road and is located lazily; anything js-yaml refuses
 * is parsed again by `yaml`, whose errors name the line.
 */
/**
 * How a file's YAML is read: `astro` as Astro's own loaders read frontmatter and sources.yaml
 * (js-yaml's default schema, where an unquoted 2022-07-16 becomes a date, so that check sees
 * the same values the build will), `core` as site-config.ts reads the settings (YAML 1.2
 * core, where it stays a string).
 */
type YamlReading = 'astro' | 'core';

function parseYaml(text: string, file: string, lineOffset: number, problems: Problem[], reading: YamlReading): LocatedData | undefined {
  if (MAY_HOLD_ALIAS.test(text) && refuseAliases(text, file, lineOffset, problems)) return undefined;
  let data: unknown;
  try {
    data = loadYaml(text, { schema: reading === 'astro' ? DEFAULT_SCHEMA : CORE_SCHEMA });
  } catch {
    return parseLocated(text, file, lineOffset, problems);
  }
  let located: LocatedData | undefined;
  return {
    file,
    data: data ?? {},
    locate: (path) => (located ??= parseLocated(text, file, lineOffset, []))!.locate(path),
  };
}

/*
 * YAML anchors and aliases (&name … *name) let a few lines stand for a value of billions of
 * items ("billion laughs"): reading such a file stalls or crashes every tool that walks the
 * data. No content file needs them (each value is written out where it applies), so a file
 * holding one is refused, before any walk of its data. The cheap test finds every `&` or `*`
 * that could start one; only those files are parsed again to be sure.
 */
const MAY_HOLD_ALIAS = /(?:^|[\s[{,:?-])[&*][^\s,[\]{}]/m;

/** Reports the anchors and aliases of `text`, if any; true when there are some. */
function refuseAliases(text: string, file: string, lineOffset: number, problems: Problem[]): boolean {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, schema: 'core' });
  const found: number[] = [];
  visit(doc, {
    Alias: (_, node) => void found.push(node.range?.[0] ?? 0),
    Node: (_, node) => void (node.anchor && found.push(node.range?.[0] ?? 0)),
  });
  if (found.length === 0) return false;
  const pos = counter.linePos(Math.min(...found));
  problems.push({
    file, line: pos.line + lineOffset, column: pos.col, field: '(yaml)', severity: 'error',
    message: `YAML anchors and aliases (&name, *name) are not allowed in content files (${found.length} in this file, the first here): write each value out in full`,
  });
  return true;
}

function parseLocated(text: string, file: string, lineOffset: number, problems: Problem[]): LocatedData | undefined {
  const counter = new LineCounter();
  // The core schema keeps 2022-07-16 a string, as Astro's schemas expect after their own parse.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, schema: 'core' });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = counter.linePos(error.pos[0]);
      problems.push({
        file,
        line: pos.line + lineOffset,
        column: pos.col,
        field: '(yaml)',
        message: `this is not valid YAML: ${error.message.split('\n')[0]}`,
        severity: 'error',
      });
    }
    return undefined;
  }
  return { file, data: doc.toJS() ?? {}, locate: locator(doc, counter, lineOffset) };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX file into frontmatter (parsed, located) and body. */
export function readMdx(path: string, collection: CollectionName, cwd: string, problems: Problem[]): RawEntry | undefined {
  const id = path.split('/').pop()!.replace(/\.mdx$/, '');
  return readMdxText(readFileSync(path, 'utf8'), relative(cwd, path), collection, id, problems);
}

/**
 * The same reading of an MDX file's text, wherever it came from (a past revision read from
 * git): frontmatter parsed as the build parses it, anchors and aliases refused, and the body.
 */
export function readMdxText(source: string, file: string, collection: CollectionName, id: string, problems: Problem[]): RawEntry | undefined {
  // A byte-order mark, which some editors write first, is accepted as Astro accepts it.
  const text = source.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(text);
  if (!match) {
    problems.push({
      file, line: 1, column: 1, field: '(frontmatter)', severity: 'error',
      message: 'the file must start with frontmatter between two --- lines; run `npm run new` for a template',
    });
    return undefined;
  }
  const located = parseYaml(match[1]!, file, 1, problems, 'astro');
  if (!located) return undefined;
  const bodyLine = match[0].split('\n').length;
  return { ...located, collection, id, body: text.slice(match[0].length), bodyLine: match[0].endsWith('\n') ? bodyLine : bodyLine + 1 };
}

/** The sources of a sources.yaml, one per item of its list; problems if it is no list. */
export function readSources(path: string, cwd: string, problems: Problem[]): RawSource[] {
  const located = parseYaml(readFileSync(path, 'utf8'), relative(cwd, path), 0, problems, 'astro');
  if (!located) return [];
  if (!Array.isArray(located.data)) {
    problems.push({ file: located.file, line: 1, column: 1, field: '(file)', severity: 'error', message: 'sources.yaml must be a list of sources, each starting with "- id: ..."' });
    return [];
  }
  return located.data.map((data, index) => ({ file: located.file, index, data, locate: (at) => located.locate([index, ...at]) }));
}

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  // Flat, like the collections' loaders: one folder per type, the file name is the id.
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => join(dir, d.name))
    .sort();
}

/** Reads every content file of a folder; YAML syntax errors come back as problems. */
export function readContent(root: string = contentDir(), cwd: string = process.cwd()): RawContent {
  const problems: Problem[] = [];
  const entries: RawEntry[] = [];
  const ids: RawContent['ids'] = { actors: new Set(), events: new Set(), pages: new Set() };
  for (const collection of ['actors', 'events', 'pages'] as const) {
    for (const path of listMdx(join(root, collection))) {
      ids[collection].add(path.split('/').pop()!.replace(/\.mdx$/, ''));
      const entry = readMdx(path, collection, cwd, problems);
      if (entry) entries.push(entry);
    }
  }
  const sourcesPath = join(root, 'sources.yaml');
  const sources = existsSync(sourcesPath) ? readSources(sourcesPath, cwd, problems) : [];
  const sitePath = join(root, 'site.yaml');
  const site = existsSync(sitePath) ? parseYaml(readFileSync(sitePath, 'utf8'), relative(cwd, sitePath), 0, problems, 'core') : undefined;
  const interfacePath = join(root, 'interface.yaml');
  const messages = existsSync(interfacePath) ? parseYaml(readFileSync(interfacePath, 'utf8'), relative(cwd, interfacePath), 0, problems, 'core') : undefined;
  // Missing required files and files the build would pass over (content-folder.ts).
  const files = fileSetProblems(root, cwd);
  return { root, entries, sources, site, interface: messages, problems, files, ids };
}
