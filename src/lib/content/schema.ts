/**
 * The content model: one zod schema per content type. Field names are the contract that
 * README.md and CONTRIBUTING.md document. `src/content.config.ts` hands these to Astro's collections, and
 * `src/lib/content/validate.ts` runs the same schemas over the raw files so that every problem
 * is reported at once with its line; nothing else defines a field.
 *
 * Every field carries a `.describe()`: it is the documentation editors read (and the
 * text of the generated JSON Schema).
 */
import { z } from 'astro/zod';
import { DATE_INFERRED, parseDate } from './dates.ts';
import { textFindings } from './plain-text.ts';
import { CITATION_STYLES } from '../render/citation/cite-formats.ts';
import { LIST_PAGE_SIZE, LIST_PAGE_SIZE_MAX, LIST_PAGE_SIZE_MIN } from '../render/page-caps.ts';
import { DEFAULT_VOCABULARIES, SCHEMA_ORG_ACTOR_TYPES, VOCABULARY_NAMES, type Vocabularies, type Vocabulary } from '../model/vocabularies.ts';

/** An id as used in file names and URLs: lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = (what: string) =>
  z.string().regex(ID_PATTERN, `must be a ${what} id: lower-case letters, digits and hyphens, e.g. 'example-organisation'`);

/*
 * YAML turns an unquoted 2022-07-16 into a Date. Give it back as the day it names, so a
 * maintainer who forgets the quotes is not punished; every other shape must be a string.
 */
const unDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/**
 * An EDTF date string: `2022-07-16`, `2022-06`, `2021-22`, `2022-05~`; `2021/2022-07` for
 * what lasted from 2021 to July 2022, `[2021-06..2022-12]` for what happened once, at a time
 * known only to lie between June 2021 and the end of 2022.
 */
export const edtfDate = z.preprocess(
  unDate,
  z.string().superRefine((value, ctx) => {
    try {
      parseDate(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  }),
);

/** Which part of a date the editor inferred, because the sources do not give it. */
const dateInferred = z.enum(DATE_INFERRED).optional().describe(
  'Which part of the date is inferred rather than given by the sources, said next to the date wherever it is shown: '
  + '`year` when the sources give the day, month or season but no year ("16 July", "last summer"); '
  + '`date` when they give no date at all, only what came before and after. Leave it out when the sources give the whole date.',
);


/** Whether a parsed URL carries a user name or password, which no published address needs. */
const hasCredentials = (url: URL) => url.username !== '' || url.password !== '';

/** An https address; `what` names it in the message ("source URLs", "the repository's URL"). */
const httpsUrlOf = (what: string) => z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: `'${value}' is not a URL; write the full address, starting with https://` });
    return;
  }
  if (url.protocol !== 'https:') {
    ctx.addIssue({ code: 'custom', message: `${what} must use https, not '${url.protocol}'; link the https address of the page` });
  } else if (hasCredentials(url)) {
    ctx.addIssue({ code: 'custom', message: 'a URL must not hold a user name or password: link the public address' });
  }
});
const httpsUrl = httpsUrlOf('source URLs');

/*
 * The site's settings reach every page: `url` and `base` are written into each link, script
 * and stylesheet address, `language` into file names of the search index. A contributed
 * site.yaml (or a host's SITE_URL and BASE_PATH) must therefore name an address of the site
 * itself and nothing else.
 */

/** Where the site is published: an https origin, nothing after the host. */
export const siteOrigin = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: `'${value}' is not a URL: write the site's origin, e.g. https://explainers.example.org` });
    return;
  }
  const problem =
    url.protocol !== 'https:' ? `must use https, not '${url.protocol}'`
    : hasCredentials(url) ? 'must not hold a user name or password'
    : url.pathname !== '/' || url.search !== '' || url.hash !== '' || /[?#]/.test(value) ? "must be an origin only, with no path, query or fragment (a sub-path goes in 'base')"
    : undefined;
  if (problem) ctx.addIssue({ code: 'custom', message: `the site's url ${problem}: write it as https://host, e.g. https://explainers.example.org` });
});

/** The sub-path the site is served under: a plain path of this host, never another host. */
export const basePath = z.string().superRefine((value, ctx) => {
  const problem =
    !value.startsWith('/') ? 'must start with "/"'
    : value.includes('//') ? 'must not contain "//" (a browser reads //host as another site)'
    : !/^[A-Za-z0-9._~/-]*$/.test(value) ? 'may hold only letters, digits, "/", "-", "_", "." and "~"'
    : value.split('/').some((part) => part === '.' || part === '..') ? 'must not hold "." or ".." segments'
    : undefined;
  if (problem) ctx.addIssue({ code: 'custom', message: `the base path '${value}' ${problem}: write "/" for the root or e.g. "/explainer/"` });
});

/** Longest language tag accepted: RFC 5646 asks for at least 35 characters; real tags are far shorter. */
export const MAX_LANGUAGE_TAG = 35;

/** A BCP 47 language tag as Intl knows it, short and of plain characters (it reaches file names). */
export const languageTag = z.string().superRefine((value, ctx) => {
  const hint = 'write a BCP 47 tag such as en, fr or pt-BR';
  if (value.length < 2 || value.length > MAX_LANGUAGE_TAG) {
    ctx.addIssue({ code: 'custom', message: `the language tag '${value.slice(0, MAX_LANGUAGE_TAG)}${value.length > MAX_LANGUAGE_TAG ? '…' : ''}' must be 2 to ${MAX_LANGUAGE_TAG} characters long; ${hint}` });
    return;
  }
  let valid = /^[A-Za-z0-9-]+$/.test(value);
  try {
    if (valid) Intl.getCanonicalLocales(value);
  } catch {
    valid = false;
  }
  if (!valid) ctx.addIssue({ code: 'custom', message: `'${value}' is not a BCP 47 language tag; ${hint}` });
});

/**
 * The one rule for every text of a content file (plain-text.ts): no control characters, and
 * line breaks only in prose fields. It runs over the whole file, whatever else is wrong in it
 * (`when`), so that its problems come with all the others.
 */
function plainTextOnly<T extends z.ZodType>(schema: T): T {
  return schema.superRefine(
    (value, ctx) => {
      for (const finding of textFindings(value)) ctx.addIssue({ code: 'custom', path: finding.path, message: finding.message });
    },
    { when: () => true },
  ) as T;
}

/*
 * Any two capital letters: ISO 3166-1 alpha-2, and also the historical and user-assigned
 * codes (SU, YU, XK) a story about another time may need. The site names the codes that
 * Intl does not know in `places.countryNames` (see i18n/translator.ts).
 */
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, "must be a two-letter country code in capitals: ISO 3166-1 alpha-2 ('FR', 'BR'), or a historical or user-assigned one ('SU', 'XK')");

/** A day written YYYY-MM-DD that the calendar has (no 2022-02-30). */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const isCalendarDay = (value: string) => {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
};

/**
 * One correction of a page: the day it was made and what was wrong. Pages show each under
 * their headline, and the feeds and the site's list of changes carry it; a reader who cited
 * the page before can tell what changed. (That the day is not after the build is checked
 * with the other dates, in validate.ts.)
 */
const correctionSchema = z.strictObject({
  date: z.preprocess(unDate, z.string().refine(isCalendarDay, { message: 'a correction\'s date is the day it was made, written YYYY-MM-DD, e.g. 2022-07-21' }))
    .describe('The day the correction was made, YYYY-MM-DD (not the day of the event): never after the build.'),
  note: z.string().min(1).describe('What was corrected, in plain text, one or two sentences: what the page said before and what it says now ("An earlier version gave the date as 20 July; the source gives 21 July.").'),
});
const corrections = z.array(correctionSchema).default([]).describe('Corrections of what the page said, each with its day and what was corrected: shown at the top of the page, newest first, in the feeds and on the site\'s list of changes. Add one whenever a fact, figure, date or attribution changes; a typo needs none.');

/** Earlier ids of an entry: their URLs keep working and forward to the entry's page. */
const redirectFrom = (what: string) =>
  z.array(id(what)).default([]).describe('Earlier ids of this entry (its file names before a rename): their old addresses forward here, so published links keep working.');

/** One of a vocabulary's codes, described with every code and what it means (editors read it as the hover text). */
function oneOf(vocabulary: Vocabulary, what: string) {
  const codes = vocabulary.codes as [string, ...string[]];
  return z.enum(codes).describe(`${what}: ${vocabulary.terms.map((t) => `${t.code} (${t.description.replace(/[.]$/, '')})`).join('; ')}.`);
}

/**
 * The schemas of the content files for a site's vocabularies: every closed list of codes
 * is the site's (see model/vocabularies.ts), never a list of the generator's own.
 */
export function schemasFor(v: Vocabularies) {
  const relationSchema = z.strictObject({
    actor: id('actor').describe('The other actor of the relation.'),
    type: oneOf(v.relationTypes, 'How this actor relates to the other'),
    since: edtfDate.optional().describe('EDTF date from which the relation is reported to hold.'),
    until: edtfDate.optional().describe('EDTF date until which the relation is reported to hold.'),
    sources: z.array(id('source')).default([]).describe('Source ids that report this relation in these terms. A relation gives `sources` or `editorial`, never both and never neither.'),
    editorial: z.string().min(1).optional().describe('Instead of `sources`: the editors\' reason for reading the relation into what the sources say, when no source states it in these terms ("the report calls each group the other\'s counterpoint"). Shown as "editorial reading: <reason>".'),
  });

  const actorSchema = z.strictObject({
    name: z.string().min(1).describe('Full name as the site writes it.'),
    shortName: z.string().optional().describe('Short form used in lists and charts: an acronym or a short name.'),
    aliases: z.array(z.string().min(1)).default([]).describe('Other spellings and names readers type (acronyms, transliterations, former names); they make the actor findable.'),
    kind: oneOf(v.actorKinds, 'What sort of actor this is'),
    summary: z.string().min(1).describe('One sentence: used for cards, the meta description and search excerpts.'),
    parent: id('actor').optional().describe('The actor this one belongs to (a spokesman to his group, an agency to its government).'),
    role: z.string().optional().describe('Free text: the position the sources give, e.g. "spokesman", "foreign minister".'),
    countries: z.array(countryCode).default([]).describe('ISO 3166-1 alpha-2 codes of the countries the actor is active in.'),
    relations: z.array(relationSchema).default([]).describe('Dated, sourced relations to other actors.'),
    sources: z.array(id('source')).default([]).describe('Source ids for what the page says.'),
    corrections,
    redirectFrom: redirectFrom('actor'),
  });

  const locationSchema = z.strictObject({
    name: z.string().min(1).describe('Place name as written in the sources ("Cape Canaveral", "Sea of Tranquility", "Pacific Ocean, south-west of Hawaii").'),
    admin1: z.string().optional().describe('Name of the first-level administrative area (a state, region or department), as the sources write it; how it is worded is set by `places.adminLevels` in site.yaml.'),
    admin2: z.string().optional().describe('Name of the second-level administrative area (a county or commune), as the sources write it.'),
    country: countryCode.optional().describe('Two-letter code of the country; leave it out for a place at sea or not on Earth.'),
    body: z.string().min(1).optional().describe('The celestial body, for a place not on Earth, as the site writes it ("the Moon", "Mars"); such a place is named in words and never drawn on the map. Leave it out on Earth.'),
    lat: z.number().optional().describe('Latitude in decimal degrees, −90 to 90 (on Earth: with lon, the place is drawn on the map).'),
    lon: z.number().optional().describe('Longitude in decimal degrees, −180 to 180.'),
    precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).describe('How exactly the sources place it (ACLED geo precision): 1 the named place itself, 2 near it or part of a larger area, 3 only the larger area.'),
  });

  const eventActorSchema = z.strictObject({
    actor: id('actor').describe('Actor id.'),
    role: oneOf(v.roles, 'The part the actor played in the event'),
    according: id('actor or source').optional().describe('Whose account gives the actor this role: an actor id or a source id (the agency that announced its own raid, the report that names the bomber). Shown with the role: "carried it out, according to …".'),
  });

  // A figure counts anything the site's figure types name (people killed, kilograms of
  // samples, votes): not only whole people, so fractions are allowed; never below zero.
  const amount = z.number().nonnegative();
  const figureSchema = z.strictObject({
    type: oneOf(v.figureTypes, 'What the figure counts'),
    count: amount.optional().describe('The figure, when one number is given.'),
    min: amount.optional().describe('Lower bound, when the figure is a range or "at least".'),
    max: amount.optional().describe('Upper bound, when the figure is a range or "up to".'),
    wording: z.string().min(1).optional().describe('The figure in the source\'s own words ("more than 50"), shown as written.'),
    according: id('actor or source').describe('Whose figure this is: an actor id or a source id.'),
  });

  // A claim without a kind is of the vocabulary's first kind (for the defaults, a claim).
  const claimKind = oneOf(v.claimKinds, 'How the claim is introduced, with its kind\'s verb ("claimed", "said")');
  const claimSchema = z.strictObject({
    by: id('actor').describe('Who made the claim.'),
    kind: claimKind.default(v.claimKinds.codes[0]!).describe(`${claimKind.description} Left out: ${v.claimKinds.codes[0]}.`),
    text: z.string().min(1).describe('What they said or claimed; quote marks only for their exact words.'),
    source: id('source').describe('The source that reports the claim.'),
  });

  const eventSchema = z.strictObject({
    title: z.string().min(1).describe('Headline-style title.'),
    summary: z.string().min(1).describe('One sentence: used for cards, the meta description and search excerpts.'),
    date: edtfDate.describe('When it happened, as an EDTF date exactly as precise as the sources: `a/b` for what lasted from a to b, `[a..b]` (both ends at the same precision, e.g. [2021-06..2022-12]) for what happened once at some time within a to b.'),
    dateInferred,
    reported: edtfDate.optional().describe('When the claim was announced, if that differs from when it happened.'),
    kind: oneOf(v.eventKinds, 'What sort of event this is'),
    location: locationSchema.optional().describe('Where it happened, with the precision of what is known.'),
    actors: z.array(eventActorSchema).default([]).describe('Who took part, and in what role.'),
    figures: z.array(figureSchema).default([]).describe('Figures (people killed, votes, kilograms), each of a figure type and saying whose figure it is.'),
    claims: z.array(claimSchema).default([]).describe('Who claimed what, and where it was reported.'),
    sources: z.array(id('source')).describe('Source ids: at least one.'),
    corrections,
    redirectFrom: redirectFrom('event'),
  });

  const sourceSchema = z.strictObject({
    id: id('source').describe('The id other content uses to cite this source.'),
    publisher: z.string().min(1).describe('An actor id, or the publisher\'s name as text.'),
    kind: oneOf(v.sourceKinds, 'What sort of source this is'),
    date: edtfDate.describe('Publication date (EDTF), as precise as known; `[a..b]` for a date known only to lie within a to b.'),
    dateInferred,
    title: z.string().optional().describe('Title as published; leave it out rather than guess.'),
    author: z.string().optional().describe('Author, if named.'),
    url: httpsUrl.optional().describe('https address; leave it out rather than guess.'),
    archived: httpsUrl.optional().describe('https address of an archived copy.'),
    via: id('source').optional().describe('The source through which this one is known (a tweet known via a news report).'),
    language: z.string().optional().describe('BCP 47 language tag, e.g. "en", "pt-BR".'),
  });

  const sourcesFileSchema = z.array(sourceSchema);

  // What a newcomer needs before the long list: each line plain text or inline Markdown,
  // citing its sources as numbered notes like the prose.
  const cited = z.array(id('source')).default([]).describe('Source ids this line rests on: each becomes a numbered note.');
  const keyFactSchema = z.strictObject({
    label: z.string().min(1).describe('What the line is about, in a word or two ("Who", "Where", "Disputed").'),
    text: z.string().min(1).describe('The fact, with its attribution ("according to …"): plain text or inline Markdown.'),
    sources: cited,
  });
  const unknownSchema = z.strictObject({
    text: z.string().min(1).describe('What the sources do not say or say is unknown: plain text or inline Markdown.'),
    sources: cited,
  });

  const pageSchema = z.strictObject({
    title: z.string().min(1).describe('Page title.'),
    summary: z.string().min(1).describe('One sentence: the meta description.'),
    keyFacts: z.array(keyFactSchema).default([]).describe('A short box of key facts shown before the page\'s prose (on the home page, before the list of events): who, where, when, what is disputed.'),
    unknowns: z.array(unknownSchema).default([]).describe('What is not known, shown after the page\'s prose as a "what we don\'t know" note.'),
    nav: z.number().int().optional().describe('Position in the main navigation, after Events, Actors and Sources; leave it out to keep the page out of the navigation.'),
    corrections,
    redirectFrom: redirectFrom('page'),
  });

  return {
    relationSchema, actorSchema: plainTextOnly(actorSchema), locationSchema, eventActorSchema, figureSchema, claimSchema, eventSchema: plainTextOnly(eventSchema),
    sourceSchema: plainTextOnly(sourceSchema), sourcesFileSchema: plainTextOnly(sourcesFileSchema), pageSchema: plainTextOnly(pageSchema),
  };
}

export type ContentSchemas = ReturnType<typeof schemasFor>;

/** What each field of a term says; a vocabulary's terms take only the fields it uses (TERM_FIELDS). */
const TERM_FIELD_SCHEMAS = {
  label: z.string().min(1).describe('What readers see for this code, in the site\'s language: "Launch", "Armed group", "perpetrator". Needed for a code of the site\'s own; for a default code, it relabels it.'),
  plural: z.string().min(1).optional().describe('The plural, for headings of groups ("Launches"); the label if left out.'),
  description: z.string().min(1).optional().describe('What the code means, for editors: shown in the JSON Schemas and by the scaffolder.'),
  inverse: z.string().min(1).optional().describe('The relation read from the other actor ("includes" for "part of").'),
  unit: z.string().min(1).optional().describe('The unit written with the number ("kg"): "21.5 kg of lunar samples". Leave it out for a count ("3 killed").'),
  verb: z.string().min(1).optional().describe('The verb that introduces the claim ("said", "claimed", "announced"): "X said: …".'),
  attributes: z.boolean().optional().describe('Roles only: true if an actor in this role is the one the event is attributed to (it carried it out, claimed responsibility for it, or announced it as its own act). Lanes and lists "by actor" group an event under its first actor in such a role; an event with none goes under "no actor". Left out: false for a role of the site\'s own, the default\'s setting for a default role.'),
  schemaType: z.enum(SCHEMA_ORG_ACTOR_TYPES).optional().describe('The schema.org type search engines are told an actor of this kind is: Person, Organization, GovernmentOrganization, NewsMediaOrganization, or Thing for anything else (a spacecraft, a ship); Organization if left out.'),
  noun: z.string().min(1).optional().describe('One source of this kind as a noun phrase, with its article where the language has one ("a tweet", "an official statement"): a source reads "a tweet by <publisher>, <date>". Left out (or with a new label and no noun), the source is named with the label: "<publisher>, <label>, <date>".'),
} as const;

type TermField = keyof typeof TERM_FIELD_SCHEMAS;

/** The fields a site may give the terms of each vocabulary: `unit` only for figure types, and so on. */
export const SETTING_FIELDS: Record<(typeof VOCABULARY_NAMES)[number], readonly TermField[]> = {
  actorKinds: ['label', 'plural', 'description', 'schemaType'],
  eventKinds: ['label', 'plural', 'description'],
  roles: ['label', 'plural', 'description', 'attributes'],
  relationTypes: ['label', 'inverse', 'description'],
  sourceKinds: ['label', 'plural', 'noun', 'description'],
  figureTypes: ['label', 'unit', 'description'],
  claimKinds: ['label', 'verb', 'description'],
};

const CODE = z.string().regex(ID_PATTERN, 'a code is lower-case words joined by hyphens, e.g. \'news-report\'');

/**
 * One vocabulary of site.yaml. A code of the site's own needs a label (a default code may
 * be given only a new unit or description, keeping its label), a claim kind of its own a
 * verb; a vocabulary that replaces the defaults needs at least one code, or no entry could
 * use it.
 */
function vocabularySettingSchema(name: (typeof VOCABULARY_NAMES)[number]) {
  const fields = SETTING_FIELDS[name];
  const term = z.strictObject(Object.fromEntries(fields.map((f) => [f, f === 'label' ? TERM_FIELD_SCHEMAS.label.optional() : TERM_FIELD_SCHEMAS[f]])) as { [F in TermField]: F extends 'attributes' ? z.ZodOptional<z.ZodBoolean> : z.ZodOptional<z.ZodString> });
  const defaults = Object.keys(DEFAULT_VOCABULARIES[name]);
  return z
    .strictObject({
      replace: z.boolean().default(false).describe('true: the site uses only its own values; false: the generator\'s defaults, then these (a default code listed here is relabelled).'),
      values: z.record(CODE, term).default({}).describe('The codes content may use, each with its label.'),
    })
    .superRefine((setting, ctx) => {
      if (setting.replace && Object.keys(setting.values).length === 0) {
        ctx.addIssue({ code: 'custom', path: ['values'], message: `'replace: true' leaves ${name} without a code: list the site's codes under 'values', each with its label, or remove 'replace'` });
      }
      for (const [code, value] of Object.entries(setting.values)) {
        const own = setting.replace || !defaults.includes(code);
        if (own && value.label === undefined) {
          ctx.addIssue({ code: 'custom', path: ['values', code, 'label'], message: `the code '${code}' is the site's own: give it a 'label', the word readers see` });
        }
        // A claim is introduced with its kind's verb ("X said: …"); a label is no verb.
        if (own && name === 'claimKinds' && value.verb === undefined) {
          ctx.addIssue({ code: 'custom', path: ['values', code, 'verb'], message: `the claim kind '${code}' is the site's own: give it a 'verb' that introduces its claims ("said", "announced")` });
        }
      }
    });
}

const VOCABULARY_HELP: Record<(typeof VOCABULARY_NAMES)[number], string> = {
  actorKinds: 'Kinds of actor (`kind` of an actor).',
  eventKinds: 'Kinds of event (`kind` of an event): also the timeline\'s lanes and the search filter.',
  roles: 'Roles an actor plays in an event (`actors[].role`); `attributes: true` marks the roles that attribute the event to the actor.',
  relationTypes: 'Types of relation between actors (`relations[].type`).',
  sourceKinds: 'Kinds of source (`kind` in sources.yaml).',
  figureTypes: 'What an event\'s figures count (`figures[].type`), with its unit.',
  claimKinds: 'Kinds of claim (`claims[].kind`), each with the verb that introduces it.',
};

/** The site's vocabularies: each extends the generator's default list, or replaces it. */
const vocabulariesSchema = z
  .strictObject(Object.fromEntries(VOCABULARY_NAMES.map((name) => [name, vocabularySettingSchema(name).optional().describe(VOCABULARY_HELP[name])])) as Record<(typeof VOCABULARY_NAMES)[number], z.ZodOptional<ReturnType<typeof vocabularySettingSchema>>>)
  .default({})
  .describe('The site\'s own vocabularies; any left out is the generator\'s default list, labelled in the site\'s language.');

/** A point as [longitude, latitude] in degrees. */
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** [[west, south], [east, north]]; a west greater than the east crosses the 180th meridian. */
const boundsSchema = z
  .tuple([lonLat, lonLat])
  .refine(([[, s], [, n]]) => s < n, { message: 'the south edge must lie below the north edge: write [[west, south], [east, north]]' })
  .describe('[[west, south], [east, north]] in degrees; a west edge greater than the east crosses the 180th meridian ([[170, -50], [-170, -30]]).');

/** The d3-geo projections a site may choose (see map/projection.ts). */
export const MAP_PROJECTIONS = ['conicEqualArea', 'equalEarth', 'naturalEarth1', 'mercator', 'equirectangular', 'azimuthalEqualArea', 'orthographic'] as const;

const mapBorderSchema = z.strictObject({
  country: countryCode.describe('The country on one side of the border.'),
  neighbours: z.array(countryCode).min(1).describe('The countries across it: the borders between `country` and each of these are drawn thick.'),
  label: z.string().min(1).optional().describe('The zoom button that frames this border on /map/ ("The border"); left out, there is no such button.'),
  legend: z.string().min(1).describe('The legend line for the thick border ("The border of the story: between …").'),
});

const mapPresetSchema = z
  .strictObject({
    label: z.string().min(1).optional().describe('The button\'s text; left out for a single country, its name in the site\'s language.'),
    countries: z.array(countryCode).min(1).optional().describe('Frame these countries.'),
    bounds: boundsSchema.optional(),
  })
  .refine((p) => (p.countries === undefined) !== (p.bounds === undefined), { message: "a zoom preset gives 'countries' or 'bounds', one of the two" })
  .refine((p) => p.label !== undefined || p.countries?.length === 1, { message: "a zoom preset over bounds or several countries needs a 'label'" });

const mapSettingsSchema = z
  .strictObject({
    bounds: boundsSchema.optional().describe('The part of the world the maps show; left out, the frame fits every event that can be drawn. An event outside it is listed as outside the map, never dropped.'),
    projection: z.enum(MAP_PROJECTIONS).optional().describe('The d3-geo projection; left out, conic equal-area for a region and Equal Earth for a large part of the world.'),
    title: z.string().min(1).optional().describe('The accessible title of the map on /map/ ("Map of events in the Andes").'),
    description: z.string().min(1).optional().describe('The meta description of /map/.'),
    intro: z.string().min(1).optional().describe('The opening sentence of /map/, what the map covers.'),
    region: z.string().min(1).optional().describe('What the frame shows, in a phrase for the locators\' descriptions ("the Andes and their neighbours").'),
    whole: z.string().min(1).optional().describe('The zoom button back to the whole frame ("Whole region").'),
    highlight: z.array(countryCode).default([]).describe('Countries shaded as the map\'s subject.'),
    borders: z.array(mapBorderSchema).default([]).describe('Borders drawn thick, each with its legend (the border a story is about).'),
    presets: z.array(mapPresetSchema).default([]).describe('Zoom buttons of /map/, in order: countries or bounds.'),
    countryLabels: z.record(countryCode, lonLat).default({}).describe('Where a country\'s name sits, [lon, lat], when the middle of its land is not the place (clear of a thick border).'),
  })
  .default({ highlight: [], borders: [], presets: [], countryLabels: {} });

/** How an administrative area is worded: "{name} County", and the heading of places without one. */
const adminLevelSchema = z.strictObject({
  area: z.string().regex(/\{name\}/, 'write the wording with {name} where the area\'s name goes, e.g. "{name} County"').describe('The area with its name: "{name} County", "{name} Department"; {name} is the name.'),
  notGiven: z.string().min(1).optional().describe('The heading of a country\'s places whose sources name no such area ("County not given").'),
});

const adminLevelsSchema = z.strictObject({
  admin1: adminLevelSchema.optional().describe('First-level areas (`admin1`).'),
  admin2: adminLevelSchema.optional().describe('Second-level areas (`admin2`).'),
});

const placesSettingsSchema = z
  .strictObject({
    countryNames: z.record(countryCode, z.string().min(1)).default({}).describe('Names for country codes, in the site\'s language: codes Intl does not know (a user-assigned XK) or names the site prefers; the catalogue names historical codes (SU, YU) already.'),
    adminLevels: adminLevelsSchema
      .extend({ countries: z.record(countryCode, adminLevelsSchema).default({}).describe('The same, for one country (by code), where its areas are called otherwise.') })
      .default({ countries: {} })
      .describe('How admin areas are worded; left out, by their names alone.'),
  })
  .default({ countryNames: {}, adminLevels: { countries: {} } });

/**
 * A branch name as git allows it and as it can stand in an address's path: letters, digits,
 * `.`, `_`, `-` and `/` between parts, no `..`, no part starting with `.` or `-`.
 */
const gitBranch = z.string().superRefine((value, ctx) => {
  const ok = /^[A-Za-z0-9._/-]+$/.test(value) && !value.includes('..') && !value.endsWith('.lock')
    && value.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.startsWith('-'));
  if (!ok) ctx.addIssue({ code: 'custom', message: `'${value}' is not a branch name: write the branch editors change, e.g. main or content/live (letters, digits, '.', '_', '-', and '/' between parts)` });
});

export const siteSchema = plainTextOnly(z.strictObject({
  title: z.string().min(1).describe('Site title.'),
  description: z.string().min(1).describe('One-sentence description of the explainer.'),
  language: languageTag.describe('BCP 47 language tag of the content, e.g. "en".'),
  url: siteOrigin.optional().describe('Where the site is published (the origin), for canonical links, citations, JSON-LD, the feed and the sitemap; the SITE_URL environment variable overrides it. Leave it out until the site has an address: a build without one cites each page by its path and says the address is not configured.'),
  base: basePath.default('/').describe('Sub-path the site is served under, e.g. "/explainer/"; "/" for the root.'),
  repository: httpsUrlOf("the repository's URL").optional().describe('Repository holding the content, for edit and revision links; leave it out rather than guess.'),
  branch: gitBranch.default('main').describe('The repository\'s branch that editors change: the "Edit this page" link opens the page\'s file on it in the host\'s web editor.'),
  license: z.strictObject({
    content: z.string().min(1).default('CC BY 4.0').describe('Licence of the content.'),
    code: z.string().min(1).default('MIT').describe('Licence of the code.'),
  }).default({ content: 'CC BY 4.0', code: 'MIT' }).describe('The licences the site is published under, named on its pages and in its open data.'),
  editors: z.array(z.string().min(1)).default([]).describe('Named editors, persons, written "Given Family" or "Family, Given": citations name them as authors. Without any, citations name the site itself (its title) as an organisation.'),
  revisions: z.boolean().default(true).describe('Whether each actor and event gets a permanent page for every past revision readers saw (/events/<id>/revisions/<hash>/, from git), which citations then point to; false builds none and cites the page\'s own address.'),
  citationStyle: z.enum(CITATION_STYLES).default('apa').describe('The citation style each page shows in its "Cite this page" block; every other style and the reference-manager formats (BibTeX, RIS, CSL-JSON) are on the page\'s citation page, <page>/cite/.'),
  listPageSize: z.number().int().min(LIST_PAGE_SIZE_MIN).max(LIST_PAGE_SIZE_MAX).default(LIST_PAGE_SIZE).describe(`How many entries one list page holds (the events of a year, the actors of a letter, the sources of a kind, the relations of a type, the events on an actor's page), ${LIST_PAGE_SIZE_MIN} to ${LIST_PAGE_SIZE_MAX}; a longer list goes on on numbered pages. Smaller pages open faster on a slow connection.`),
  shareCards: z.boolean().default(true).describe('Draw a share card (og:image, 1200×630 PNG) for every page; needs `url`. Cards are cached between builds; false leaves them out.'),
  vocabularies: vocabulariesSchema,
  map: mapSettingsSchema.describe('The maps: their frame, highlighted countries and borders, zoom presets and wording.'),
  places: placesSettingsSchema.describe('How places are named: country names and the wording of admin areas.'),
}));

export type ActorData = z.infer<ContentSchemas['actorSchema']>;
export type EventData = z.infer<ContentSchemas['eventSchema']>;
export type SourceData = z.infer<ContentSchemas['sourceSchema']>;
export type PageData = z.infer<ContentSchemas['pageSchema']>;
export type SiteConfig = z.infer<typeof siteSchema>;
export type Relation = z.infer<ContentSchemas['relationSchema']>;
export type Figure = z.infer<ContentSchemas['figureSchema']>;
export type Claim = z.infer<ContentSchemas['claimSchema']>;
export type Correction = z.infer<typeof correctionSchema>;
export type EventLocation = z.infer<ContentSchemas['locationSchema']>;
export type MapSettings = SiteConfig['map'];
export type PlacesSettings = SiteConfig['places'];
export type AdminLevels = z.infer<typeof adminLevelsSchema>;
