/** English: the list pages (events by year, actors by letter, sources by kind, relations by type) and their pagination. */
export default {
  'lists.pages': 'Pages of this list',
  'lists.previous': 'Previous page',
  'lists.next': 'Next page',
  'lists.pageTitle': '{title}, page {page, number} of {pages, number}',
  'lists.noLetter': 'Other',
  'lists.events': '{count, plural, one {# event} other {# events}}',
  'lists.actors': '{count, plural, one {# actor} other {# actors}}',
  'lists.sources': '{count, plural, one {# source} other {# sources}}',
  'lists.relations': '{count, plural, one {# relation} other {# relations}}',

  'event.years.heading': 'Events by year',
  'event.year.title': 'Events of {year}',
  'event.year.description': '{count, plural, one {The one event of {year}, dated as precisely as its source allows.} other {The # events of {year} in date order, each dated as precisely as its source allows.}}',
  'event.year.back': 'Every year',

  'actor.eventsPage.title': 'Events involving {name}',
  'actor.eventsPage.description': '{count, plural, one {The one event involving {name}, with its role in it.} other {The # events involving {name} in date order, with its role in each.}}',
  'actor.eventsPage.back': 'The page of {name}',
  'actor.eventsShown': 'The first {shown, number} of {count, number} events, in date order; the others follow on the next pages.',

  'actor.letters.heading': 'Actors by the first letter of their name',
  'actor.letter.title': 'Actors: {letter}',
  'actor.letter.description': '{count, plural, one {The one actor listed under {letter}, with its kind and summary.} other {The # actors listed under {letter}, with their kinds and summaries.}}',
  'actor.letter.back': 'Every letter',

  'source.kinds.heading': 'Sources by kind',
  'source.kind.title': 'Sources: {kind}',
  'source.kind.description': '{count, plural, one {The one source of this kind, how it is known, and the pages that cite it.} other {The # sources of this kind, how each is known, and the pages that cite it.}}',
  'source.kind.back': 'Every kind of source',
  'source.citedByMore': '{count, plural, one {and # more page} other {and # more pages}}',

  'relations.mostConnected': 'The network draws the {shown, number} most connected of {total, plural, one {# actor} other {# actors}} and the relations between them; every relation is listed by type below.',
  'relations.shownCaption': 'The relations the network draws',
  'relations.types.heading': 'Every relation, by type',
  'relations.type.title': 'Relations: {type}',
  'relations.type.description': '{count, plural, one {The one relation of this type, with its dates and sources.} other {The # relations of this type, with their dates and sources.}}',
  'relations.type.back': 'The network of relations',

  'data.yearsHeading': 'Events by year',
  'data.yearsLede': 'The events of one year each, with the same columns and fields as `events.csv` and `events.json`: for a reader who needs one year, or a slow connection.',
  'data.fileSize': '({size})',
} as const satisfies Record<string, string>;
