/**
 * A JSON Schema for CSL-JSON items, written from the CSL 1.0.2 specification (item types,
 * and the variables of its appendix IV with their kinds: name, date, number, standard).
 * The CSL project's own `csl-data.json` is not published on npm, and the build must not
 * fetch it, so the tests carry this strict version: unknown variables are errors.
 */
const TYPES = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter',
  'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event',
  'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture',
  'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication',
  'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard',
  'thesis', 'treaty', 'webpage',
];
const NAMES = [
  'author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor', 'curator',
  'director', 'editor', 'editorial-director', 'editor-translator', 'executive-producer', 'guest', 'host',
  'illustrator', 'interviewer', 'narrator', 'organizer', 'original-author', 'performer', 'producer', 'recipient',
  'reviewed-author', 'script-writer', 'series-creator', 'translator',
];
const DATES = ['accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted'];
const NUMBERS = [
  'chapter-number', 'citation-number', 'collection-number', 'edition', 'first-reference-note-number', 'issue',
  'locator', 'number', 'number-of-pages', 'number-of-volumes', 'page', 'page-first', 'part-number',
  'printing-number', 'section', 'supplement-number', 'version', 'volume',
];
const STANDARD = [
  'abstract', 'annote', 'archive', 'archive_collection', 'archive_location', 'archive-place', 'authority',
  'call-number', 'citation-key', 'citation-label', 'collection-title', 'container-title', 'container-title-short',
  'dimensions', 'division', 'DOI', 'event', 'event-title', 'event-place', 'genre', 'ISBN', 'ISSN', 'jurisdiction',
  'keyword', 'language', 'license', 'medium', 'note', 'original-publisher', 'original-publisher-place',
  'original-title', 'part-title', 'PMCID', 'PMID', 'publisher', 'publisher-place', 'references', 'reviewed-genre',
  'reviewed-title', 'scale', 'source', 'status', 'title', 'title-short', 'URL', 'volume-title', 'year-suffix',
];

const nameVariable = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...Object.fromEntries(['family', 'given', 'dropping-particle', 'non-dropping-particle', 'suffix', 'literal'].map((k) => [k, { type: 'string' }])),
      ...Object.fromEntries(['comma-suffix', 'static-ordering', 'parse-names'].map((k) => [k, { type: ['string', 'number', 'boolean'] }])),
    },
    anyOf: [{ required: ['family'] }, { required: ['literal'] }, { required: ['given'] }],
  },
};
const datePart = { type: ['string', 'number'] };
const dateVariable = {
  type: 'object',
  additionalProperties: false,
  properties: {
    'date-parts': { type: 'array', minItems: 1, maxItems: 2, items: { type: 'array', minItems: 1, maxItems: 3, items: datePart } },
    season: { type: ['string', 'number'] },
    circa: { type: ['string', 'number', 'boolean'] },
    literal: { type: 'string' },
    raw: { type: 'string' },
  },
  anyOf: [{ required: ['date-parts'] }, { required: ['literal'] }, { required: ['raw'] }],
};

/** The schema of a CSL-JSON document: an array of items. */
export const cslDataSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type'],
    properties: {
      id: { type: ['string', 'number'] },
      type: { enum: TYPES },
      categories: { type: 'array', items: { type: 'string' } },
      custom: { type: 'object' },
      ...Object.fromEntries(NAMES.map((n) => [n, nameVariable])),
      ...Object.fromEntries(DATES.map((n) => [n, dateVariable])),
      ...Object.fromEntries(NUMBERS.map((n) => [n, { type: ['string', 'number'] }])),
      ...Object.fromEntries(STANDARD.map((n) => [n, { type: 'string' }])),
    },
  },
};
