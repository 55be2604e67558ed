/** Words for the content model's codes, as readers see them. */

export const ACTOR_KIND_LABELS: Record<string, { one: string; many: string }> = {
  'armed-group': { one: 'Armed group', many: 'Armed groups' },
  government: { one: 'Government', many: 'Governments' },
  agency: { one: 'Agency', many: 'Agencies' },
  person: { one: 'Person', many: 'People' },
  'international-body': { one: 'International body', many: 'International bodies' },
  'media-outlet': { one: 'Media outlet', many: 'Media outlets' },
  publication: { one: 'Publication', many: 'Publications' },
  population: { one: 'Population', many: 'Populations' },
};

export const EVENT_KIND_LABELS: Record<string, string> = {
  attack: 'Attack', raid: 'Raid', killing: 'Killing', arrest: 'Arrest',
  statement: 'Statement', report: 'Report', policy: 'Policy', other: 'Other',
};

export const ROLE_LABELS: Record<string, string> = {
  perpetrator: 'perpetrator', target: 'target', claimant: 'claimant', reporter: 'reporter',
  subject: 'subject', victim: 'victim', participant: 'participant',
};

export const RELATION_LABELS: Record<string, { out: string; in: string }> = {
  ally: { out: 'ally of', in: 'ally of' },
  affiliate: { out: 'affiliate of', in: 'has as affiliate' },
  rival: { out: 'rival of', in: 'rival of' },
  'member-of': { out: 'member of', in: 'has as member' },
  opposes: { out: 'opposes', in: 'opposed by' },
  'part-of': { out: 'part of', in: 'includes' },
};

export const SOURCE_KIND_LABELS: Record<string, string> = {
  'news-report': 'news report', 'official-statement': 'official statement',
  'social-media-post': 'social media post', 'un-report': 'UN report', magazine: 'magazine', other: 'other',
};

export const PRECISION_LABELS: Record<number, string> = {
  1: 'the town itself',
  2: 'near the town, or part of the district',
  3: 'the region only',
};

// Intl formatters are costly to create (a 2,500-page build spent seconds building the same
// ones per page): each is made once per process.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Afghanistan" for "AF"; the code itself if the runtime does not know it. */
export function countryName(code: string): string {
  return regionNames.of(code) ?? code;
}

/** A calendar day in UTC as readers write it: "26 November 2026". */
export function dayLabel(date: Date): string {
  return dayFormat.format(date);
}
