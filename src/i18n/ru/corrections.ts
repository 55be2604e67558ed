/** Russian: исправления под заголовком, список исправлений сайта и его лента, «ссылка сюда», «изменить страницу». */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/corrections.ts';

export default {
  'corrections.heading': '{count, plural, one {Исправление} few {Исправления} many {Исправления} other {Исправления}}',
  'corrections.entry': 'Исправлено {date}: {note}',
  'corrections.all': 'Все исправления на сайте',
  'changes.title': 'Исправления',
  'changes.description': 'Все исправления на страницах сайта «{site}», от новых к старым, с датой исправления и тем, что было исправлено.',
  'changes.intro': 'Когда редакторы исправляют сказанное на странице, страница сообщает об этом под заголовком, а исправление появляется здесь, от новых к старым.',
  'changes.none': 'Пока ни одна страница не исправлялась.',
  'changes.latest': '{count, plural, one {Последнее # исправление} few {Последние # исправления} many {Последние # исправлений} other {Последние # исправления}} из {total}; более ранние собраны по годам.',
  'changes.years': 'Исправления по годам',
  'changes.yearTitle': 'Исправления {year} года',
  'changes.yearDescription': 'Исправления на страницах сайта «{site}» за {year} год, от новых к старым.',
  'changes.caption': 'Исправления, от новых к старым',
  'changes.date': 'Дата',
  'changes.page': 'Страница',
  'changes.note': 'Что исправлено',
  'changes.feed': 'Лента исправлений (Atom)',
  'changes.feedTitle': '{site}: исправления',
  'changes.feedEntryTitle': 'Исправление на странице «{title}»',
  'changes.footer': 'Исправления',
  'permalink.claim': 'Ссылка на это заявление',
  'permalink.figure': 'Ссылка на эту цифру',
  'edit.page': 'Изменить страницу',
} as const satisfies AreaOf<typeof en>;
