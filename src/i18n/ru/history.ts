/** Русский: список изменений страницы (из git) и постоянные страницы её прежних редакций. */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/history.ts';

export default {
  'history.heading': 'Изменения',
  'history.intro': 'Все изменения содержания этой страницы, начиная с последнего.',
  'history.unavailable.noGit': 'История этой страницы недоступна: сайт собран без истории git.',
  'history.unavailable.shallow': 'История этой страницы недоступна: сайт собран из неполной (shallow) копии репозитория, в которой нет всей истории.',
  'history.unavailable.gitFailed': 'История этой страницы недоступна: git не смог её прочитать ({error}).',
  'history.unavailable.uncommitted': 'У этой страницы ещё нет сохранённой в репозитории редакции: это черновик.',
  // One line of the list: the commit's day, then its message.
  'history.change': '{date}: {subject}',
  'history.noSubject': '(без описания)',
  'history.diff': 'различия',
  'history.view': 'страница в той редакции',
  'history.noVisibleChange': 'читатель изменений не увидит',
  'history.current': 'текущая',
  'history.more': '{count, plural, one {Ещё # более раннее изменение приведено} few {Ещё # более ранних изменения приведены} many {Ещё # более ранних изменений приведены} other {Ещё # более раннего изменения приведены}} на странице {link}.',
  'history.moreLink': 'полной истории',
  'history.moreUnlisted': '{count, plural, one {Ещё # более раннее изменение здесь не приведено} few {Ещё # более ранних изменения здесь не приведены} many {Ещё # более ранних изменений здесь не приведены} other {Ещё # более раннего изменения здесь не приведены}}.',
  'history.allTitle': 'Все изменения: {title}',
  'history.allDescription': 'Все изменения страницы «{title}», начиная с последнего, с каждой её редакцией.',
  'history.back': 'Вернуться к текущей странице',
  'revision.title': '{title} (редакция от {date})',
  'revision.description': 'Страница «{title}» в редакции от {date}.',
  'revision.old': 'Это прежняя редакция страницы, какой она была {date}. С тех пор в неё могли внести исправления.',
  'revision.current': 'Это текущая редакция страницы, на {date}.',
  'revision.uncommittedSince': 'Это последняя сохранённая редакция страницы, на {date}; с тех пор страница изменилась.',
  'revision.readCurrent': 'Читать текущую страницу',
  'revision.commit': 'Изменение: {subject}',
  'revision.facts': 'Факты в той редакции',
  'revision.unparsedFacts': 'Эти факты не соответствуют тому, что сайт записывает сегодня, поэтому они показаны точно так, как были написаны:',
  'revision.unparsedBody': 'Текст показан точно так, как был написан: сайт больше не отображает его разметку.',
  'revision.sources': 'Названные источники',
  'revision.history': 'Все изменения',
} as const satisfies AreaOf<typeof en>;
