/**
 * The map's island: filters by time and actor that share the timeline's URL state
 * (`?actor=&from=&to=`), zoom to the site's presets (their buttons come labelled from the
 * page), and tooltips on hover and focus (Esc dismisses). The page works without it: the
 * SVG links and the list are already there.
 */
import { formatMessage, type ClientMessages } from '../lib/i18n/client-messages.ts';
import { isFiltered, matches, parseViewState, serializeViewState, type Bound, type ViewState } from '../lib/view-state.ts';
import { selectionChanged } from './selection-event.ts';

const form = document.querySelector<HTMLFormElement>('[data-map-controls]');
const svg = document.querySelector<SVGSVGElement>('figure[data-map] svg.map');
const status = document.querySelector<HTMLElement>('[data-map-status]');
const items = [...document.querySelectorAll<Element>('[data-event]')];
const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
// The status line's words come from the page, as the catalogue writes them, formatted here in
// the page's language (its plurals and digits).
const messages = JSON.parse(document.querySelector('script[data-map-messages]')?.textContent || '{}') as ClientMessages;
const language = document.documentElement.lang || 'en';

let state: ViewState = parseViewState(location.search);

function itemMatches(el: Element): boolean {
  const d = (el as HTMLElement | SVGElement).dataset;
  return matches(state, {
    min: Number(d.min), max: Number(d.max), kind: d.kind ?? '',
    actors: (d.actors ?? '').split(' ').filter(Boolean), country: d.country || undefined,
  });
}

function apply() {
  const shown = new Set<string>();
  for (const el of items) {
    const ok = itemMatches(el);
    el.toggleAttribute('hidden', !ok);
    if (ok) shown.add((el as HTMLElement).dataset.event!);
  }
  // A place, area or country with nothing left to show goes too.
  for (const group of [...document.querySelectorAll<HTMLElement>('[data-place-list] [data-group]')].reverse()) {
    group.hidden = !group.querySelector('[data-event]:not([hidden])');
  }
  const total = new Set(items.map((el) => (el as HTMLElement).dataset.event)).size;
  const onMap = svg ? svg.querySelectorAll('.map-mark:not([hidden])').length : 0;
  if (status) {
    const message = messages[isFiltered(state) ? 'map.status.filtered' : 'map.status.all'];
    status.textContent = message ? formatMessage(message, { shown: shown.size, total, onMap }, language) : '';
  }
}

function select(name: string): HTMLSelectElement | null {
  return form?.querySelector<HTMLSelectElement>(`select[name="${name}"]`) ?? null;
}

/** Puts a value the URL holds into its select, adding an option if the list lacks it. */
function show(sel: HTMLSelectElement | null, value: string | undefined) {
  if (!sel) return;
  if (value && ![...sel.options].some((o) => o.value === value)) sel.add(new Option(value, value));
  sel.value = value ?? '';
}

function reflect() {
  show(select('from'), state.from);
  show(select('to'), state.to);
  show(select('actor'), state.actors[0]);
}

function writeUrl() {
  const query = serializeViewState(state).toString();
  history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
  selectionChanged();
}

if (form) {
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    const from = select('from')?.value;
    const to = select('to')?.value;
    const actor = select('actor')?.value;
    state = { ...state, from: (from || undefined) as Bound | undefined, to: (to || undefined) as Bound | undefined, actors: actor ? [actor] : [] };
    writeUrl();
    apply();
  });
  form.addEventListener('reset', () => {
    // After the browser has reset the selects.
    setTimeout(() => {
      state = { actors: [], kinds: [], countries: [] };
      writeUrl();
      apply();
    });
  });
}

// Zoom: move the viewBox, and shrink marks and labels so they keep their size on screen.
const zoom = document.querySelector<HTMLElement>('[data-map-zoom]');
if (zoom && svg) {
  zoom.hidden = false;
  const full = svg.viewBox.baseVal.width;
  const sized = [...svg.querySelectorAll<SVGElement>('circle, text')].map((el) => {
    const circle = el.tagName === 'circle';
    const attr = circle ? 'r' : 'font-size';
    const [xAttr, yAttr] = circle ? ['cx', 'cy'] : ['x', 'y'];
    // A dot on a ring, or a label beside its place, keeps its offset from the place in proportion.
    const at = el.dataset.at?.split(' ').map(Number);
    return { el, attr, base: Number(el.getAttribute(attr)), xAttr, yAttr, at, x: Number(el.getAttribute(xAttr)), y: Number(el.getAttribute(yAttr)) };
  }).filter((s) => Number.isFinite(s.base) && s.base > 0);
  // On a phone the map is drawn at half its size: text and dots grow back a little, up to
  // 1.6 times, so that place names stay readable (the build left room around each label).
  const boost = () => Math.min(1.6, Math.max(1, 560 / (svg.getBoundingClientRect().width || 560)));
  const setBox = (box: number[]) => {
    svg.setAttribute('viewBox', box.map((n) => Math.round(n * 10) / 10).join(' '));
    const k = (box[2]! / full) * boost();
    for (const s of sized) {
      s.el.setAttribute(s.attr, (s.base * k).toFixed(2));
      if (s.at) {
        s.el.setAttribute(s.xAttr, (s.at[0]! + (s.x - s.at[0]!) * k).toFixed(2));
        s.el.setAttribute(s.yAttr, (s.at[1]! + (s.y - s.at[1]!) * k).toFixed(2));
      }
    }
  };
  const current = () => svg.getAttribute('viewBox')!.split(' ').map(Number);
  if (boost() > 1) setBox(current());
  let resizeTimer = 0;
  addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => setBox(current()), 150);
  });
  let frame = 0;
  zoom.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-viewbox]');
    if (!button) return;
    for (const b of zoom.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
    const target = button.dataset.viewbox!.split(' ').map(Number);
    const start = current();
    cancelAnimationFrame(frame);
    if (reduceMotion) return setBox(target);
    const t0 = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - t0) / 350);
      const ease = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      setBox(start.map((s, i) => s + (target[i]! - s) * ease));
      if (t < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
  });
}

// Tooltips: the mark's title, date and place; they stay while the pointer is on them.
const wrap = svg?.closest<HTMLElement>('.map-wrap');
if (svg && wrap) {
  const tip = document.createElement('div');
  tip.className = 'map-tooltip';
  tip.id = 'map-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  wrap.append(tip);
  let current: SVGAElement | null = null;
  let hideTimer = 0;
  const hide = () => {
    tip.hidden = true;
    current?.classList.remove('is-active');
    current?.removeAttribute('aria-describedby');
    current = null;
  };
  const open = (mark: SVGAElement) => {
    clearTimeout(hideTimer);
    if (current && current !== mark) hide();
    current = mark;
    const d = mark.dataset;
    tip.replaceChildren();
    const title = document.createElement('strong');
    title.textContent = d.title ?? '';
    tip.append(title, document.createTextNode(`${d.when} · ${d.place}`));
    tip.hidden = false;
    mark.classList.add('is-active');
    mark.setAttribute('aria-describedby', tip.id);
    const dot = mark.querySelector('.map-dot')!.getBoundingClientRect();
    const box = wrap.getBoundingClientRect();
    const left = Math.min(dot.left - box.left + dot.width + 8, box.width - tip.offsetWidth - 4);
    tip.style.left = `${Math.max(4, left)}px`;
    tip.style.top = `${Math.max(4, dot.top - box.top - tip.offsetHeight - 6)}px`;
  };
  const markOf = (event: Event) => (event.target as Element).closest<SVGAElement>('a.map-mark');
  svg.addEventListener('pointerover', (e) => { const m = markOf(e); if (m) open(m); });
  svg.addEventListener('pointerout', (e) => { if (markOf(e)) hideTimer = window.setTimeout(hide, 300); });
  svg.addEventListener('focusin', (e) => { const m = markOf(e); if (m) open(m); });
  svg.addEventListener('focusout', () => hide());
  tip.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  tip.addEventListener('pointerleave', () => { hideTimer = window.setTimeout(hide, 300); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !tip.hidden) hide(); });
}

reflect();
apply();
