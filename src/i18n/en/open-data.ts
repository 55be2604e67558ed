/**
 * English: what each column of events.csv holds (src/lib/render/open-data.ts; the Data page prints
 * them). {kinds} and {roles} list the site's codes with their labels.
 */
export default {
  'openData.column.id': 'The event\'s id: its date\'s lower bound and a slug. Also its address: `/events/<id>/`.',
  'openData.column.title': 'Headline-style title.',
  'openData.column.date': 'The date as an EDTF string (Library of Congress Extended Date/Time Format), exactly as precise as the sources.',
  'openData.column.date_min': 'The earliest day the date can mean (ISO 8601, YYYY-MM-DD).',
  'openData.column.date_max': 'The latest day the date can mean (ISO 8601, YYYY-MM-DD).',
  'openData.column.precision': 'How precise the date is: `day`, `month`, `season`, `year`, `interval` (two ends: see date_kind) or `other`.',
  'openData.column.date_kind': 'What the two bounds mean: `point` (one day, month, season or year), `lasted` (it lasted from date_min to date_max) or `within` (it happened once, at a time known only to lie between date_min and date_max: not a duration).',
  'openData.column.date_inferred': 'Which part of the date the editors inferred because the sources do not give it: `year`, `date` (the whole date), or empty when the sources give it all.',
  'openData.column.kind': '{kinds}.',
  'openData.column.location_name': 'Place name as written in the sources; empty when no place is given.',
  'openData.column.admin1': 'First-level administrative division (a province or state).',
  'openData.column.admin2': 'Second-level administrative division (a district or county).',
  'openData.column.country': 'Two-letter country code (ISO 3166-1 alpha-2, or a former code such as SU); empty at sea, off Earth or when none is given.',
  'openData.column.body': 'The celestial body of a place not on Earth ("the Moon"); empty on Earth. Where it is given, lat and lon are on that body, not on Earth.',
  'openData.column.lat': 'Latitude in decimal degrees (WGS 84); empty when unknown.',
  'openData.column.lon': 'Longitude in decimal degrees (WGS 84); empty when unknown.',
  'openData.column.geo_precision': 'ACLED geo precision: 1 the named place itself, 2 near it or somewhere in its area, 3 only the wider area.',
  'openData.column.actors': 'Actors with their roles, "actor-id:role", separated by semicolons (an actor with two roles appears twice); a role given on someone\'s account adds whose, "actor-id:role:actor-or-source-id". Roles: {roles}.',
  'openData.column.figure': 'Figures of {label}{hasUnit, select, yes { in {unit}} other {}}: "number:whose" (an actor or source id), separated by semicolons; number: 3, 2..4, 51.. (at least) or ..20 (up to).',
  'openData.column.figureAgain': 'As {first}, for {label}{hasUnit, select, yes { in {unit}} other {}}.',
  'openData.column.source_ids': 'Ids of the sources that report the event, separated by semicolons (see `sources.json`).',
  'openData.column.url': 'The event\'s page.',
  'openData.title.events': '{site}: events',
  'openData.title.eventsOfYear': '{site}: events of {year}',
  'openData.title.actors': '{site}: actors',
  'openData.title.sources': '{site}: sources',
  'openData.feedRights': 'Text under {license}',
  'openData.feedSummary': '{date}. {summary}',
} as const satisfies Record<string, string>;
