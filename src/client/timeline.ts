/**
 * The timeline island: zoom and pan (wheel, drag, pinch, buttons, keys), tooltips on hover
 * and focus, filters that narrow both the chart and the list, and the view in the URL. It
 * redraws the chart with the same pure code that drew it at build time, with the words the
 * page handed it (catalogue messages) in the page's language: it carries no English.
 * In a right-to-left site time runs from right to left, so a drag, the wheel's anchor and
 * the arrow keys follow the drawing: → goes earlier, ← later.
 */
import { formatMessage } from '../lib/i18n/client-messages.ts';
import { layoutTimeline, type Layout } from '../lib/timeline/layout.ts';
import { renderLayout } from '../lib/timeline/render-svg.ts';
import { dateFormat, fullDomain } from '../lib/timeline/scale.ts';
import { matches, panRange, parseState, stateToSearch, zoomRange, type ViewState } from '../lib/timeline/state.ts';
import type { LaneDimension, TimelineEvent, TimelineOptions } from '../lib/timeline/types.ts';
import type { TimelinePayload } from '../lib/timeline/view-data.ts';
import { timelineWords } from '../lib/timeline/words.ts';
import { selectionChanged } from './selection-event.ts';

const NARROW = 600;
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

for (const root of document.querySelectorAll<HTMLElement>('[data-timeline]')) enhance(root);

function enhance(root: HTMLElement) {
  const payload = JSON.parse(root.dataset.timeline!) as TimelinePayload;
  // The chart's title and description are the drawn SVG's own: the page does not repeat them.
  const chart = root.querySelector('svg.tl-svg');
  payload.options.title = chart?.querySelector('title')?.textContent ?? '';
  payload.options.description = chart?.querySelector('desc')?.textContent ?? '';
  const all = payload.events;
  const byId = new Map(all.map((e) => [e.id, e]));
  const canvas = root.querySelector<HTMLElement>('.tl-canvas')!;
  const toolbar = root.querySelector<HTMLElement>('.tl-toolbar')!;
  const rangeText = root.querySelector<HTMLElement>('.tl-range')!;
  const status = root.querySelector<HTMLElement>('.tl-status')!;
  const tip = root.querySelector<HTMLElement>('.tl-tip')!;
  const form = root.querySelector<HTMLFormElement>('.tl-filters');
  const listItems = [...root.querySelectorAll<HTMLElement>('.tl-list .event-item')];
  const urlState = root.hasAttribute('data-url-state');
  const { language } = payload.options;
  const rtl = payload.options.direction === 'rtl';
  const t = (key: string, values: Record<string, string | number> = {}) => {
    const message = payload.messages[key];
    return message ? formatMessage(message, values, language) : key;
  };
  const words = timelineWords(t);
  const dayFmt = dateFormat(language, 'dayYear');

  let state: ViewState = urlState ? parseState(location.search) : {};
  let shown = all.filter((e) => matches(e, state));
  const limit = (): [number, number] => {
    const [a, b] = fullDomain(all);
    const pad = (b - a) * 0.5;
    return [a - pad, b + pad];
  };
  let range: [number, number] = state.from !== undefined && state.to !== undefined ? [state.from, state.to] : fullDomain(shown);
  let layout: Layout;

  root.classList.add('tl-live');
  toolbar.hidden = false;
  root.querySelector<HTMLElement>('.tl-help')!.hidden = false;
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'group');
  canvas.setAttribute('aria-label', payload.canvasLabel);
  if (form) {
    form.hidden = false;
    for (const el of form.elements) {
      const select = el as HTMLSelectElement;
      if (select.name === 'lanes') select.value = state.lanes ?? payload.options.lanes;
      else if (select.name) select.value = state[select.name as 'actor' | 'kind' | 'country'] ?? '';
    }
    form.addEventListener('change', () => {
      const data = new FormData(form);
      const pick = (k: string) => (data.get(k) as string) || undefined;
      const lanes = pick('lanes') as LaneDimension | undefined;
      state = { actor: pick('actor'), kind: pick('kind'), country: pick('country'), lanes: lanes === payload.options.lanes ? undefined : lanes };
      shown = all.filter((e) => matches(e, state));
      range = fullDomain(shown.length ? shown : all);
      filterList();
      draw();
      status.textContent = t('timeline.status', { shown: shown.length, total: all.length });
    });
    form.addEventListener('submit', (e) => e.preventDefault());
  }

  function options(): TimelineOptions {
    const narrow = root.clientWidth < NARROW;
    return {
      ...payload.options,
      labels: payload.labels,
      words,
      lanes: state.lanes ?? payload.options.lanes,
      domain: range,
      orientation: narrow ? 'vertical' : 'horizontal',
      width: narrow ? Math.max(280, Math.round(canvas.clientWidth)) : Math.max(720, Math.round(canvas.clientWidth)),
      nativeTooltips: false,
      interactiveBins: true,
    };
  }

  function filterList() {
    const keep = new Set(shown.map((e) => e.id));
    for (const li of listItems) li.hidden = !keep.has(li.id.replace(/^event-/, ''));
  }

  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  let drawn = false;
  function draw() {
    const focused = (document.activeElement as Element | null)?.closest?.('.tl-mark')?.getAttribute('data-id');
    const opts = options();
    layout = layoutTimeline(shown, opts);
    canvas.innerHTML = renderLayout(layout, opts);
    canvas.classList.toggle('tl-vertical', opts.orientation === 'vertical');
    if (focused) {
      const again = canvas.querySelector<SVGAElement>(`.tl-mark[data-id="${CSS.escape(focused)}"]`);
      (again ?? canvas).focus({ preventScroll: true });
    }
    rangeText.textContent = t(layout.density ? 'timeline.rangeByPeriod' : 'timeline.range', {
      from: dayFmt(new Date(range[0])), to: dayFmt(new Date(range[1] - 1)), inView: layout.inView, shown: shown.length,
    });
    const [lo, hi] = limit();
    toolbar.querySelector<HTMLButtonElement>('[data-action="out"]')!.disabled = range[0] <= lo && range[1] >= hi;
    // The first drawing only shows what the URL asked for; later ones are the reader's changes.
    if (urlState && drawn) {
      clearTimeout(urlTimer);
      urlTimer = setTimeout(() => {
        history.replaceState(history.state, '', `${location.pathname}${stateToSearch({ ...state, from: range[0], to: range[1] })}${location.hash}`);
        selectionChanged();
      }, 150);
    }
    drawn = true;
  }

  let frame = 0;
  function schedule() {
    if (!frame) frame = requestAnimationFrame(() => { frame = 0; draw(); });
  }

  /** Moves to a range, easing over 200 ms unless the reader prefers reduced motion. */
  function go(target: [number, number]) {
    if (reducedMotion.matches) { range = target; draw(); return; }
    const from = range;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / 200);
      const k = 1 - (1 - t) ** 3;
      range = [from[0] + (target[0] - from[0]) * k, from[1] + (target[1] - from[1]) * k];
      draw();
      if (t < 1) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }

  const zoomBy = (factor: number, anchor = 0.5) => zoomRange(range, factor, anchor, limit());
  const panBy = (fraction: number) => panRange(range, (range[1] - range[0]) * fraction, limit());
  const reset = () => fullDomain(shown.length ? shown : all);

  toolbar.addEventListener('click', (e) => {
    const action = (e.target as Element).closest('button')?.dataset.action;
    if (action === 'in') go(zoomBy(2));
    else if (action === 'out') go(zoomBy(0.5));
    else if (action === 'earlier') go(panBy(-0.4));
    else if (action === 'later') go(panBy(0.4));
    else if (action === 'reset') go(reset());
  });

  // Keys: d3-zoom has none, so the chart takes + − arrows 0, and Enter/Space on a density bin.
  canvas.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const vertical = layout.orientation === 'vertical';
    const back = vertical ? 'ArrowUp' : rtl ? 'ArrowRight' : 'ArrowLeft';
    const fwd = vertical ? 'ArrowDown' : rtl ? 'ArrowLeft' : 'ArrowRight';
    let next: [number, number] | undefined;
    if (e.key === '+' || e.key === '=') next = zoomBy(1.5);
    else if (e.key === '-' || e.key === '_' || e.key === '−') next = zoomBy(1 / 1.5);
    else if (e.key === back) next = panBy(-0.2);
    else if (e.key === fwd) next = panBy(0.2);
    else if (e.key === '0' || e.key === 'Home') next = reset();
    else if ((e.key === 'Enter' || e.key === ' ') && (e.target as Element).closest('.tl-bin')) {
      zoomToBin((e.target as Element).closest('.tl-bin')!);
      e.preventDefault();
      return;
    }
    if (!next) return;
    e.preventDefault();
    range = next;
    draw();
  });

  function zoomToBin(bin: Element) {
    const from = Number(bin.getAttribute('data-from'));
    const to = Number(bin.getAttribute('data-to'));
    const pad = (to - from) * 0.1;
    go(zoomRange([from - pad, to + pad], 1, 0.5, limit()));
  }

  // Pointer: where along the time axis a client position falls, as a fraction of the range.
  const fraction = (clientX: number, clientY: number) => {
    const box = canvas.querySelector('svg')!.getBoundingClientRect();
    const unit = box.width / layout.width;
    const { plot } = layout;
    const f = layout.orientation === 'vertical'
      ? ((clientY - box.top) / unit - plot.y0) / (plot.y1 - plot.y0)
      : ((clientX - box.left) / unit - plot.x0) / (plot.x1 - plot.x0);
    // The plot is symmetric in its frame, so mirrored time is the same fraction from the other end.
    const along = rtl && layout.orientation === 'horizontal' ? 1 - f : f;
    return Math.min(1, Math.max(0, along));
  };
  const pxPerRange = () => {
    const box = canvas.querySelector('svg')!.getBoundingClientRect();
    const unit = box.width / layout.width;
    return layout.orientation === 'vertical' ? (layout.plot.y1 - layout.plot.y0) * unit : (layout.plot.x1 - layout.plot.x0) * unit;
  };

  canvas.addEventListener('wheel', (e) => {
    e.preventDefault();
    const delta = e.deltaY * (e.deltaMode === 1 ? 20 : 1);
    range = zoomBy(2 ** (-delta / 300), fraction(e.clientX, e.clientY));
    schedule();
  }, { passive: false });

  const pointers = new Map<number, { x: number; y: number }>();
  let gesture: { range: [number, number]; x: number; y: number; dist?: number; anchor?: number } | undefined;
  let dragged = false;
  // Position along time, in pixels: mirrored for a right-to-left chart, so a drag moves the drawing with the pointer.
  const along = (p: { x: number; y: number }) => (layout.orientation === 'vertical' ? p.y : rtl ? -p.x : p.x);
  canvas.addEventListener('pointerdown', (e) => {
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    dragged = false;
    const [a, b] = [...pointers.values()];
    if (pointers.size === 1) gesture = { range, x: e.clientX, y: e.clientY };
    else if (a && b) gesture = { range, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, dist: Math.hypot(a.x - b.x, a.y - b.y), anchor: fraction((a.x + b.x) / 2, (a.y + b.y) / 2) };
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!pointers.has(e.pointerId) || !gesture) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const [a, b] = [...pointers.values()];
    if (gesture.dist && a && b) {
      const dist = Math.hypot(a.x - b.x, a.y - b.y);
      range = zoomRange(gesture.range, dist / gesture.dist, gesture.anchor!, limit());
      dragged = true;
    } else if (a) {
      const moved = along(a) - along(gesture);
      if (!dragged && Math.abs(moved) < 4) return;
      // Capture only once it is a drag, so a plain click still reaches the mark's link.
      if (!dragged) canvas.setPointerCapture(e.pointerId);
      dragged = true;
      const span = gesture.range[1] - gesture.range[0];
      range = panRange(gesture.range, (-moved / pxPerRange()) * span, limit());
    }
    hideTip();
    schedule();
  });
  const release = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
    gesture = pointers.size === 1 ? { range, ...[...pointers.values()][0]! } : undefined;
  };
  canvas.addEventListener('pointerup', release);
  canvas.addEventListener('pointercancel', release);
  // A drag that ends on a mark is not a click on it.
  canvas.addEventListener('click', (e) => {
    if (dragged) { e.preventDefault(); e.stopPropagation(); dragged = false; return; }
    const bin = (e.target as Element).closest('.tl-bin');
    if (bin) zoomToBin(bin);
  }, true);

  // Tooltips (WCAG 1.4.13): on hover and focus, hoverable, dismissed with Esc.
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let tipFor: Element | undefined;
  function showTip(mark: Element) {
    const event = byId.get(mark.getAttribute('data-id') ?? '');
    if (!event) return;
    clearTimeout(hideTimer);
    tipFor = mark;
    tip.replaceChildren(...tipContent(event));
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const host = root.getBoundingClientRect();
    const left = Math.min(Math.max(0, box.left - host.left), host.width - tip.offsetWidth);
    tip.style.left = `${left}px`;
    tip.style.top = `${box.bottom - host.top + 8}px`;
    mark.setAttribute('aria-describedby', tip.id);
  }
  function hideTip() {
    tip.hidden = true;
    tipFor?.removeAttribute('aria-describedby');
    tipFor = undefined;
  }
  function tipContent(e: TimelineEvent): Node[] {
    const title = document.createElement('strong');
    title.textContent = e.title;
    const meta = document.createElement('span');
    const actors = e.actors.map((a) => payload.labels.actor[a] ?? a).join(t('timeline.listSeparator'));
    meta.textContent = [e.words, payload.labels.kind[e.kind], actors].filter(Boolean).join(' · ');
    return [title, meta];
  }
  canvas.addEventListener('pointerover', (e) => {
    const mark = (e.target as Element).closest('.tl-mark');
    if (mark && !gesture) showTip(mark);
  });
  canvas.addEventListener('pointerout', (e) => {
    if ((e.target as Element).closest('.tl-mark')) hideTimer = setTimeout(hideTip, 300);
  });
  tip.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  tip.addEventListener('pointerleave', () => { hideTimer = setTimeout(hideTip, 300); });
  canvas.addEventListener('focusin', (e) => {
    const mark = (e.target as Element).closest('.tl-mark');
    if (mark) showTip(mark);
    else hideTip();
  });
  canvas.addEventListener('focusout', () => hideTip());
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !tip.hidden) hideTip();
  });

  let lastWidth = root.clientWidth;
  new ResizeObserver(() => {
    if (Math.abs(root.clientWidth - lastWidth) < 8) return;
    lastWidth = root.clientWidth;
    schedule();
  }).observe(root);

  if (state.actor || state.kind || state.country) filterList();
  draw();
  root.dataset.ready = String(Math.round(performance.now()));
}
