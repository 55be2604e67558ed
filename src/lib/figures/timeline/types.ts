/** The shapes the timeline's layout and renderer share; plain data, safe to send to the browser. */
import type { DateInfo } from '../../content/dates.ts';

/** One event as the timeline needs it: no MDX, no graph, only what is drawn or filtered. */
export interface TimelineEvent extends Pick<DateInfo, 'min' | 'max' | 'precision' | 'approximate' | 'uncertain'> {
  id: string;
  title: string;
  /** The event page, with the site's base already applied. */
  href: string;
  /** A code of the site's `eventKinds` vocabulary. */
  kind: string;
  /** Actor ids in the order the event file lists them: the actor filter and the list's line. */
  actors: string[];
  /**
   * The actors the event is attributed to (in a role whose term `attributes`), in the order
   * the file lists them; the first decides the actor lane, none puts it in "no actor".
   */
  attributed: string[];
  /** Actors who made a claim about the event and are not among `actors`: the actor filter reads them too. */
  claimants?: string[];
  /** ISO 3166-1 alpha-2 code of the place, when the event has one. */
  country?: string;
  /** The date in words, in the site's language ("about May 2022"). */
  words: string;
  /**
   * The event happened once, at a time known only to lie within min and max (EDTF `[a..b]`):
   * drawn as a range of uncertainty, never as a bar that reads as a duration.
   */
  within?: boolean;
  // The other date fields (min, max, precision, approximate, uncertain) are DateInfo's own.
}

/** What lanes group events by. */
export type LaneDimension = 'kind' | 'actor' | 'country' | 'none';

/**
 * Readable names for the codes the timeline shows, per dimension, and the order of the
 * kinds as the site declares them (lanes by kind follow it, not the counts).
 */
export interface TimelineLabels {
  kind: Record<string, string>;
  actor: Record<string, string>;
  country: Record<string, string>;
  /** Event kind codes in the vocabulary's declared order. */
  kindOrder?: string[];
}

/**
 * The words the timeline's SVG and island write, in the site's language. The page builds
 * them from its catalogue (`i18n.t`), the island from the messages the page hands it; the
 * layout and renderer take them as they are and know no language.
 */
export interface TimelineWords {
  /** A mark's accessible name: "Attack on …, about May 2022". */
  markName(title: string, date: string): string;
  /** A mark's native tooltip: "Attack on … — about May 2022" (a date may end in its own bracket: "(year inferred)"). */
  markTitle(title: string, date: string): string;
  /** A density bin: "3 events, March 2022". */
  bin(count: number, period: string): string;
  /** A density bin as a button: "3 events, March 2022: zoom in". */
  binZoom(bin: string): string;
  /** A bin of one week: "week of 7 March 2022". */
  weekOf(date: string): string;
  legendDay: string;
  legendSpan: string;
  /** The key of a "within" range: happened once, at some time in it. */
  legendWithin: string;
  legendFuzzy: string;
  legendDensity: string;
  /** Lane names for events without a kind, actor or place. */
  noKind: string;
  noActor: string;
  noPlace: string;
  /** The lane merging the smallest lanes: "Others (3)". */
  others(count: number): string;
}

export interface TimelineOptions {
  /** Accessible title of the SVG. */
  title: string;
  /** Accessible description of the SVG: say where the list alternative is. */
  description: string;
  labels: TimelineLabels;
  words: TimelineWords;
  /** BCP 47 tag of the site's language: tick and period labels are written in it (Intl, Gregorian, UTC). */
  language: string;
  /**
   * The page's writing direction. In a right-to-left site time runs from right to left, as
   * the text does: the earliest event is at the start of the line (see README, Timeline).
   */
  direction?: 'ltr' | 'rtl';
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
  /** Above this many events in view, lanes show density by period instead of single marks. Default page-caps.ts `TIMELINE_INLINE_CAP`. */
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
  /** The narrowest density bin, in SVG units: the layout picks the finest calendar period at least this wide. Default 8. */
  minBin?: number;
  /**
   * Where a density bin links to, from the instant its period starts (the page's own drawing:
   * a reader without JavaScript follows a bin to the events of its year). Left out, bins are no links.
   */
  binHref?: (from: number) => string;
}
