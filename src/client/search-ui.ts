/**
 * The search UI, loaded on demand by `search-boot.ts` (the dialog) or by the /search/ page.
 * It loads Pagefind from the deployment's base, renders results as text (type, date, title,
 * summary, excerpt) and handles the keyboard: arrows move through results, Enter opens the
 * focused one (it is a link), Esc closes the dialog.
 */
import {
  FILTER_NAMES,
  RESULT_TYPES,
  bundlePath,
  excerptParts,
  offersFilterValue,
  pagefindFilters,
  pagefindOptions,
  readQuery,
  writeQuery,
  type ResultType,
  type SearchQuery,
} from '../lib/render/search.ts';
import { formatMessage, type ClientValues } from '../lib/i18n/client-messages.ts';
import { slots, splitSlots } from '../lib/i18n/slots.ts';
import type { SearchMessages, SearchUiKey } from '../lib/render/search-messages.ts';
import { paths, withBase } from '../lib/render/urls.ts';
// Inline, so the styles arrive with the UI rather than on every page.
import css from '../styles/search.css?inline';

const BASE = import.meta.env.BASE_URL;
const url = (path: string) => withBase(BASE, path);

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
/** Results per filter value for the current search; undefined for no search. */
type FilterCounts = Record<string, Record<string, number>> | undefined;
/** Counts with the reader's filters (`filters`) and for the query alone (`total`). */
interface SearchCounts {
  filters: FilterCounts;
  total: FilterCounts;
}

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<{
    results: { id: string; data: () => Promise<ResultData> }[];
    filters: Record<string, Record<string, number>>;
    totalFilters: Record<string, Record<string, number>>;
  }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Thrown when the index is missing: in dev before the first build, or a broken deploy. */
class NoIndexError extends Error {}

// The /search/ page links the same styles itself, so they are there at its first paint.
if (!document.querySelector('[data-search-page]')) document.head.append(Object.assign(document.createElement('style'), { textContent: css }));

// The words come from the site (search/messages.json, from the catalogue; SearchTrigger.astro
// says where), fetched as the island loads, and are formatted in the page's language: the
// bundle holds no interface text, and a page no words for a search its reader never opens.
const LANGUAGE = document.documentElement.lang || 'en';
const MESSAGES_URL = document.querySelector<HTMLElement>('[data-search-trigger]')?.dataset.messages;
const MESSAGES = (MESSAGES_URL ? await fetch(MESSAGES_URL).then((r) => r.json()).catch(() => ({})) : {}) as Partial<SearchMessages>;
const say = (key: SearchUiKey, values: ClientValues = {}) => formatMessage(MESSAGES[key] ?? key, values, LANGUAGE);
const YEARS = new Intl.NumberFormat(LANGUAGE, { useGrouping: false });

/** A message with links in it: each `{name}` given in `links` becomes that element. */
function withLinks(key: SearchUiKey, links: Record<string, Node>): (Node | string)[] {
  return splitSlots(say(key, slots(...Object.keys(links)))).map((part) => (part.slot ? links[part.slot]!.cloneNode(true) : part.text!));
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    let module: Pagefind;
    try {
      module = (await import(/* @vite-ignore */ `${bundlePath(BASE)}pagefind.js`)) as Pagefind;
    } catch {
      pagefind = undefined; // let a later attempt retry, e.g. after `npm run build`
      throw new NoIndexError();
    }
    await module.options(pagefindOptions(BASE));
    await module.init();
    return module;
  })();
  return pagefind;
}

/** An element with properties (never innerHTML) and children; strings become text nodes. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | boolean> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The message shown when search cannot run, with the indexes that list everything. */
function unavailable(error: unknown): Node {
  if (import.meta.env.DEV && error instanceof NoIndexError) return el('p', { className: 'search-message' }, say('search.noIndex'));
  return el('p', { className: 'search-message' }, ...withLinks('search.unavailable', {
    actors: el('a', { href: url(paths.actors()) }, say('search.link.actors')),
    events: el('a', { href: url(paths.events()) }, say('search.link.events')),
    sources: el('a', { href: url(paths.sources()) }, say('search.link.sources')),
  }));
}

/** One result: type and date, the linked title, the summary and the matching excerpt. */
function renderResult(data: ResultData): HTMLLIElement {
  const type = data.meta.type ?? '';
  const kicker = el('p', { className: 'search-kicker' }, el('span', { className: 'search-type' }, type));
  if (data.meta.date) kicker.append(' · ', el('span', { className: 'search-date' }, data.meta.date));
  const excerpt = el('p', { className: 'search-excerpt' });
  for (const part of excerptParts(data.excerpt)) excerpt.append(part.mark ? el('mark', {}, part.text) : part.text);
  const item = el('li', { className: 'search-result' }, kicker, el('a', { href: data.url, className: 'search-title' }, data.meta.title ?? data.url));
  if (data.meta.summary) item.append(el('p', { className: 'search-summary' }, data.meta.summary));
  if (excerpt.childNodes.length > 0) item.append(excerpt);
  return item;
}

/** Arrow keys between the search field and the result links; Home/End to the ends. */
function arrowKeys(input: HTMLInputElement, list: HTMLElement) {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.search-title')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    if (to < 0) input.focus();
    else all[Math.min(to, all.length - 1)]!.focus();
  });
}

/** Runs searches for one field and list, dropping answers that arrive after a newer query. */
function searcher(list: HTMLElement, status: HTMLElement, limit: number, onCounts?: (counts: SearchCounts) => void) {
  let generation = 0;
  return async (query: SearchQuery, sort?: Record<string, 'asc' | 'desc'>) => {
    const mine = ++generation;
    const filters = pagefindFilters(query.filters);
    if (!query.q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      onCounts?.({ filters: undefined, total: undefined });
      return;
    }
    let pf: Pagefind;
    try {
      pf = await loadPagefind();
    } catch (error) {
      list.replaceChildren();
      status.replaceChildren(unavailable(error));
      return;
    }
    const search = await pf.search(query.q || null, { filters, ...(sort ? { sort } : {}) });
    const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
    if (mine !== generation) return;
    onCounts?.({ filters: search.filters, total: search.totalFilters });
    list.replaceChildren(...data.map(renderResult));
    const total = search.results.length;
    if (total === 0) status.textContent = query.q ? say('search.noResultsFor', { query: query.q }) : say('search.noResultsFiltered');
    // The arrow keys' hint apart, so that a touch screen, which has none, does not show it.
    else status.replaceChildren(say(total > limit ? 'search.countLimited' : 'search.count', { total, limit }), ' ', el('span', { className: 'search-keys' }, say('search.countKeys')));
  };
}

let dialog: HTMLDialogElement | undefined;
let returnFocus: HTMLElement | null = null;

function buildDialog(): HTMLDialogElement {
  const input = el('input', { type: 'search', id: 'search-dialog-q', autocomplete: 'off', spellcheck: false });
  input.setAttribute('aria-describedby', 'search-dialog-hint');
  input.setAttribute('aria-controls', 'search-dialog-results');
  const status = el('div', { className: 'search-status', role: 'status' });
  const list = el('ol', { className: 'search-results', id: 'search-dialog-results' });
  list.setAttribute('aria-label', say('search.results'));
  const more = el('a', { href: url(paths.search()), className: 'search-more' }, say('search.dialog.more'));
  const close = el('button', { type: 'button', className: 'search-close' }, say('search.dialog.close'));
  const form = el('form', { role: 'search', className: 'search-form' },
    el('label', { htmlFor: input.id }, say('search.dialog.label')), input,
    el('p', { id: 'search-dialog-hint', className: 'search-hint' }, say('search.dialog.hint'), ' ', el('span', { className: 'search-keys' }, say('search.dialog.keys'))));
  const d = el('dialog', { className: 'search-dialog' }, form, status, list, el('p', { className: 'search-footer' }, more, close));
  d.setAttribute('aria-label', say('search.dialog.name'));

  const run = searcher(list, status, 10);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    more.href = `${url(paths.search())}${writeQuery({ q: input.value.trim(), filters: {} })}`;
    clearTimeout(timer);
    timer = setTimeout(() => void run({ q: input.value.trim(), filters: {} }), 120);
  };
  input.addEventListener('input', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector<HTMLAnchorElement>('a.search-title')?.focus();
  });
  close.addEventListener('click', () => d.close());
  // Esc closes at once: a search field would otherwise take the first Esc to clear itself.
  d.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    d.close();
  });
  // Clicking the backdrop closes it too.
  d.addEventListener('click', (event) => {
    if (event.target === d) d.close();
  });
  d.addEventListener('close', () => returnFocus?.focus());
  arrowKeys(input, list);
  document.body.append(d);
  return d;
}

/**
 * Opens search: on the /search/ page it focuses the page's field, elsewhere it opens the
 * dialog (built on first use) and focuses its field. `from` gets focus back on close.
 */
export function openSearch(from: HTMLElement | null = null): void {
  const pageField = document.querySelector<HTMLInputElement>('[data-search-page] input[type=search]');
  if (pageField) {
    pageField.focus();
    pageField.select();
    return;
  }
  dialog ??= buildDialog();
  returnFocus = from ?? (document.activeElement as HTMLElement | null);
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector('input')!;
  input.focus();
  input.select();
  void loadPagefind().catch(() => undefined);
}

/** The /search/ page: query and filters from the URL, filter controls, results, shareable URL. */
export async function mountSearchPage(form: HTMLFormElement): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const filtersBox = form.querySelector<HTMLElement>('[data-search-filters]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name=sort]');
  const options = form.querySelector<HTMLDetailsElement>('[data-search-options]');
  const optionsOn = form.querySelector<HTMLElement>('[data-search-options-on]');
  const list = document.querySelector<HTMLElement>('[data-search-results]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  // Each filter value shows how many results it would give with the current search; a value
  // no result of the query has is not offered (unless ticked), nor a filter left with none.
  let totals: Record<string, Record<string, number>> = {};
  const showCounts = (counts: SearchCounts) => {
    for (const label of filtersBox.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [name, value] = JSON.parse(label.dataset.countFor!) as [string, string];
      const box = label.querySelector('input')!;
      label.querySelector('.search-count')!.textContent = say('search.filterCount', { count: (counts.filters ?? totals)[name]?.[value] ?? 0 });
      label.hidden = !offersFilterValue(counts.total, name, value, box.checked);
    }
    for (const set of filtersBox.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
      set.hidden = [...set.querySelectorAll('label')].every((label) => label.hidden);
    }
    const on = filtersBox.querySelectorAll('input:checked').length;
    if (optionsOn) optionsOn.textContent = on > 0 ? say('search.optionsOn', { count: on }) : '';
  };
  const run = searcher(list, status, 50, showCounts);
  arrowKeys(input, list);

  const initial = readQuery(location.search);
  // What the reader typed while this module loaded wins over the URL's query.
  if (!input.value) input.value = initial.q;
  const sortParam = new URLSearchParams(location.search).get('sort');
  if (sortSelect && (sortParam === 'date-asc' || sortParam === 'date-desc')) sortSelect.value = sortParam;
  // A shared search that narrows or orders its results shows how.
  if (options && (Object.keys(initial.filters).length > 0 || sortSelect?.value)) options.open = true;

  const current = (): SearchQuery => {
    const filters: Record<string, string[]> = {};
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (filters[box.name] ??= []).push(box.value);
    }
    return { q: input.value.trim(), filters };
  };
  const go = () => {
    const query = current();
    const sortValue = sortSelect?.value ?? '';
    const params = writeQuery(query);
    const suffix = sortValue ? `${params ? '&' : '?'}sort=${sortValue}` : '';
    history.replaceState(null, '', `${location.pathname}${params}${suffix}`);
    const sort = sortValue === 'date-asc' ? { date: 'asc' as const } : sortValue === 'date-desc' ? { date: 'desc' as const } : undefined;
    void run(query, sort);
  };

  try {
    const pf = await loadPagefind();
    const all = await pf.filters();
    totals = all;
    filtersBox.replaceChildren(...FILTER_NAMES.filter((name) => all[name]).map((name) => {
      const values = Object.entries(all[name]!).sort(([a], [b]) => (name === 'type' ? 0 : a.localeCompare(b, LANGUAGE)));
      return el('fieldset', { className: 'search-filter' },
        el('legend', {}, say(`search.filter.${name}`)),
        ...values.map(([value, count]) => {
          const box = el('input', { type: 'checkbox', name, value, checked: initial.filters[name]?.includes(value) ?? false });
          // Types are codes, years are numbers (in the page's digits); other values are indexed as they read.
          const label = name === 'type' && (RESULT_TYPES as readonly string[]).includes(value) ? say(`search.type.${value as ResultType}`)
            : name === 'year' && /^\d+$/.test(value) ? YEARS.format(Number(value)) : value;
          const row = el('label', {}, box, ` ${label} `, el('span', { className: 'search-count' }, say('search.filterCount', { count })));
          row.dataset.countFor = JSON.stringify([name, value]);
          return row;
        }));
    }));
  } catch (error) {
    status.replaceChildren(unavailable(error));
    return;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(go, 150);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) go();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go();
  });
  go();
}
