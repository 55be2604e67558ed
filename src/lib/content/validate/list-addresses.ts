/**
 * The addresses the list pages take beside the entries' own: /events/<yyyy>/ lists a year's
 * events and /actors/<letter>/ a letter's actors (list-pages.ts), so an event id that is a year,
 * or an actor id of one character, would give two pages one address. Neither may be an id, nor
 * an old id a page redirects from.
 */
import { isListAddress } from '../../render/list-pages.ts';

/** What the address of `id` in `collection` is already, if a list page takes it; with a hint. */
export function listAddressTaken(collection: string, id: string): string | undefined {
  if (!isListAddress(collection, id)) return undefined;
  if (collection === 'events') {
    return `/events/${id}/ is the list of the events of ${id}; give the event an id that starts with its date and says what happened, e.g. '${id}-07-16-raid'`;
  }
  return `/actors/${id}/ is the list of the actors under ${id.toUpperCase()}; give the actor an id of more than one character, e.g. '${id}-group'`;
}
