/**
 * The timeline island: zoom and pan (wheel, drag, pinch, buttons, keys), tooltips on hover
 * and focus, filters that narrow both the chart and the list, and the selection and view in
 * the address. It redraws the chart with the same pure code that drew it at build time, with
 * the words the page handed it (catalogue messages) in the page's language: it carries no
 * English. In a right-to-left site time runs from right to left, so a drag, the wheel's anchor
 * and the arrow keys follow the drawing: → goes earlier, ← later. Each concern is a file of
 * ./timeline/; this one puts them together.
 */
import { selectedPeriod } from '../lib/model/selection.ts';
import { fullDomain } from '../lib/figures/timeline/scale.ts';
import type { TimelinePayload } from '../lib/figures/timeline/view-data.ts';
import { animate, easeOut } from './ease.ts';
import type { Tooltip } from './tooltip.ts';
import { readAddress, writeAddress } from './timeline/address.ts';
import { drawer } from './timeline/draw.ts';
import { filterList, filters, selected } from './timeline/filters.ts';
import { messages, type TimelineIsland } from './timeline/island.ts';
import { keyboard } from './timeline/keyboard.ts';
import { timelineTooltip } from './timeline/tooltip.ts';
import { zoom } from './timeline/zoom.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-timeline]')) enhance(root);

function enhance(root: HTMLElement) {
  const payload = JSON.parse(root.dataset.timeline!) as TimelinePayload;
  // The chart's title and description are the drawn SVG's own: the page does not repeat them.
  const chart = root.querySelector('svg.tl-svg');
  payload.options.title = chart?.querySelector('title')?.textContent ?? '';
  payload.options.description = chart?.querySelector('desc')?.textContent ?? '';
  const urlState = root.hasAttribute('data-url-state');
  const { selection, view } = readAddress(urlState);
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
}
