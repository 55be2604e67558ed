/** English: the page shell (skip link, navigation, footer) and words every page shares. */
export default {
  'layout.skip': 'Skip to content',
  'layout.navigation': 'Main',
  'layout.title': '{title} · {site}',
  'layout.feedTitle': '{site}: events',
  'layout.licence': 'Text under {content}; code under {code}.',
  // The rights statement in the page's head (Dublin Core), read by reference managers.
  'layout.rights': 'Text: {content}; code: {code}',
  'layout.attributed': 'Every statement is attributed to its source.',
  'layout.attributedSee': 'Every statement is attributed to its source; see the {link}.',
  'layout.methodology': 'methodology',
  'layout.reuse': 'How to cite and reuse',
  'layout.data': 'Open data',
  'layout.feed': 'Atom feed of events',

  'nav.events': 'Events',
  'nav.timeline': 'Timeline',
  'nav.actors': 'Actors',
  'nav.sources': 'Sources',
  'nav.map': 'Map',
  'nav.relations': 'Relations',

  'common.sources': 'Sources',
  // Between items of a run-in list ("perpetrator, claimant").
  'common.separator': ', ',
  'common.parenthesised': '({text})',
} as const satisfies Record<string, string>;
