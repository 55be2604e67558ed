/** Russian: what each column of events.csv holds (see the English catalogue's open-data.ts). */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/open-data.ts';

export default {
  'openData.column.id': 'Идентификатор события: нижняя граница его даты и краткое название. Он же адрес страницы: `/events/<id>/`.',
  'openData.column.title': 'Заголовок.',
  'openData.column.date': 'Дата в формате EDTF (расширенный формат даты и времени Библиотеки Конгресса) ровно с той точностью, с какой её дают источники.',
  'openData.column.date_min': 'Самый ранний день, который может означать дата (ISO 8601, ГГГГ-ММ-ДД).',
  'openData.column.date_max': 'Самый поздний день, который может означать дата (ISO 8601, ГГГГ-ММ-ДД).',
  'openData.column.precision': 'Точность даты: `day` (день), `month` (месяц), `season` (сезон), `year` (год), `interval` (интервал) или `other` (иное).',
  'openData.column.date_kind': 'Что означают две границы: `point` (один день, месяц, сезон или год), `lasted` (длилось от date_min до date_max) или `within` (произошло один раз, в момент, о котором известно лишь, что он лежит между date_min и date_max; это не продолжительность).',
  'openData.column.date_inferred': 'Какую часть даты редакторы установили по контексту, потому что источники её не называют: `year` (год), `date` (вся дата) или пусто, если источники дают дату целиком.',
  'openData.column.kind': 'Тип события: {kinds}.',
  'openData.column.location_name': 'Название места так, как его пишут источники; пусто, если место не указано.',
  'openData.column.admin1': 'Административная единица первого уровня (провинция, штат, область).',
  'openData.column.admin2': 'Административная единица второго уровня (район, округ).',
  'openData.column.country': 'Двухбуквенный код страны (ISO 3166-1 alpha-2 или прежний код, например SU); пусто для мест в море, вне Земли или если страна не указана.',
  'openData.column.body': 'Небесное тело, если место находится не на Земле («Луна»); для мест на Земле пусто. Если оно указано, широта и долгота относятся к этому телу, а не к Земле.',
  'openData.column.lat': 'Широта в десятичных градусах (WGS 84); пусто, если неизвестна.',
  'openData.column.lon': 'Долгота в десятичных градусах (WGS 84); пусто, если неизвестна.',
  'openData.column.geo_precision': 'Географическая точность по ACLED: 1 — само названное место, 2 — рядом с ним или где-то в его округе, 3 — только более широкая область.',
  'openData.column.actors': 'Участники с их ролями в виде «id-участника:роль» через точку с запятой (участник с двумя ролями указан дважды); если роль указана по чьим-то данным, добавлено чьим: «id-участника:роль:id-участника-или-источника». Роли: {roles}.',
  'openData.column.figure': 'Цифры «{label}»{hasUnit, select, yes { в единицах «{unit}»} other {}}: «число:чья» (id участника или источника) через точку с запятой; число: 3, 2..4, 51.. (не менее) или ..20 (до).',
  'openData.column.figureAgain': 'Как {first}, для «{label}»{hasUnit, select, yes { в единицах «{unit}»} other {}}.',
  'openData.column.source_ids': 'Идентификаторы источников, сообщающих о событии, через точку с запятой (см. `sources.json`).',
  'openData.column.url': 'Страница события.',
  'openData.title.events': '{site}: события',
  'openData.title.eventsOfYear': '{site}: события {year}',
  'openData.title.actors': '{site}: участники',
  'openData.title.sources': '{site}: источники',
  'openData.feedRights': 'Текст — по лицензии {license}',
  'openData.feedSummary': '{date} — {summary}',
} as const satisfies AreaOf<typeof en>;
