/**
 * "The same selection on the map / on the timeline": the link takes the current selection
 * (actor, kind, country, from, to) from the address bar at the moment it is followed, so a
 * reader who filtered one figure opens the other on the same events. What is only this
 * figure's view (the timeline's lanes and zoom) stays behind. Without JavaScript the link
 * still leads to the other figure, unfiltered.
 */
import { selectionSearch } from '../lib/model/selection.ts';

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-carry-selection]')) {
  const update = () => {
    link.search = selectionSearch(location.search);
  };
  for (const type of ['click', 'focus', 'pointerenter', 'auxclick']) link.addEventListener(type, update);
}
