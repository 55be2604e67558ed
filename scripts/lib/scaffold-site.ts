/**
 * The starter site of `npm run new -- site <folder>`: the smallest content folder that
 * `npm run check` passes and `npm run build` builds, one file of each kind (settings, one
 * source, one actor, one event, the home page), each setting and field with the comment of
 * its schema's `.describe()`. Its examples are neutral ("Example organisation") and say what
 * to replace; the placeholders are `TODO`, which check reports as warnings until replaced.
 */
import { parse } from 'yaml';
import { PLACEHOLDER } from '../../src/lib/model/lint.ts';
import { VOCABULARY_NAMES, type Vocabulary } from '../../src/lib/model/vocabularies.ts';
import { flow, PLACEHOLDER_VALUE, scaffoldActor, scaffoldEvent, ScaffoldError, type EditedSite, type Scaffold } from './scaffold.ts';
import { siteSchema } from '../../src/lib/content/schema.ts';
import { defaultOf, describe, shapeOf, type SchemaNode, type Shape } from '../../src/lib/content/schema-shape.ts';
import { siteModel } from '../../src/lib/content/site-config.ts';

export interface StarterOptions {
  /** The explainer's title; a placeholder when left out. */
  title?: string;
  /** BCP 47 tag of the language the site is written in; English when left out. */
  language?: string;
}

// The starter's own ids and date: neutral, and in the past, as content must be.
const ACTOR = 'example-organisation';
const SOURCE = 'example-report';
const DATE = '2024-01-15';

const quote = (text: string) => JSON.stringify(text);
const comment = (node: SchemaNode | undefined) => {
  const text = describe(node);
  return text ? `  # ${text}` : '';
};

/** `code (Label), …` of a vocabulary, for a one-line comment. */
const codes = (v: Vocabulary) => v.terms.map((t) => `${t.code} (${t.label})`).join(', ');

/**
 * A setting of site.yaml and the settings inside it, each with its description. `value` is
 * what the starter writes; a setting without one is shown commented out with its default, so
 * that every setting the schema knows (including ones added after this was written) is there.
 */
function settingLines(key: string, node: SchemaNode, indent: string, value: string | undefined, commented: boolean): string[] {
  const hash = commented ? '# ' : '';
  const fields = shapeOf(node);
  if (value === undefined && fields) {
    const fallback = (defaultOf(node) ?? {}) as Record<string, unknown>;
    return [
      `${hash}${indent}${key}:${comment(node)}`,
      // A setting inside with neither a value nor a default is optional: shown commented out.
      ...Object.entries(fields).flatMap(([k, n]) => settingLines(k, n, `${indent}  `, k in fallback ? flow(fallback[k]) : undefined, commented || (!(k in fallback) && defaultOf(n) === undefined))),
    ];
  }
  const fallback = defaultOf(node);
  const shown = value ?? (fallback === undefined ? PLACEHOLDER_VALUE : flow(fallback));
  return [`${hash}${indent}${key}: ${shown}${comment(node)}`];
}

/** The vocabularies block: a commented example of a site's own kinds, and the defaults it would extend. */
function vocabularyLines(node: SchemaNode, vocabularies: EditedSite['vocabularies']): string[] {
  const names = shapeOf(node) ?? {};
  const setting = shapeOf(names.eventKinds) ?? {};
  return [
    `# vocabularies:${comment(node)}`,
    `#   eventKinds:${comment(names.eventKinds)}`,
    `#     replace: false${comment(setting.replace)}`,
    `#     values:${comment(setting.values)}`,
    `#       meeting: ${flow({ label: 'Meeting', plural: 'Meetings', description: 'A meeting of two or more actors.' })}`,
    '# The codes each vocabulary has while the site declares none of its own:',
    ...VOCABULARY_NAMES.filter((name) => name in names).map((name) => `#   ${name}: ${codes(vocabularies[name])}`),
  ];
}

function siteYaml(options: StarterOptions, language: string): string {
  const shape = siteSchema.shape as unknown as Shape;
  const values: Record<string, string> = {
    title: quote(options.title ?? `${PLACEHOLDER}: the title of the explainer`),
    description: quote(`${PLACEHOLDER}: one sentence saying what the explainer covers, and from which sources.`),
    language,
    base: '/',
  };
  // Settings that need the site's own address: shown, commented out, until there is one.
  const examples: Record<string, string> = { url: 'https://explainers.example.org', repository: 'https://git.example.org/newsroom/explainer' };
  const lines = [
    '# The settings of this explainer. Every setting has a comment saying what it does; replace',
    `# each ${PLACEHOLDER}, and remove the # before a setting to use it.`,
  ];
  const defaults = siteModel(siteSchema.parse({ title: '-', description: '-', language })).vocabularies;
  for (const [key, node] of Object.entries(shape)) {
    if (key === 'vocabularies') lines.push(...vocabularyLines(node, defaults));
    else if (key in values) lines.push(...settingLines(key, node, '', values[key], false));
    else if (key in examples) lines.push(...settingLines(key, node, '', examples[key], true));
    else if (shapeOf(node) && defaultOf(node) !== undefined) lines.push(...settingLines(key, node, '', undefined, false));
    else lines.push(...settingLines(key, node, '', undefined, true));
  }
  return `${lines.join('\n')}\n`;
}

/** One entry of sources.yaml, its fields commented from the schema. */
function sourcesYaml(site: EditedSite, language: string): string {
  const shape = site.schemas.sourceSchema.shape as Shape;
  const kinds = site.vocabularies.sourceKinds;
  const values: Record<string, string> = {
    id: SOURCE,
    publisher: ACTOR,
    kind: kinds.has('news-report') ? 'news-report' : kinds.codes[0]!,
    date: quote(DATE),
    title: quote(`${PLACEHOLDER}: the title as published`),
  };
  const examples: Record<string, string> = { url: quote('https://news.example.org/example-report'), language: quote(language) };
  const fields: string[] = [];
  for (const [key, node] of Object.entries(shape)) {
    if (key in values) fields.push(`${key}: ${values[key]}${key === 'kind' ? `  # ${describe(node)?.split(': ')[0] ?? 'Kind'}: ${codes(kinds)}` : comment(node)}`);
    else fields.push(`# ${key}: ${examples[key] ?? PLACEHOLDER_VALUE}${comment(node)}`);
  }
  return [
    '# Every source the site cites, one entry each; actors and events cite a source by its id.',
    `# Replace this example with a real source, exactly as it was published (leave out what is not known).`,
    ...fields.map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`)),
    '',
  ].join('\n');
}

function homePage(site: EditedSite, title: string | undefined): string {
  const shape = site.schemas.pageSchema.shape as Shape;
  const values: Record<string, string> = {
    title: quote(title ?? `${PLACEHOLDER}: the title of the explainer`),
    summary: quote(`${PLACEHOLDER}: one sentence saying what the explainer covers.`),
  };
  const fields = Object.entries(shape).map(([key, node]) => (key in values ? `${key}: ${values[key]}${comment(node)}` : `# ${key}: ${defaultOf(node) === undefined ? PLACEHOLDER_VALUE : flow(defaultOf(node))}${comment(node)}`));
  return [
    '---',
    ...fields,
    '---',
    '',
    `${PLACEHOLDER}: the introduction readers meet first on the home page: what this explainer covers,`,
    'from which sources, and what it leaves out. The site lists the events, actors and sources',
    'below it. Write it in Markdown; other pages of the site go in this folder, one `.mdx` file each.',
    '',
  ].join('\n');
}

/** The files of a starter site, relative to its content folder. */
export function starterSite(options: StarterOptions = {}): Scaffold[] {
  const language = options.language ?? 'en';
  const tag = siteSchema.shape.language.safeParse(language);
  if (!tag.success) throw new ScaffoldError(`--language: '${language}' is not a BCP 47 language tag; write one such as en, fr or pt-BR`);
  const settings = siteYaml(options, language);
  const parsed = siteSchema.safeParse(parse(settings));
  if (!parsed.success) throw new ScaffoldError(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; '));
  const model = siteModel(parsed.data);
  const site: EditedSite = { vocabularies: model.vocabularies, schemas: model.schemas, actors: [ACTOR], sources: [SOURCE] };
  const { actorKinds, roles } = model.vocabularies;
  const actor = scaffoldActor({ name: 'Example Organisation', id: ACTOR, kind: actorKinds.has('media-outlet') ? 'media-outlet' : actorKinds.codes[0]!, sources: [SOURCE] }, site);
  const event = scaffoldEvent({
    title: 'Example event',
    date: DATE,
    sources: [SOURCE],
    actors: [{ actor: ACTOR, role: roles.has('reporter') ? 'reporter' : roles.codes[0]! }],
  }, site);
  return [
    { id: 'site', path: 'site.yaml', text: settings },
    { id: 'sources', path: 'sources.yaml', text: sourcesYaml(site, language) },
    actor,
    event,
    { id: 'index', path: 'pages/index.mdx', text: homePage(site, options.title) },
  ];
}
