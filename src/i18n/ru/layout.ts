/** Russian: the page shell (skip link, navigation, footer) and words every page shares. */
export default {
  'layout.skip': 'Перейти к содержанию',
  'layout.navigation': 'Основная навигация',
  'layout.title': '{title} · {site}',
  'layout.feedTitle': '{site}: события',
  'layout.licence': 'Текст — по лицензии {content}; код — по лицензии {code}.',
  // The rights statement in the page's head (Dublin Core), read by reference managers.
  'layout.rights': 'Текст: {content}; код: {code}',
  'layout.attributed': 'Каждое утверждение приписано своему источнику.',
  'layout.attributedSee': 'Каждое утверждение приписано своему источнику; см. {link}.',
  'layout.methodology': 'методологию',
  'layout.reuse': 'Как цитировать и использовать',
  'layout.data': 'Открытые данные',
  'layout.feed': 'Atom-лента событий',

  'nav.events': 'События',
  'nav.timeline': 'Хронология',
  'nav.actors': 'Участники',
  'nav.sources': 'Источники',
  'nav.map': 'Карта',
  'nav.relations': 'Связи',

  'common.sources': 'Источники',
  'common.separator': ', ',
  'common.parenthesised': '({text})',
} as const satisfies Record<string, string>;
