/**
 * Drawing the timeline in the browser: the same pure layout and SVG code that drew it at
 * build time, at the canvas's width (vertical below 600 px), for the view window; focus stays
 * on the mark that had it, and the range line and the zoom-out button follow the window.
 */
import { layoutTimeline } from '../../lib/figures/timeline/layout.ts';
import { renderLayout } from '../../lib/figures/timeline/render-svg.ts';
import { dateFormat } from '../../lib/figures/timeline/scale.ts';
import type { TimelineOptions } from '../../lib/figures/timeline/types.ts';
import { timelineWords } from '../../lib/figures/timeline/words.ts';
import type { TimelineIsland } from './island.ts';

const NARROW = 600;

export function drawer(island: TimelineIsland): () => void {
  const { root, canvas, toolbar, payload, t } = island;
  const rangeText = root.querySelector<HTMLElement>('.tl-range')!;
  const words = timelineWords(t);
  const dayFmt = dateFormat(payload.options.language, 'dayYear');
  let drawn = false;

  const options = (): TimelineOptions => {
    const narrow = root.clientWidth < NARROW;
    return {
      ...payload.options,
      labels: payload.labels,
      words,
      lanes: island.lanes,
      domain: island.window,
      orientation: narrow ? 'vertical' : 'horizontal',
      width: narrow ? Math.max(280, Math.round(canvas.clientWidth)) : Math.max(720, Math.round(canvas.clientWidth)),
      nativeTooltips: false,
      interactiveBins: true,
    };
  };

  return () => {
    const focused = (document.activeElement as Element | null)?.closest?.('.tl-mark')?.getAttribute('data-id');
    const opts = options();
    island.layout = layoutTimeline(island.shown, opts);
    canvas.innerHTML = renderLayout(island.layout, opts);
    canvas.classList.toggle('tl-vertical', opts.orientation === 'vertical');
    if (focused) {
      const again = canvas.querySelector<SVGAElement>(`.tl-mark[data-id="${CSS.escape(focused)}"]`);
      (again ?? canvas).focus({ preventScroll: true });
    }
    const [from, to] = island.window;
    rangeText.textContent = t(island.layout.density ? 'timeline.rangeByPeriod' : 'timeline.range', {
      from: dayFmt(new Date(from)), to: dayFmt(new Date(to - 1)), inView: island.layout.inView, shown: island.shown.length,
    });
    const [lo, hi] = island.limit();
    toolbar.querySelector<HTMLButtonElement>('[data-action="out"]')!.disabled = from <= lo && to >= hi;
    // The first drawing only shows what the address asked for; later ones are the reader's changes.
    if (drawn) island.onDrawn?.();
    drawn = true;
  };
}
