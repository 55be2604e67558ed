/**
 * The site's vocabularies: the closed lists of codes that content may use (event kinds,
 * actor kinds, roles, relation types, source kinds, figure types, claim kinds), each code
 * with the words readers see. A site declares them in `site.yaml`; the generator's own
 * lists below are the default that a site extends (its values added to, or relabelling,
 * these) or replaces. Everything downstream (schemas, validation hints, JSON Schemas, the
 * scaffolder, labels, lanes, filters, open data) reads the resolved vocabularies and keeps
 * no list of its own.
 *
 * The default codes carry only a description for editors; their labels come from the
 * interface catalogue of the site's language (`vocabulary.<name>.<code>.*`), so a Russian
 * site using the defaults reads Russian labels.
 */
import type { Catalogue, MessageKey } from '../i18n/catalogue.ts';

export const VOCABULARY_NAMES = ['actorKinds', 'eventKinds', 'roles', 'relationTypes', 'sourceKinds', 'figureTypes', 'claimKinds'] as const;
export type VocabularyName = (typeof VOCABULARY_NAMES)[number];

/** One code of a vocabulary, with the words readers see. */
export interface Term {
  code: string;
  /** Singular label: "Attack", "Armed group", "perpetrator", "killed". */
  label: string;
  /** Plural label, for headings of groups: "Armed groups". Falls back to the label. */
  plural: string;
  /** What the code means, for editors (JSON Schema hovers, the scaffolder's comments). */
  description: string;
  /** relationTypes: the relation read from the other end ("includes" for part-of). */
  inverse?: string;
  /** figureTypes: the unit written after the number ("kg"), if any. */
  unit?: string;
  /** claimKinds: the verb that introduces the claim ("claimed", "said", "announced"). */
  verb?: string;
  /** actorKinds: the schema.org type of an actor of this kind, for search engines. */
  schemaType?: SchemaOrgActorType;
  /**
   * roles: whether an actor in this role is the one the event is attributed to (it carried
   * it out, claimed it, announced it as its own). Lanes by actor follow only these roles, so
   * an event that no source pins on anyone is not drawn as somebody's.
   */
  attributes?: boolean;
  /**
   * sourceKinds: one source of this kind as a noun phrase, with its article where the
   * language has one ("a news report", "an official statement"), so that a source reads as
   * "a news report by <publisher>, <date>". Empty for a default kind the catalogue gives no
   * noun (`other`): such a source is named by its publisher and date alone. Left undefined (a
   * site's own kind, or a relabelled one, without a noun), the source is named with the label.
   */
  noun?: string;
}

/** The schema.org types an actor kind may declare (the JSON-LD of actor pages uses them). */
export const SCHEMA_ORG_ACTOR_TYPES = ['Person', 'Organization', 'GovernmentOrganization', 'NewsMediaOrganization', 'Thing'] as const;
export type SchemaOrgActorType = (typeof SCHEMA_ORG_ACTOR_TYPES)[number];

/** The schema.org types of the default actor kinds; any other kind is an Organization unless it says otherwise. */
const DEFAULT_SCHEMA_TYPES: Partial<Record<DefaultCode<'actorKinds'>, SchemaOrgActorType>> = { person: 'Person', government: 'GovernmentOrganization', agency: 'GovernmentOrganization' };

/** The default roles that attribute an event to the actor (see `Term.attributes`). */
const DEFAULT_ATTRIBUTING_ROLES: ReadonlySet<string> = new Set<DefaultCode<'roles'>>(['perpetrator', 'claimed-responsibility', 'announced', 'issued']);

export interface Vocabulary {
  name: VocabularyName;
  /** Terms in the order declared: lists, lanes and legends follow it. */
  terms: Term[];
  codes: string[];
  /** The term of a code; a code not in the vocabulary is a validation error before this runs. */
  term(code: string): Term;
  has(code: string): boolean;
}

export type Vocabularies = Record<VocabularyName, Vocabulary>;

/** What a site may write for one code in `site.yaml`. */
export interface TermSetting {
  label?: string;
  plural?: string;
  description?: string;
  inverse?: string;
  unit?: string;
  verb?: string;
  attributes?: boolean;
  /** One of SCHEMA_ORG_ACTOR_TYPES (the schema of site.yaml allows no other). */
  schemaType?: string;
  noun?: string;
}

export interface VocabularySetting {
  /** true: only the site's values; false (the default): the defaults, then the site's. */
  replace?: boolean;
  values?: Record<string, TermSetting>;
}

export type VocabularySettings = Partial<Record<VocabularyName, VocabularySetting>>;

/** The generator's default vocabularies: codes and what they mean, in the order lists show them. */
export const DEFAULT_VOCABULARIES = {
  actorKinds: {
    'armed-group': 'An organised armed group, insurgency or militia.',
    government: 'A state\'s government, or the authority in control of a state.',
    agency: 'A ministry, security service or other body of a government.',
    person: 'One named person.',
    'international-body': 'An intergovernmental body (a UN organ, an alliance).',
    'media-outlet': 'A news organisation.',
    publication: 'A periodical, channel or other publication.',
    population: 'A people or community.',
  },
  eventKinds: {
    attack: 'An attack, claimed or reported.',
    raid: 'A raid or security operation.',
    killing: 'A killing of named people.',
    arrest: 'An arrest or detention.',
    statement: 'A public statement.',
    report: 'The publication of a report.',
    policy: 'A decision or change of policy.',
    other: 'Anything no other kind describes.',
  },
  // Each label says exactly what the sources say of the actor, so that a reader cannot take
  // "made a claim about it" for "claimed responsibility", nor "named in it" for "harmed by it".
  roles: {
    perpetrator: 'Carried the event out (with `according`, whose account that is).',
    'claimed-responsibility': 'Claimed responsibility: said that it carried the event out.',
    announced: 'Announced the event as its own act or decision: the operation it says it ran, the position it says it takes.',
    issued: 'Issued the statement or report that the event is.',
    'made-claim': 'Said something about the event without claiming responsibility for it (who trained the attacker, who was behind it).',
    reporter: 'Reported the event from outside, as a news outlet or observer.',
    target: 'Was what the event was aimed at, as the sources say.',
    victim: 'Was killed, hurt or otherwise harmed by the event, as the sources say.',
    subject: 'Is named in the event or in what is said about it, with no part in it said.',
    participant: 'Took part in a way no other role says.',
  },
  relationTypes: {
    ally: 'Allied with the other actor.',
    affiliate: 'An affiliate of the other actor.',
    rival: 'A rival of the other actor.',
    'member-of': 'A member of the other actor.',
    opposes: 'Opposes the other actor.',
    'part-of': 'Part of the other actor.',
  },
  sourceKinds: {
    'news-report': 'A news report.',
    'official-statement': 'A statement by an official or a government.',
    'social-media-post': 'A post on social media.',
    'un-report': 'A report of a UN body.',
    magazine: 'A magazine or periodical issue.',
    other: 'Any other kind of source.',
  },
  figureTypes: {
    killed: 'People killed.',
    wounded: 'People wounded.',
    detained: 'People detained.',
    captured: 'People captured.',
  },
  claimKinds: {
    claim: 'A claim: what someone says happened or is true.',
    statement: 'Something someone said.',
    announcement: 'A formal announcement.',
  },
} as const satisfies Record<VocabularyName, Record<string, string>>;

/** A code of the generator's default vocabulary `N`. */
export type DefaultCode<N extends VocabularyName> = keyof (typeof DEFAULT_VOCABULARIES)[N] & string;

/**
 * The words the catalogue gives each default code of a vocabulary, besides which a source
 * kind may have a noun (the default `other` has none, on purpose).
 */
interface DefaultWords {
  actorKinds: 'label' | 'plural';
  eventKinds: 'label' | 'plural';
  roles: 'label' | 'plural';
  relationTypes: 'label' | 'inverse';
  sourceKinds: 'label' | 'plural';
  figureTypes: 'label';
  claimKinds: 'label' | 'verb';
}
type DefaultWordKey = { [N in VocabularyName]: `vocabulary.${N}.${DefaultCode<N>}.${DefaultWords[N]}` }[VocabularyName];
type Given<Missing> = [Missing] extends [never] ? true : Missing;
type AllGiven<T extends true> = T;
/**
 * The catalogue labels every default code: the lookup below falls back to the code itself
 * (a site's catalogue may lack a word), so a default code added without its words in
 * English's catalogue fails the type check here, naming the missing key, instead of
 * showing "armed-group" to readers. Other languages are held to English's keys (`AreaOf`).
 */
export type DefaultWordsGiven = AllGiven<Given<Exclude<DefaultWordKey, MessageKey>>>;

function vocabulary(name: VocabularyName, terms: Term[]): Vocabulary {
  const byCode = new Map(terms.map((t) => [t.code, t]));
  return {
    name,
    terms,
    codes: terms.map((t) => t.code),
    has: (code) => byCode.has(code),
    term: (code) => {
      const term = byCode.get(code);
      if (!term) throw new Error(`'${code}' is not in the ${name} vocabulary (${[...byCode.keys()].join(', ')})`);
      return term;
    },
  };
}

/**
 * The site's vocabularies: the defaults (labelled from the catalogue) extended or replaced
 * by `settings`. A site's own code without a label is labelled with its code, so that
 * nothing is lost; the schema of `site.yaml` asks for a label, so validation reports it.
 */
export function resolveVocabularies(settings: VocabularySettings, catalogue: Catalogue): Vocabularies {
  const out = {} as Vocabularies;
  for (const name of VOCABULARY_NAMES) {
    const setting = settings[name] ?? {};
    const terms = new Map<string, Term>();
    if (!setting.replace) {
      for (const [code, description] of Object.entries(DEFAULT_VOCABULARIES[name])) {
        const word = (field: string) => catalogue.message(`vocabulary.${name}.${code}.${field}`);
        const term: Term = { code, label: word('label') ?? code, plural: word('plural') ?? word('label') ?? code, description };
        if (name === 'relationTypes') term.inverse = word('inverse') ?? term.label;
        if (name === 'claimKinds') term.verb = word('verb') ?? term.label;
        if (name === 'actorKinds') term.schemaType = DEFAULT_SCHEMA_TYPES[code as DefaultCode<'actorKinds'>] ?? 'Organization';
        if (name === 'roles') term.attributes = DEFAULT_ATTRIBUTING_ROLES.has(code);
        // "Fixture Group, other, 2022" says nothing: a default kind without a noun is left unsaid.
        if (name === 'sourceKinds') term.noun = word('noun') ?? '';
        terms.set(code, term);
      }
    }
    for (const [code, value] of Object.entries(setting.values ?? {})) {
      const earlier = terms.get(code);
      const label = value.label ?? earlier?.label ?? code;
      const term: Term = {
        code,
        label,
        plural: value.plural ?? (value.label ? undefined : earlier?.plural) ?? label,
        description: value.description ?? earlier?.description ?? label,
      };
      if (name === 'relationTypes') term.inverse = value.inverse ?? (value.label ? undefined : earlier?.inverse) ?? label;
      if (name === 'figureTypes' && (value.unit ?? earlier?.unit)) term.unit = value.unit ?? earlier?.unit;
      if (name === 'claimKinds') term.verb = value.verb ?? earlier?.verb ?? label;
      if (name === 'actorKinds') term.schemaType = (value.schemaType as SchemaOrgActorType | undefined) ?? earlier?.schemaType ?? 'Organization';
      if (name === 'roles') term.attributes = value.attributes ?? earlier?.attributes ?? false;
      // A new label makes the default's noun wrong ("a news report" for what is now a "bulletin").
      if (name === 'sourceKinds') {
        const noun = value.noun ?? (value.label ? undefined : earlier?.noun);
        if (noun) term.noun = noun;
      }
      terms.set(code, term);
    }
    out[name] = vocabulary(name, [...terms.values()]);
  }
  return out;
}
