/** The shapes the timeline's layout and renderer share; plain data, safe to send to the browser. */
import type { DateInfo } from '../dates.ts';

/** One event as the timeline needs it: no MDX, no graph, only what is drawn or filtered. */
export interface TimelineEvent extends Pick<DateInfo, 'min' | 'max' | 'precision' | 'approximate' | 'uncertain' | 'words'> {
  id: string;
  title: string;
  /** The event page, with the site's base already applied. */
  href: string;
  /** The event kind code (attack, raid…). */
  kind: string;
  /** Actor ids in the order the event file lists them; the first decides the actor lane. */
  actors: string[];
  /** ISO 3166-1 alpha-2 code of the place, when the event has one. */
  country?: string;
  // The date fields (min, max, precision, approximate, uncertain, words) are DateInfo's own.
}

/** What lanes group events by. */
export type LaneDimension = 'kind' | 'actor' | 'country' | 'none';

/** Readable names for the codes the timeline shows, per dimension. */
export interface TimelineLabels {
  kind: Record<string, string>;
  actor: Record<string, string>;
  country: Record<string, string>;
}

export interface TimelineOptions {
  /** Accessible title of the SVG. */
  title: string;
  /** Accessible description of the SVG: say where the list alternative is. */
  description: string;
  labels: TimelineLabels;
  /** Width in SVG user units (the SVG scales to its container). Default 960. */
  width?: number;
  /** Grouping of events into lanes. Default 'kind'. */
  lanes?: LaneDimension;
  /** The visible date range [from, to] in ms; default: all events plus a margin. */
  domain?: [number, number];
  /** Time runs left to right (default) or top to bottom (narrow screens). */
  orientation?: 'horizontal' | 'vertical';
  /** Id of the event to emphasise (the event page's own event). */
  highlight?: string;
  /** Above this many events in view, lanes show density by period instead of single marks. Default 250. */
  maxMarks?: number;
  /** Lanes beyond this many are merged into "Others". Default 8. */
  maxLanes?: number;
  /** Prefix for ids inside the SVG (patterns, clip paths), unique per page. Default 'tl'. */
  idPrefix?: string;
  /**
   * Whether marks carry an SVG `<title>` (the browser's own tooltip). The static SVG does,
   * so that a reader without JavaScript can hover a mark; the island draws its own tooltip.
   */
  nativeTooltips?: boolean;
  /** Whether density bins are focusable buttons that zoom in (only the island can act on them). */
  interactiveBins?: boolean;
}
