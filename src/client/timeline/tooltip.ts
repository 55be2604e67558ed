/**
 * The timeline's tooltip: a mark's title, then its date, kind and actors, below the mark.
 * How it opens and closes is every figure's (src/client/tooltip.ts).
 */
import { tooltip, type Tooltip } from '../tooltip.ts';
import type { TimelineIsland } from './island.ts';

export function timelineTooltip(island: TimelineIsland, busy: () => boolean): Tooltip {
  const { payload, root, t } = island;
  const byId = new Map(island.all.map((e) => [e.id, e]));
  return tooltip({
    tip: island.tip,
    host: island.canvas,
    markOf: (target) => target.closest('.tl-mark'),
    busy,
    content: (mark) => {
      const e = byId.get(mark.getAttribute('data-id') ?? '');
      if (!e) return undefined;
      const title = document.createElement('strong');
      title.textContent = e.title;
      const meta = document.createElement('span');
      const actors = e.actors.map((a) => payload.labels.actor[a] ?? a).join(t('timeline.listSeparator'));
      meta.textContent = [e.words, payload.labels.kind[e.kind], actors].filter(Boolean).join(' · ');
      return [title, meta];
    },
    place: (mark, tip) => {
      const box = mark.getBoundingClientRect();
      const host = root.getBoundingClientRect();
      const left = Math.min(Math.max(0, box.left - host.left), host.width - tip.offsetWidth);
      tip.style.left = `${left}px`;
      tip.style.top = `${box.bottom - host.top + 8}px`;
    },
  });
}
