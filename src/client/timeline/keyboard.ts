/**
 * The timeline's keys (d3-zoom has none): + and − zoom, the arrows move the window the way
 * time runs in the drawing (→ earlier in a right-to-left chart), 0 and Home show every event,
 * and Enter or Space on a density bin zooms to it.
 */
import type { TimelineIsland } from './island.ts';
import type { Zoom } from './zoom.ts';

export function keyboard(island: TimelineIsland, zoom: Zoom): void {
  island.canvas.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const vertical = island.layout.orientation === 'vertical';
    const back = vertical ? 'ArrowUp' : island.rtl ? 'ArrowRight' : 'ArrowLeft';
    const fwd = vertical ? 'ArrowDown' : island.rtl ? 'ArrowLeft' : 'ArrowRight';
    let next: [number, number] | undefined;
    if (e.key === '+' || e.key === '=') next = zoom.zoomBy(1.5);
    else if (e.key === '-' || e.key === '_' || e.key === '−') next = zoom.zoomBy(1 / 1.5);
    else if (e.key === back) next = zoom.panBy(-0.2);
    else if (e.key === fwd) next = zoom.panBy(0.2);
    else if (e.key === '0' || e.key === 'Home') next = zoom.reset();
    else if ((e.key === 'Enter' || e.key === ' ') && (e.target as Element).closest('.tl-bin')) {
      zoom.zoomToBin((e.target as Element).closest('.tl-bin')!);
      e.preventDefault();
      return;
    }
    if (!next) return;
    e.preventDefault();
    island.window = next;
    island.draw();
  });
}
