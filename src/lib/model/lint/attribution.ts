/**
 * Who said what, kept: the lint rules that catch attribution slips a schema cannot see.
 *
 * - A summary (the standfirst, card text and meta description) that gives an entry's figure
 *   or most of a claim's words in a sentence that says nobody told it: the figure or claim
 *   is someone's, and the summary states it as fact.
 * - A figure whose `according` is not who the prose gives it to: the paragraph holding the
 *   figure cites another source, or names another actor as the one who tells it.
 * - A body whose first paragraph says the summary again: readers see both, one above the other.
 *
 * Every word it reads content with comes from the site's language (`lint.*` messages of the
 * interface catalogue, which interface.yaml may give) and from the site's vocabularies and
 * actors, so it knows "according to", "по данным" and "به گفته" alike. A teller's name alone
 * attributes nothing ("the group killed 12" names the claimant and still states the claim as
 * fact); with a word of the list it does ("the group says it killed 12"). It is a heuristic:
 * each warning says what it saw, and content that says who tells each thing keeps it quiet.
 */
import type { LocatedData, RawEntry } from '../../content/content-files.ts';
import { formatFigure } from '../figures.ts';
import type { ActorData, Claim, EventData, Figure } from '../../content/schema.ts';
import type { SiteModel } from '../../content/site-config.ts';
import type { ValidContent } from '../../content/validate.ts';
import { paragraphs, type Paragraph } from './paragraphs.ts';
import { findPhrase, meaningful, overlap, phraseAt, phrases, sentences, tokenize, tokens, type Phrase, type Token } from './words.ts';

/** A warning before it has a line: where, the field path, what to say. */
export interface Finding {
  where: LocatedData;
  path: PropertyKey[];
  message: string;
}

/** A summary giving this share of a claim's words in one sentence gives the claim. */
export const CLAIM_OVERLAP = 0.6;
/** ... and at least this many of them: a claim of two words is no pattern to find. */
export const CLAIM_MIN_WORDS = 3;
/** A first paragraph holding this share of the summary's words says the summary again. */
export const REPEAT_OVERLAP = 0.8;

/** The site's words for reading attribution, from its catalogue, vocabularies and actors. */
interface Reading {
  attribution: Phrase[];
  /** The example a hint gives: the list's first phrase, as the site writes it. */
  example: string;
  common: Set<string>;
  /** Forms of the numbers in words, by value. */
  numberWords: Phrase[][];
  /** Words that make a number next to them part of a date ("4 March", "марта 2022"). */
  months: Set<string>;
  actors: Map<string, ActorData>;
  sources: Map<string, { publisher: string; via?: string }>;
  /** Actors' names by the key of their first word (see `nameKey`). */
  names: Map<string, { actor: string; name: Name }[]>;
  /** Each actor's members, and each source's publications and what is known through it. */
  children: Map<string, string[]>;
  publications: Map<string, string[]>;
  knownThrough: Map<string, string[]>;
  /** What `kin` and `fitting` found, by id: each is asked once per figure. */
  kinOf: Map<string, Set<string>>;
  fittingOf: Map<string, Set<string>>;
}

function monthWords(language: string): Set<string> {
  const words = new Set<string>();
  const options = { timeZone: 'UTC', calendar: 'gregory' } as const;
  const formats = [
    new Intl.DateTimeFormat(language, { ...options, month: 'long' }),
    new Intl.DateTimeFormat(language, { ...options, month: 'short' }),
    new Intl.DateTimeFormat(language, { ...options, day: 'numeric', month: 'long' }),
    new Intl.DateTimeFormat(language, { ...options, day: 'numeric', month: 'short' }),
  ];
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2020, month, 15));
    for (const format of formats) {
      for (const part of format.formatToParts(date)) if (part.type === 'month') for (const word of tokens(part.value)) words.add(word);
    }
  }
  return words;
}

/** A name an actor goes by. An acronym is matched in its own case: "US" is no "us". */
interface Name {
  phrase: Phrase;
  acronym: boolean;
}

/** An actor's names; a name of a long last word may take an ending ("Коллинза" for "Коллинз"). */
function actorNames(data: ActorData): Name[] {
  const all = [data.name, data.shortName, ...data.aliases].filter((n): n is string => typeof n === 'string');
  return all.flatMap((name) => {
    const acronym = /^[\p{Lu}\p{N}\s.-]+$/u.test(name) && /\p{Lu}{2}/u.test(name);
    const words = tokenize(name).map((t) => (acronym ? t.cased : t.word));
    if (words.length === 0) return [];
    return [{ phrase: { words, prefix: !acronym && [...words.at(-1)!].length >= 5 }, acronym }];
  });
}

/**
 * The key a name is found by: its first word; in its own case for an acronym; its first five
 * letters for a one-word name that may take an ending.
 */
function nameKey(name: Name): string {
  const first = name.phrase.words[0]!;
  if (name.acronym) return `=${first}`;
  return name.phrase.prefix && name.phrase.words.length === 1 ? `~${[...first].slice(0, 5).join('')}` : first;
}

/** Appends to a list in a map of lists. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function reading(content: ValidContent, model: SiteModel): Reading {
  const message = (key: string) => model.catalogue.message(key) ?? '';
  const names = new Map<string, { actor: string; name: Name }[]>();
  const children = new Map<string, string[]>();
  for (const actor of content.actors) {
    for (const name of actorNames(actor.data)) push(names, nameKey(name), { actor: actor.id, name });
    if (actor.data.parent !== undefined) push(children, actor.data.parent, actor.id);
  }
  const sources = new Map(content.sources.map((s) => [s.id, { publisher: s.publisher, via: s.via }]));
  const publications = new Map<string, string[]>();
  const knownThrough = new Map<string, string[]>();
  for (const source of content.sources) {
    push(publications, source.publisher, source.id);
    const chain = [source.id];
    for (let via = source.via; via && !chain.includes(via); via = sources.get(via)?.via) {
      chain.push(via);
      push(knownThrough, via, source.id);
    }
  }
  const verbs = model.vocabularies.claimKinds.terms.map((t) => t.verb ?? t.label);
  const list = message('lint.attributionWords');
  return {
    attribution: [...phrases(list), ...verbs.flatMap((verb) => phrases(verb))],
    example: (list.split('|')[0] ?? '').replace(/\*$/, '').trim() || (verbs[0] ?? ''),
    common: new Set(tokens(message('lint.commonWords').replace(/\|/g, ' '))),
    numberWords: message('lint.numberWords').split('|').map((forms) => phrases(forms.replace(/,/g, '|'))),
    months: monthWords(model.config.language),
    actors: new Map(content.actors.map((a) => [a.id, a.data])),
    sources,
    names,
    children,
    publications,
    knownThrough,
    kinOf: new Map(),
    fittingOf: new Map(),
  };
}

interface Sentence {
  text: string;
  tokens: Token[];
  /** Folded tokens. */
  words: string[];
  /** The same tokens in their own case. */
  cased: string[];
}

// A paragraph is read once for each of its entry's figures: cut it into sentences once.
const sentenceCache = new Map<string, Sentence[]>();
function sentencesOf(text: string): Sentence[] {
  let found = sentenceCache.get(text);
  if (!found) {
    found = sentences(text).map((sentence) => {
      const cut = tokenize(sentence);
      return { text: sentence, tokens: cut, words: cut.map((t) => t.word), cased: cut.map((t) => t.cased) };
    });
    if (sentenceCache.size > 10_000) sentenceCache.clear();
    sentenceCache.set(text, found);
  }
  return found;
}

/** The actors a sentence names: who, where the name starts and ends. */
function namedIn(sentence: Sentence, r: Reading): { actor: string; start: number; end: number }[] {
  const found: { actor: string; start: number; end: number }[] = [];
  sentence.words.forEach((word, at) => {
    const keys = [word, `~${[...word].slice(0, 5).join('')}`, `=${sentence.cased[at]}`];
    for (const key of keys) {
      for (const { actor, name } of r.names.get(key) ?? []) {
        if (phraseAt(name.acronym ? sentence.cased : sentence.words, name.phrase, at)) found.push({ actor, start: at, end: at + name.phrase.words.length });
      }
    }
  });
  return found;
}

/** Where an attribution phrase is in a sentence: its start and end, or undefined. */
function attributionIn(words: readonly string[], r: Reading): { start: number; end: number; phrase: Phrase }[] {
  const found: { start: number; end: number; phrase: Phrase }[] = [];
  for (const phrase of r.attribution) {
    for (let at = findPhrase(words, phrase); at >= 0; at = findPhrase(words, phrase, at + 1)) {
      found.push({ start: at, end: at + phrase.words.length, phrase });
    }
  }
  return found;
}

// Numbers as the site's language and English write them; one formatter per language.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: string): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 20 });
    numberFormats.set(language, format);
  }
  return format;
}

/** One way a text may give a figure: phrases that must all be in the sentence. */
type FigureForm = { phrase: Phrase; number: boolean }[];

/**
 * The ways a text gives a figure: its wording, its count in figures or in words, a range's two
 * bounds together, a single bound. A bound alone is not a range: "35" is not "between 9 and 35".
 */
function figureForms(figure: Figure, r: Reading, language: string, inWords: boolean): FigureForm[] {
  const written = (value: number): { phrase: Phrase; number: boolean }[] =>
    [...new Set([String(value), numberFormat(language).format(value), numberFormat('en').format(value)])]
      .map((text) => ({ phrase: { words: tokens(text), prefix: false }, number: true }))
      .filter((f) => f.phrase.words.length > 0);
  const forms: FigureForm[] = [];
  if (figure.wording && tokens(figure.wording).length > 0) forms.push([{ phrase: { words: tokens(figure.wording), prefix: false }, number: false }]);
  const { count, min, max } = figure;
  if (count !== undefined) {
    for (const form of written(count)) forms.push([form]);
    // In words from two on: "one source", "один из", "none of" are ordinary words.
    if (inWords && Number.isInteger(count) && count >= 2) for (const phrase of r.numberWords[count] ?? []) forms.push([{ phrase, number: false }]);
  } else if (min !== undefined && max !== undefined) {
    for (const low of written(min)) for (const high of written(max)) forms.push([low, high]);
  } else {
    for (const form of written((min ?? max)!)) forms.push([form]);
  }
  return forms;
}

/** Whether a phrase is in a sentence; a number beside a month's name is a date, not a figure. */
function holds(words: readonly string[], { phrase, number }: { phrase: Phrase; number: boolean }, r: Reading): boolean {
  for (let at = findPhrase(words, phrase); at >= 0; at = findPhrase(words, phrase, at + 1)) {
    const before = words[at - 1];
    const after = words[at + phrase.words.length];
    if (number && ((before && r.months.has(before)) || (after && r.months.has(after)))) continue;
    return true;
  }
  return false;
}

/** Whether a sentence gives the figure in one of its forms. */
function givesFigure(words: readonly string[], forms: FigureForm[], r: Reading): boolean {
  return forms.some((form) => form.every((part) => holds(words, part, r)));
}

/** Whose a figure or claim is, in the site's words: the actor, or the publisher of the source. */
function tellerName(id: string, r: Reading): string {
  const actor = r.actors.get(id);
  if (actor) return actor.shortName ?? actor.name;
  const source = r.sources.get(id);
  if (source) return tellerName(source.publisher, r);
  return id;
}

/** The things a text may not state as fact: figures and claims, each with where it is written. */
interface Told {
  /** "figures[0]", or "figures[0] of events/x" when the text is not the event's own. */
  label: string;
  figure?: {
    forms: FigureForm[];
    /**
     * For a text that is not the event's own, the words of the figure's type (its label and
     * unit), one of which the sentence must hold too: "3 countries" in a site's description
     * is not an event's "3 killed".
     */
    context?: Set<string>;
    text: string;
    according: string;
  };
  claim?: { words: Set<string>; by: string; text: string };
}

/** The meaningful words of a figure's type: its label, plural and unit. */
function typeWords(figure: Figure, r: Reading, model: SiteModel): Set<string> {
  const term = model.vocabularies.figureTypes.term(figure.type);
  return meaningful(tokens([term.label, term.plural, term.unit ?? ''].join(' ')), r.common);
}

function toldIn(event: { id: string; data: EventData }, own: boolean, r: Reading, model: SiteModel): Told[] {
  const where = (path: string) => (own ? path : `${path} of events/${event.id}`);
  return [
    ...event.data.figures.map((figure, i) => ({
      label: where(`figures[${i}]`),
      figure: {
        forms: figureForms(figure, r, model.config.language, own),
        context: own ? undefined : typeWords(figure, r, model),
        text: formatFigure(figure, model.vocabularies.figureTypes, model.i18n),
        according: figure.according,
      },
    })),
    ...event.data.claims.map((claim: Claim, i) => ({
      label: where(`claims[${i}]`),
      claim: { words: meaningful(tokens(claim.text), r.common), by: claim.by, text: claim.text },
    })),
  ];
}

const quote = (text: string) => {
  const chars = [...text];
  if (chars.length <= 60) return text;
  const cut = chars.slice(0, 60).join('');
  return `${cut.slice(0, cut.lastIndexOf(' ') > 30 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.]+$/u, '')}…`;
};

/** "a", "a and b", "a, b and c", for a message in English like every message of check. */
const and = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * Rule 1: a summary that states a figure or a claim in a sentence without attribution. One
 * warning per sentence, naming everything it states and whose each is.
 */
function unattributed(where: LocatedData, path: PropertyKey[], text: string, told: Told[], r: Reading): Finding[] {
  const findings: Finding[] = [];
  const field = String(path.at(-1));
  const reported = new Set<string>();
  for (const sentence of sentencesOf(text)) {
    if (attributionIn(sentence.words, r).length > 0) continue;
    const words = meaningful(sentence.words, r.common);
    const stated: { what: string; teller: string }[] = [];
    for (const item of told) {
      if (reported.has(item.label)) continue;
      if (item.figure && givesFigure(sentence.words, item.figure.forms, r) && (!item.figure.context || overlap(item.figure.context, words) > 0)) {
        const teller = tellerName(item.figure.according, r);
        stated.push({ what: `the figure '${item.figure.text}' (${item.label}, ${teller}'s)`, teller });
      } else if (item.claim && item.claim.words.size >= CLAIM_MIN_WORDS && overlap(item.claim.words, words) >= CLAIM_OVERLAP) {
        const teller = tellerName(item.claim.by, r);
        stated.push({ what: `the claim "${quote(item.claim.text)}" (${item.label}, ${teller}'s)`, teller });
      } else continue;
      reported.add(item.label);
    }
    if (stated.length === 0) continue;
    findings.push({ where, path, message: `the ${field} states as fact ${and(stated.map((s) => s.what))}: say who tells it in the same sentence, e.g. "${r.example} ${stated[0]!.teller}"` });
  }
  return findings;
}

/** An actor and everyone above and below it: a spokesman speaks for his government, and it for him. */
function kin(id: string, r: Reading): Set<string> {
  let found = r.kinOf.get(id);
  if (found) return found;
  found = new Set<string>([id]);
  for (let parent = r.actors.get(id)?.parent; parent && !found.has(parent); parent = r.actors.get(parent)?.parent) found.add(parent);
  const below = [id];
  while (below.length > 0) {
    for (const child of r.children.get(below.pop()!) ?? []) {
      if (!found.has(child)) {
        found.add(child);
        below.push(child);
      }
    }
  }
  r.kinOf.set(id, found);
  return found;
}

/** A source and the sources it is known through (`via`), in order. */
function viaChain(id: string, r: Reading): string[] {
  const chain = [id];
  for (let via = r.sources.get(id)?.via; via && !chain.includes(via); via = r.sources.get(via)?.via) chain.push(via);
  return chain;
}

/** The actors a figure's `according` stands for: the actor, or the source's publisher, with kin. */
function party(according: string, r: Reading): Set<string> {
  const found = new Set<string>();
  const add = (actor: string) => { for (const k of kin(actor, r)) found.add(k); };
  if (r.actors.has(according)) add(according);
  for (const source of r.sources.has(according) ? viaChain(according, r) : []) {
    const publisher = r.sources.get(source)!.publisher;
    if (r.actors.has(publisher)) add(publisher);
  }
  return found;
}

/**
 * The sources a paragraph may cite for a figure: the figure's source and those it is known
 * through or that are known through it; for an actor's figure, what the actor (or its kin)
 * publishes and what that is known through. Empty when the site holds nothing to compare.
 */
function fitting(according: string, r: Reading): Set<string> {
  let found = r.fittingOf.get(according);
  if (found) return found;
  found = new Set<string>();
  const roots = r.sources.has(according) ? [according] : [...kin(according, r)].flatMap((actor) => r.publications.get(actor) ?? []);
  for (const root of roots) {
    for (const id of viaChain(root, r)) found.add(id);
    for (const id of r.knownThrough.get(root) ?? []) found.add(id);
  }
  r.fittingOf.set(according, found);
  return found;
}

/** The actors a sentence names within a few words of an attribution phrase: who tells it. */
const TELLER_DISTANCE = 4;
function tellers(sentence: Sentence, r: Reading): { actor: string; phrase: string }[] {
  const marks = attributionIn(sentence.words, r);
  if (marks.length === 0) return [];
  const found: { actor: string; phrase: string }[] = [];
  for (const { actor, start, end } of namedIn(sentence, r)) {
    if (found.some((f) => f.actor === actor)) continue;
    const near = marks.find((m) => (m.start >= end && m.start - end <= TELLER_DISTANCE) || (start >= m.end && start - m.end <= TELLER_DISTANCE));
    if (!near) continue;
    const span = sentence.text.slice(sentence.tokens[Math.min(start, near.start)]!.start, sentence.tokens[Math.max(end, near.end) - 1]!.end);
    found.push({ actor, phrase: span });
  }
  return found;
}

/** Rule 2: a figure whose paragraph cites another source or names another teller. */
function disagreeing(entry: RawEntry, event: EventData, r: Reading, model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  const body = paragraphs(entry.body);
  event.figures.forEach((figure, index) => {
    const forms = figureForms(figure, r, model.config.language, true);
    const text = formatFigure(figure, model.vocabularies.figureTypes, model.i18n);
    const who = party(figure.according, r);
    const fits = fitting(figure.according, r);
    for (const paragraph of body) {
      const sentences = sentencesOf(paragraph.text);
      const holding = sentences.filter((s) => givesFigure(s.words, forms, r));
      if (holding.length === 0) continue;
      const line = paragraph.line + entry.bodyLine - 1;
      const path = ['figures', index, 'according'];
      const cited = paragraph.cites.length > 0 ? paragraph.cites : event.sources;
      if (fits.size > 0 && !cited.some((id) => fits.has(id))) {
        const list = [...new Set(cited)].map((id) => `'${id}'`).join(', ');
        findings.push({ where: entry, path, message: `the figure '${text}' is ${tellerName(figure.according, r)}'s ('according: ${figure.according}'), but the paragraph at line ${line} that gives it cites ${list}${paragraph.cites.length > 0 ? '' : " (the entry's 'sources')"}: make 'according' and the prose's citation name the same source` });
        return;
      }
      // The sentence's own teller, else the paragraph's: "X said … . The figure is Y's."
      const own = holding.flatMap((s) => tellers(s, r));
      const told = own.length > 0 ? own : sentences.flatMap((s) => tellers(s, r));
      if (who.size > 0 && told.length > 0 && !told.some((t) => who.has(t.actor))) {
        const other = told[0]!;
        findings.push({ where: entry, path, message: `the figure '${text}' is ${tellerName(figure.according, r)}'s ('according: ${figure.according}'), but the paragraph at line ${line} that gives it tells it as ${tellerName(other.actor, r)}'s ("${other.phrase}"): make 'according' and the prose name the same teller` });
        return;
      }
    }
  });
  return findings;
}

/** Rule 3: a first paragraph that says the summary again. */
function repeated(entry: RawEntry, summary: string, r: Reading): Finding[] {
  const first: Paragraph | undefined = paragraphs(entry.body)[0];
  if (!first) return [];
  const mine = meaningful(tokens(summary), r.common);
  const share = overlap(mine, meaningful(tokens(first.text), r.common));
  if (mine.size < CLAIM_MIN_WORDS || share < REPEAT_OVERLAP) return [];
  const line = first.line + entry.bodyLine - 1;
  return [{ where: entry, path: ['summary'], message: `the body's first paragraph (line ${line}) repeats ${Math.round(share * 100)}% of the summary's words: say each thing once: the standfirst is shown above the body` }];
}

/**
 * The attribution warnings of a site. `entryOf` finds the raw file of `collection/id`; `site`
 * is site.yaml, whose description is checked like a summary.
 */
export function attributionFindings(content: ValidContent, entryOf: (key: string) => RawEntry | undefined, site?: LocatedData): Finding[] {
  const model = content.model;
  // A site whose catalogue lacks messages has errors that name each one; its figures cannot be
  // written, nor its attribution words read, until they are given.
  if (model.catalogue.missing.length > 0) return [];
  const r = reading(content, model);
  const findings: Finding[] = [];
  // What each event attributes, as its own summary reads it and as any other text does.
  const own = new Map(content.events.map((e) => [e.id, toldIn(e, true, r, model)]));
  const other = new Map(content.events.map((e) => [e.id, toldIn(e, false, r, model)]));
  const everything = [...other.values()].flat();
  const eventsOf = new Map<string, string[]>();
  for (const event of content.events) {
    for (const actor of new Set([...event.data.actors.map((a) => a.actor), ...event.data.claims.map((c) => c.by)])) push(eventsOf, actor, event.id);
  }
  for (const event of content.events) {
    const entry = entryOf(`events/${event.id}`);
    if (!entry) continue;
    findings.push(...unattributed(entry, ['summary'], event.data.summary, own.get(event.id)!, r));
    findings.push(...disagreeing(entry, event.data, r, model));
    findings.push(...repeated(entry, event.data.summary, r));
  }
  for (const actor of content.actors) {
    const entry = entryOf(`actors/${actor.id}`);
    if (!entry) continue;
    // An actor's summary may state what the events it is part of attribute.
    findings.push(...unattributed(entry, ['summary'], actor.data.summary, (eventsOf.get(actor.id) ?? []).flatMap((id) => other.get(id)!), r));
    findings.push(...repeated(entry, actor.data.summary, r));
  }
  for (const page of content.pages) {
    const entry = entryOf(`pages/${page.id}`);
    if (entry) findings.push(...unattributed(entry, ['summary'], page.data.summary, everything, r));
  }
  if (site && content.site) findings.push(...unattributed(site, ['description'], content.site.description, everything, r));
  return findings;
}
