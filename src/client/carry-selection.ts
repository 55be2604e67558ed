/**
 * "The same selection on the map / on the timeline": the link takes the current selection
 * (actor, kind, country, from, to) from the address bar at the moment it is followed, so a
 * reader who filtered one view opens the other on the same events. Without JavaScript the
 * link still leads to the other view, unfiltered.
 */
import { parseViewState, serializeViewState } from '../lib/view-state.ts';

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-carry-selection]')) {
  const update = () => {
    const query = serializeViewState(parseViewState(location.search)).toString();
    link.search = query ? `?${query}` : '';
  };
  for (const type of ['click', 'focus', 'pointerenter', 'auxclick']) link.addEventListener(type, update);
}
