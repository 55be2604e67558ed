/**
 * The map's island: filters by time and actor on the selection every figure shares
 * (src/lib/model/selection.ts: `?actor=&kind=&country=&from=&to=`), zoom to the site's presets
 * (their buttons come labelled from the page), and tooltips on hover and focus (Esc
 * dismisses). The page works without it: the SVG links and the list are already there.
 * A map beyond the events it draws one by one (src/lib/figures/map/clusters.ts) draws
 * clusters; for a selection the island fetches the map's events once and draws the
 * clusters of the events the selection keeps, with the same code the build drew them with.
 */
import { formatMessage, type ClientMessages } from '../lib/i18n/client-messages.ts';
import { emptySelection, isNarrowed, matches, parseSelection, serializeSelection, type Selection } from '../lib/model/selection.ts';
import { animate, easeInOut } from './ease.ts';
import { selectionChanged } from './selection-event.ts';
import { readSelection, showSelection } from './selection-form.ts';
import { tooltip } from './tooltip.ts';
import { clusterPoints, clustersSvg, clusterWords, type MapData } from '../lib/figures/map/clusters.ts';

const form = document.querySelector<HTMLFormElement>('[data-map-controls]');
const svg = document.querySelector<SVGSVGElement>('figure[data-map] svg.map');
const status = document.querySelector<HTMLElement>('[data-map-status]');
const items = [...document.querySelectorAll<Element>('[data-event]')];
// The status line's words come from the page, as the catalogue writes them, formatted here in
// the page's language (its plurals and digits).
const messages = JSON.parse(document.querySelector('script[data-map-messages]')?.textContent || '{}') as ClientMessages;
const language = document.documentElement.lang || 'en';

let selection: Selection = parseSelection(location.search);

// Clusters: where the map's events are fetched from, and what the page drew before any selection.
const actorChoices = form?.querySelector<HTMLSelectElement>('select[data-fill]');
const dataHref = status?.dataset.mapData ?? actorChoices?.dataset.fill;
const clusterLayer = svg?.querySelector<SVGGElement>('.map-clusters');
const drawnClusters = clusterLayer?.innerHTML ?? '';
let mapData: Promise<MapData> | undefined;
const loadData = (): Promise<MapData> => {
  mapData ??= fetch(dataHref!).then((r) => (r.ok ? r.json() as Promise<MapData> : Promise.reject(new Error(`${dataHref}: ${r.status}`))));
  mapData.catch(() => { mapData = undefined; });
  return mapData;
};

/** The actor choices of a map beyond the events it draws one by one: from its data, once. */
async function fillActors(): Promise<void> {
  if (!actorChoices || !form || actorChoices.options.length > 1 || !dataHref) return;
  const { actors } = await loadData();
  if (actorChoices.options.length > 1) return;
  for (const [id, name] of actors) actorChoices.add(new Option(name, id));
  showSelection(form, selection);
}
let redrawn = () => {};
const format = (key: string, values: Record<string, string | number> = {}) => {
  const message = messages[key];
  return message ? formatMessage(message, values, language) : key;
};
const lists = new Intl.ListFormat(language, { type: 'conjunction' });
const numbers = new Intl.NumberFormat(language);
const words = clusterWords(format, (items) => lists.format(items), (n) => numbers.format(n));

/** Draws the clusters of the events the selection keeps; the page's own drawing when it keeps all. */
async function applyClusters(): Promise<void> {
  if (!clusterLayer || !dataHref || !status) return;
  const total = Number(status.dataset.mapTotal);
  if (!isNarrowed(selection)) {
    clusterLayer.innerHTML = drawnClusters;
    redrawn();
    const onMap = [...clusterLayer.querySelectorAll<SVGElement>('.map-cluster')].reduce((n, c) => n + Number(c.dataset.count), 0);
    status.textContent = format('map.status.all', { shown: total, total, onMap });
    return;
  }
  status.textContent = format('map.status.loading');
  let events: MapData['events'];
  try {
    events = (await loadData()).events;
  } catch {
    status.textContent = format('map.status.loadFailed');
    return;
  }
  const kept = events.filter((e) => matches(e, selection));
  clusterLayer.innerHTML = clustersSvg(clusterPoints(kept), words, (c) => `#places-${c.country ?? 'no-country'}`);
  redrawn();
  // Events with no place on the map are not in its data: the count shown is of those on the map.
  status.textContent = format('map.status.filtered', { shown: kept.length, total, onMap: kept.length });
}

function itemMatches(el: Element): boolean {
  const d = (el as HTMLElement | SVGElement).dataset;
  return matches({
    min: Number(d.min), max: Number(d.max), kind: d.kind ?? '',
    actors: (d.actors ?? '').split(' ').filter(Boolean), country: d.country || undefined,
  }, selection);
}

function apply() {
  if (clusterLayer) {
    void applyClusters();
    return;
  }
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
  // Every event of the site, as the page counted them (its list may count places rather than list events).
  const total = Number(status?.dataset.mapTotal) || new Set(items.map((el) => (el as HTMLElement).dataset.event)).size;
  const onMap = svg ? svg.querySelectorAll('.map-mark:not([hidden])').length : 0;
  if (status) {
    const message = messages[isNarrowed(selection) ? 'map.status.filtered' : 'map.status.all'];
    status.textContent = message ? formatMessage(message, { shown: shown.size, total, onMap }, language) : '';
  }
}

function writeUrl() {
  const query = serializeSelection(selection).toString();
  history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
  selectionChanged();
}

if (form) {
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    selection = readSelection(form, selection);
    // A backwards period comes back in order: the selects say what the map shows.
    showSelection(form, selection);
    writeUrl();
    apply();
  });
  form.addEventListener('reset', () => {
    // After the browser has reset the selects.
    setTimeout(() => {
      selection = emptySelection();
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
  // Each element's size and place as drawn, read once: collected again after clusters are redrawn, the rest keep theirs.
  const drawnAs = new WeakMap<SVGElement, { base: number; x: number; y: number }>();
  const collect = () => [...svg.querySelectorAll<SVGElement>('circle, text')].map((el) => {
    const circle = el.tagName === 'circle';
    const attr = circle ? 'r' : 'font-size';
    const [xAttr, yAttr] = circle ? ['cx', 'cy'] : ['x', 'y'];
    // A dot on a ring, or a label beside its place, keeps its offset from the place in proportion.
    const at = el.dataset.at?.split(' ').map(Number);
    let first = drawnAs.get(el);
    if (!first) drawnAs.set(el, (first = { base: Number(el.getAttribute(attr)), x: Number(el.getAttribute(xAttr)), y: Number(el.getAttribute(yAttr)) }));
    return { el, attr, xAttr, yAttr, at, ...first };
  }).filter((s) => Number.isFinite(s.base) && s.base > 0);
  let sized = collect();
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
  // Clusters drawn again are drawn at the whole map's size: they take the zoom's size at once.
  redrawn = () => {
    sized = collect();
    setBox(current());
  };
  let resizeTimer = 0;
  addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => setBox(current()), 150);
  });
  let stop = () => {};
  zoom.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-viewbox]');
    if (!button) return;
    for (const b of zoom.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
    const target = button.dataset.viewbox!.split(' ').map(Number);
    const start = current();
    stop();
    stop = animate(350, easeInOut, (k) => setBox(start.map((s, i) => s + (target[i]! - s) * k)));
  });
}

// Tooltips: the mark's title, date and place.
const wrap = svg?.closest<HTMLElement>('.map-wrap');
if (svg && wrap) {
  const tip = document.createElement('div');
  tip.className = 'map-tooltip';
  tip.id = 'map-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  wrap.append(tip);
  tooltip({
    tip,
    host: svg,
    markOf: (target) => target.closest('a.map-mark'),
    content: (mark) => {
      const d = (mark as SVGAElement).dataset;
      const title = document.createElement('strong');
      title.textContent = d.title ?? '';
      return [title, document.createTextNode(`${d.when} · ${d.place}`)];
    },
    place: (mark) => {
      const dot = mark.querySelector('.map-dot')!.getBoundingClientRect();
      const box = wrap.getBoundingClientRect();
      const left = Math.min(dot.left - box.left + dot.width + 8, box.width - tip.offsetWidth - 4);
      tip.style.left = `${Math.max(4, left)}px`;
      tip.style.top = `${Math.max(4, dot.top - box.top - tip.offsetHeight - 6)}px`;
    },
  });
}

if (form) {
  showSelection(form, selection);
  form.addEventListener('focusin', () => void fillActors().catch(() => {}));
  if (selection.actors.length > 0) void fillActors().catch(() => {});
}
apply();
