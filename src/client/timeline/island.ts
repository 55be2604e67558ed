/**
 * What the parts of the timeline island share: its elements, the payload the page handed it,
 * the selection (which events it shows) and its view window (which stretch of time it
 * shows), and the three ways to show a change: draw now, draw on the next frame, or ease
 * there. Each part (filters, zoom, keyboard, tooltip, address) takes this and nothing else.
 */
import { formatMessage } from '../../lib/i18n/client-messages.ts';
import type { Layout } from '../../lib/figures/timeline/layout.ts';
import type { Selection } from '../../lib/model/selection.ts';
import type { LaneDimension, TimelineEvent } from '../../lib/figures/timeline/types.ts';
import type { TimelinePayload } from '../../lib/figures/timeline/view-data.ts';

export interface TimelineIsland {
  root: HTMLElement;
  canvas: HTMLElement;
  toolbar: HTMLElement;
  tip: HTMLElement;
  payload: TimelinePayload;
  rtl: boolean;
  /** Whether this timeline keeps its selection and view in the address (one per page). */
  urlState: boolean;
  /** A catalogue message from the payload, in the page's language. */
  t(key: string, values?: Record<string, string | number>): string;
  /** Every event of the page, and those the selection keeps. */
  all: TimelineEvent[];
  shown: TimelineEvent[];
  selection: Selection;
  lanes: LaneDimension;
  /** The view window: [first instant, end) in ms. Zoom moves it; it never changes `shown`. */
  window: [number, number];
  /** The last layout drawn. */
  layout: Layout;
  /** The widest window zoom may reach: the events' extent and half again on each side. */
  limit(): [number, number];
  draw(): void;
  schedule(): void;
  /** Moves the window to `target`, easing unless the reader prefers reduced motion. */
  go(target: [number, number]): void;
  /** Called after each drawing the reader caused (not the first). */
  onDrawn?: () => void;
}

export function messages(payload: TimelinePayload): TimelineIsland['t'] {
  return (key, values = {}) => {
    const message = payload.messages[key];
    return message ? formatMessage(message, values, payload.options.language) : key;
  };
}
