/**
 * The islands keep the reader's selection in the address bar with `history.replaceState`,
 * which fires no event of its own; they announce each change with this one, so what follows
 * the selection (the "Embed this" snippet) follows it as it changes.
 */
export const SELECTION_EVENT = 'explainer:selection';

/** Says that the address bar now holds a new selection. */
export function selectionChanged(): void {
  dispatchEvent(new Event(SELECTION_EVENT));
}
