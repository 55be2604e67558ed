/** Persian: the list pages (events by year, actors by letter, sources by kind, relations by type) and their pagination. */
export default {
  'lists.pages': 'صفحه‌های این فهرست',
  'lists.previous': 'صفحهٔ قبل',
  'lists.next': 'صفحهٔ بعد',
  'lists.pageTitle': '{title}، صفحهٔ {page, number} از {pages, number}',
  'lists.noLetter': 'دیگر',
  'lists.events': '{count, plural, one {# رویداد} other {# رویداد}}',
  'lists.actors': '{count, plural, one {# بازیگر} other {# بازیگر}}',
  'lists.sources': '{count, plural, one {# منبع} other {# منبع}}',
  'lists.relations': '{count, plural, one {# رابطه} other {# رابطه}}',

  'event.years.heading': 'رویدادها بر پایهٔ سال',
  'event.year.title': 'رویدادهای {year}',
  'event.year.description': '{count, plural, one {تنها رویداد {year}، که به همان دقتی تاریخ‌گذاری شده که منبعش اجازه می‌دهد.} other {# رویداد {year} به ترتیب تاریخ، که هر یک به همان دقتی تاریخ‌گذاری شده که منبعش اجازه می‌دهد.}}',
  'event.year.back': 'همهٔ سال‌ها',

  'actor.eventsPage.title': 'رویدادهای مربوط به {name}',
  'actor.eventsPage.description': '{count, plural, one {تنها رویداد مربوط به {name}، با نقش آن در این رویداد.} other {# رویداد مربوط به {name} به ترتیب تاریخ، با نقش آن در هر یک.}}',
  'actor.eventsPage.back': 'صفحهٔ {name}',
  'actor.eventsShown': '{shown, number} رویداد نخست از {count, number} رویداد، به ترتیب تاریخ؛ بقیه در صفحه‌های بعد می‌آیند.',

  'actor.letters.heading': 'بازیگران بر پایهٔ نخستین حرف نامشان',
  'actor.letter.title': 'بازیگران: {letter}',
  'actor.letter.description': '{count, plural, one {تنها بازیگری که زیر حرف {letter} آمده، با نوع و خلاصه‌اش.} other {# بازیگری که زیر حرف {letter} آمده‌اند، با نوع و خلاصهٔ هر یک.}}',
  'actor.letter.back': 'همهٔ حرف‌ها',

  'source.kinds.heading': 'منابع بر پایهٔ نوع',
  'source.kind.title': 'منابع: {kind}',
  'source.kind.description': '{count, plural, one {تنها منبع از این نوع، اینکه چگونه شناخته شده و صفحه‌هایی که به آن استناد می‌کنند.} other {# منبع از این نوع، اینکه هر یک چگونه شناخته شده و صفحه‌هایی که به آن استناد می‌کنند.}}',
  'source.kind.back': 'همهٔ انواع منبع',
  'source.citedByMore': '{count, plural, one {و # صفحهٔ دیگر} other {و # صفحهٔ دیگر}}',

  'relations.mostConnected': 'این شبکه {shown, number} بازیگرِ دارای بیشترین رابطه را از میان {total, number} بازیگر و روابط میان آن‌ها نشان می‌دهد؛ همهٔ روابط در پایین بر پایهٔ نوع فهرست شده‌اند.',
  'relations.shownCaption': 'روابطی که شبکه نشان می‌دهد',
  'relations.types.heading': 'همهٔ روابط بر پایهٔ نوع',
  'relations.type.title': 'روابط: {type}',
  'relations.type.description': '{count, plural, one {تنها رابطه از این نوع، با تاریخ‌ها و منابعش.} other {# رابطه از این نوع، با تاریخ‌ها و منابعشان.}}',
  'relations.type.back': 'شبکهٔ روابط',

  'data.yearsHeading': 'رویدادها بر پایهٔ سال',
  'data.yearsLede': 'رویدادهای هر سال در یک پرونده، با همان ستون‌ها و فیلدهای `events.csv` و `events.json`: برای خواننده‌ای که تنها یک سال را لازم دارد، یا اتصالی کند.',
  'data.fileSize': '({size})',
} as const satisfies Record<string, string>;
