/**
 * The timeline island: zoom and pan (wheel, drag, pinch, buttons, keys), tooltips on hover
 * and focus, filters that narrow both the chart and the list, and the selection and view in
 * the address. It redraws the chart with the same pure code that drew it at build time, with
 * the words the page handed it (catalogue messages) in the page's language: it carries no
 * English. In a right-to-left site time runs from right to left, so a drag, the wheel's anchor
 * and the arrow keys follow the drawing: → goes earlier, ← later. Each concern is a file of
 * ./timeline/; this one puts them together.
 *
 * A page beyond the events it carries (src/lib/figures/timeline/lod.ts) hands the island the
 * address of the events' data instead: the controls show at once, and the first time the
 * reader uses one (a button, a key, the wheel, a drag, the filters, a period's bar) the island
 * fetches the data, starts, and then does what was asked.
 */
import { parseSelection, selectedPeriod, type Selection } from '../lib/model/selection.ts';
import { fullDomain } from '../lib/figures/timeline/scale.ts';
import type { TimelinePayload } from '../lib/figures/timeline/view-data.ts';
import { animate, easeOut } from './ease.ts';
import type { Tooltip } from './tooltip.ts';
import { readAddress, writeAddress } from './timeline/address.ts';
import { drawer } from './timeline/draw.ts';
import { fetchTimeline } from './timeline/fetch-data.ts';
import { fillChoices, filterList, filters, selected } from './timeline/filters.ts';
import { readSelection } from './selection-form.ts';
import { messages, type TimelineIsland } from './timeline/island.ts';
import { keyboard } from './timeline/keyboard.ts';
import { timelineTooltip } from './timeline/tooltip.ts';
import { zoom, type Zoom } from './timeline/zoom.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-timeline]')) {
  const payload = JSON.parse(root.dataset.timeline!) as TimelinePayload;
  // The chart's title and description are the drawn SVG's own: the page does not repeat them.
  const chart = root.querySelector('svg.tl-svg');
  payload.options.title = chart?.querySelector('title')?.textContent ?? '';
  payload.options.description = chart?.querySelector('desc')?.textContent ?? '';
  if (payload.data) onDemand(root, payload, payload.data);
  else enhance(root, payload);
}

/**
 * A timeline whose events are fetched: its controls are live before the data is, and the
 * reader's first use of them fetches it. What that first use asked is done once the island
 * has started; a change to the form before then is the selection it starts with.
 */
function onDemand(root: HTMLElement, payload: TimelinePayload, index: string) {
  const canvas = root.querySelector<HTMLElement>('.tl-canvas')!;
  const toolbar = root.querySelector<HTMLElement>('.tl-toolbar')!;
  const form = root.querySelector<HTMLFormElement>('.tl-filters');
  const status = root.querySelector<HTMLElement>('.tl-status')!;
  const t = messages(payload);
  let started: Promise<Zoom> | undefined;
  let live = false;
  let touched = false;
  const start = (): Promise<Zoom> => {
    started ??= (async () => {
      status.textContent = t('timeline.loading');
      const { events, labels } = await fetchTimeline(index, payload.scope);
      payload.events = events;
      payload.labels = labels;
      status.textContent = '';
      if (form) fillChoices(form, payload);
      live = true;
      return enhance(root, payload, touched && form ? form : undefined);
    })().catch((error: unknown) => {
      // The page's own chart and list of years still stand; a later use tries again.
      started = undefined;
      status.textContent = t('timeline.loadFailed');
      throw error;
    });
    return started;
  };
  const then = (act: (zoom: Zoom) => void) => start().then(act, () => {});

  toolbar.hidden = false;
  root.querySelector<HTMLElement>('.tl-help')!.hidden = false;
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'group');
  canvas.setAttribute('aria-label', payload.canvasLabel);
  toolbar.addEventListener('click', (e) => {
    const button = (e.target as Element).closest('button');
    if (live || !button) return;
    then(() => button.click());
  });
  canvas.addEventListener('keydown', (e) => {
    if (live || e.altKey || e.ctrlKey || e.metaKey || !['+', '=', '-', '_', '−', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '0', 'Home'].includes(e.key)) return;
    e.preventDefault();
    then(() => canvas.dispatchEvent(new KeyboardEvent('keydown', { key: e.key, bubbles: true })));
  });
  canvas.addEventListener('wheel', () => { if (!live) void then(() => {}); }, { passive: true });
  canvas.addEventListener('pointerdown', () => { if (!live) void then(() => {}); });
  // A period's bar links to its year's page; with the island it zooms to the period instead.
  canvas.addEventListener('click', (e) => {
    const bin = (e.target as Element).closest('.tl-bin');
    if (live || !bin || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    then((z) => z.zoomToBin(bin));
  });
  if (form) {
    form.hidden = false;
    form.addEventListener('submit', (e) => { if (!live) e.preventDefault(); });
    form.addEventListener('focusin', () => { if (!live) void then(() => {}); });
    form.addEventListener('change', () => { if (!live) touched = true; });
  }
  // An address that asks for a selection or a view is answered at once.
  if (root.hasAttribute('data-url-state') && location.search.length > 1) void then(() => {});
  root.dataset.ready = String(Math.round(performance.now()));
}

function enhance(root: HTMLElement, payload: TimelinePayload, changed?: HTMLFormElement): Zoom {
  const urlState = root.hasAttribute('data-url-state');
  const address = readAddress(urlState);
  const view = address.view;
  // The reader's choices in the form before the island started are the selection it starts with.
  const selection: Selection = changed ? readSelection(changed, urlState ? parseSelection(location.search) : address.selection) : address.selection;
  if (changed) {
    const lanes = changed.querySelector<HTMLSelectElement>('select[name="lanes"]')?.value;
    if (lanes) view.lanes = lanes as typeof payload.options.lanes;
  }
  const canvas = root.querySelector<HTMLElement>('.tl-canvas')!;
  let frame = 0;
  let stop = () => {};

  const island: TimelineIsland = {
    root,
    canvas,
    toolbar: root.querySelector<HTMLElement>('.tl-toolbar')!,
    tip: root.querySelector<HTMLElement>('.tl-tip')!,
    payload,
    rtl: payload.options.direction === 'rtl',
    urlState,
    t: messages(payload),
    all: payload.events,
    shown: [],
    selection,
    lanes: view.lanes ?? payload.options.lanes,
    window: [0, 0],
    layout: undefined!,
    limit: () => {
      const [a, b] = fullDomain(payload.events);
      const pad = (b - a) * 0.5;
      return [a - pad, b + pad];
    },
    draw: () => draw(),
    schedule: () => {
      if (!frame) frame = requestAnimationFrame(() => { frame = 0; draw(); });
    },
    go: (target) => {
      const from = island.window;
      stop();
      stop = animate(200, easeOut, (k) => {
        island.window = [from[0] + (target[0] - from[0]) * k, from[1] + (target[1] - from[1]) * k];
        draw();
      });
    },
  };
  island.shown = selected(island);
  // The window the address gave, else the period the selection names, else every event shown.
  island.window = view.window ?? selectedPeriod(selection) ?? fullDomain(island.shown.length ? island.shown : island.all);
  const draw = drawer(island);

  root.classList.add('tl-live');
  island.toolbar.hidden = false;
  root.querySelector<HTMLElement>('.tl-help')!.hidden = false;
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'group');
  canvas.setAttribute('aria-label', payload.canvasLabel);

  let tip: Tooltip | undefined;
  const zoomer = zoom(island, () => tip?.close());
  tip = timelineTooltip(island, zoomer.busy);
  keyboard(island, zoomer);
  filters(island);
  writeAddress(island);

  let lastWidth = root.clientWidth;
  new ResizeObserver(() => {
    if (Math.abs(root.clientWidth - lastWidth) < 8) return;
    lastWidth = root.clientWidth;
    island.schedule();
  }).observe(root);

  if (island.shown.length < island.all.length) filterList(island);
  draw();
  root.dataset.ready = String(Math.round(performance.now()));
  return zoomer;
}
