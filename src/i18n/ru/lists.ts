/** Russian: the list pages (events by year, actors by letter, sources by kind, relations by type) and their pagination. */
export default {
  'lists.pages': 'Страницы списка',
  'lists.previous': 'Предыдущая страница',
  'lists.next': 'Следующая страница',
  'lists.pageTitle': '{title}, страница {page, number} из {pages, number}',
  'lists.noLetter': 'Прочие',
  'lists.events': '{count, plural, one {# событие} few {# события} many {# событий} other {# события}}',
  'lists.actors': '{count, plural, one {# участник} few {# участника} many {# участников} other {# участника}}',
  'lists.sources': '{count, plural, one {# источник} few {# источника} many {# источников} other {# источника}}',
  'lists.relations': '{count, plural, one {# связь} few {# связи} many {# связей} other {# связи}}',

  'event.years.heading': 'События по годам',
  'event.year.title': 'События {year}',
  'event.year.description': '{count, plural, one {Единственное событие {year}; датировано настолько точно, насколько позволяет источник.} few {# события {year} по датам; каждое датировано настолько точно, насколько позволяет источник.} many {# событий {year} по датам; каждое датировано настолько точно, насколько позволяет источник.} other {# события {year} по датам; каждое датировано настолько точно, насколько позволяет источник.}}',
  'event.year.back': 'Все годы',

  'actor.eventsPage.title': 'События с участием {name}',
  'actor.eventsPage.description': '{count, plural, one {# событие с участием {name} и его роль в нём.} few {# события с участием {name} по датам и его роль в каждом.} many {# событий с участием {name} по датам и его роль в каждом.} other {# события с участием {name} по датам и его роль в каждом.}}',
  'actor.eventsPage.back': 'Страница: {name}',
  'actor.eventsShown': 'Первые {shown, number} из {count, plural, one {# события} other {# событий}} по датам; остальные — на следующих страницах.',

  'actor.letters.heading': 'Участники по первой букве названия',
  'actor.letter.title': 'Участники: {letter}',
  'actor.letter.description': '{count, plural, one {# участник на букву {letter}, с видом и кратким описанием.} few {# участника на букву {letter}, с видом и кратким описанием.} many {# участников на букву {letter}, с видом и кратким описанием.} other {# участника на букву {letter}, с видом и кратким описанием.}}',
  'actor.letter.back': 'Все буквы',

  'source.kinds.heading': 'Источники по видам',
  'source.kind.title': 'Источники: {kind}',
  'source.kind.description': '{count, plural, one {# источник этого вида: как он известен и какие страницы на него ссылаются.} few {# источника этого вида: как известен каждый и какие страницы на него ссылаются.} many {# источников этого вида: как известен каждый и какие страницы на него ссылаются.} other {# источника этого вида: как известен каждый и какие страницы на него ссылаются.}}',
  'source.kind.back': 'Все виды источников',
  'source.citedByMore': '{count, plural, one {и ещё # страница} few {и ещё # страницы} many {и ещё # страниц} other {и ещё # страницы}}',

  'relations.mostConnected': 'Сеть показывает {shown, number} участников с наибольшим числом связей из {total, number} и связи между ними; все связи перечислены ниже по типам.',
  'relations.shownCaption': 'Связи, показанные в сети',
  'relations.types.heading': 'Все связи по типам',
  'relations.type.title': 'Связи: {type}',
  'relations.type.description': '{count, plural, one {# связь этого типа, с датами и источниками.} few {# связи этого типа, с датами и источниками.} many {# связей этого типа, с датами и источниками.} other {# связи этого типа, с датами и источниками.}}',
  'relations.type.back': 'Сеть связей',

  'data.yearsHeading': 'События по годам',
  'data.yearsLede': 'События одного года в каждом файле, с теми же столбцами и полями, что и в `events.csv` и `events.json`: для тех, кому нужен один год, или для медленного соединения.',
  'data.fileSize': '({size})',
} as const satisfies Record<string, string>;
