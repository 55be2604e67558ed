/** Russian: the fixed words of "Cite this page" and of citations (formats' names, copy buttons). */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/cite.ts';

export default {
  'cite.heading': 'Как цитировать эту страницу',
  'cite.updated': 'Последнее обновление: {date}',
  'cite.revision': 'редакция',
  'cite.unlinked': '(адрес репозитория не настроен, поэтому редакция не связана ссылкой)',
  // Why "last updated" is the build date rather than the file's last commit.
  'cite.buildDate.noGit': 'Дата сборки: сайт собран без истории git.',
  'cite.buildDate.shallow': 'Дата сборки: сайт собран из неполного (shallow) клона, в котором нет всей истории.',
  'cite.buildDate.gitFailed': 'Дата сборки: git не смог прочитать историю ({error}).',
  'cite.buildDate.uncommitted': 'Дата сборки: у этого файла ещё нет зафиксированной редакции.',
  'cite.retrieved': 'Дата обращения: {date}',
  'cite.retrievedNote': '(дата сборки этой копии; укажите день, когда вы её прочитали)',
  'cite.today': '(сегодня)',
  'cite.format.apa': 'APA (7-е издание)',
  'cite.format.mla': 'MLA (9-е издание)',
  'cite.format.chicagoNote': 'Chicago (17-е издание), краткое примечание',
  'cite.format.chicagoBibliography': 'Chicago (17-е издание), библиография',
  'cite.format.bibtex': 'BibTeX',
  'cite.format.ris': 'RIS (EndNote, Zotero, Mendeley)',
  'cite.format.csl': 'CSL-JSON (Zotero, Pandoc)',
  // Страница всех форматов ссылки на страницу (<страница>/cite/) и ссылка на неё.
  'cite.otherFormats': 'Другие стили и форматы, на отдельной странице:',
  'cite.pageTitle': 'Как цитировать «{title}»',
  'cite.pageDescription': 'Все стили цитирования и форматы для менеджеров ссылок для «{title}».',
  'cite.backTo': 'Вернуться на страницу: {title}',
  'cite.copy': 'Копировать: {format}',
  'cite.copied': 'Ссылка скопирована: {format}.',
  'cite.copyRefused': 'Копирование здесь запрещено; текст выделен, нажмите Ctrl+C или ⌘C.',
  'cite.contributors': 'Авторы сайта «{site}»',
} as const satisfies AreaOf<typeof en>;
