/**
 * The timeline's address: the selection (src/lib/model/selection.ts) and the view (lanes, zoom
 * window: src/lib/figures/timeline/view.ts) are read from it on load, and written back, a moment
 * after the reader's last change, with `history.replaceState`; the change is announced so
 * that what follows the selection ("Embed this") follows it.
 */
import { emptySelection, parseSelection, type Selection } from '../../lib/model/selection.ts';
import { parseTimelineView, timelineSearch, type TimelineView } from '../../lib/figures/timeline/view.ts';
import { selectionChanged } from '../selection-event.ts';
import type { TimelineIsland } from './island.ts';

/** What the address asks of a timeline that keeps its state there; nothing for one that does not. */
export function readAddress(urlState: boolean): { selection: Selection; view: TimelineView } {
  return urlState ? { selection: parseSelection(location.search), view: parseTimelineView(location.search) } : { selection: emptySelection(), view: {} };
}

export function writeAddress(island: TimelineIsland): void {
  if (!island.urlState) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  island.onDrawn = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const lanes = island.lanes === island.payload.options.lanes ? undefined : island.lanes;
      history.replaceState(history.state, '', `${location.pathname}${timelineSearch(island.selection, { lanes, window: island.window })}${location.hash}`);
      selectionChanged();
    }, 150);
  };
}
