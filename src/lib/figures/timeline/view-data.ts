/** What a timeline component hands to the page and the island: the SVG's options and the data. */
import type { ClientMessages } from '../../i18n/client-messages.ts';
import { selectable } from './data.ts';
import { fullDomain } from './scale.ts';
import type { LaneDimension, TimelineEvent, TimelineLabels, TimelineOptions, TimelineWords } from './types.ts';

/** The JSON the island reads from the page: everything it needs to draw the timeline again. */
export interface TimelinePayload {
  /**
   * The events, when the page carries them (up to page-caps.ts `TIMELINE_INLINE_CAP`); beyond it
   * they are left out and `data` says where the island fetches them.
   */
  events: TimelineEvent[];
  labels: TimelineLabels;
  /** The address of the timeline's data index (lod.ts `TimelineIndex`), when the page does not carry the events. */
  data?: string;
  /** With `data`: only the events this actor took part in (an actor page's timeline). */
  scope?: string;
  options: Pick<TimelineOptions, 'title' | 'description' | 'highlight' | 'idPrefix' | 'maxMarks' | 'language' | 'direction'> & { lanes: LaneDimension };
  /** The catalogue messages the island writes with (see src/lib/i18n/client-messages.ts). */
  messages: ClientMessages;
  /** Words the page wrote once for the island: the chart's accessible name when it takes focus. */
  canvasLabel: string;
}

/** The options of the build-time SVG for a payload: the whole range, native tooltips on. */
export function staticOptions(payload: TimelinePayload, words: TimelineWords, width = 960): TimelineOptions {
  return { ...payload.options, labels: payload.labels, words, width, domain: fullDomain(payload.events), nativeTooltips: true };
}

/**
 * Filter choices present in the events: [code, label, count]. Kinds stand in the order the
 * vocabulary declares them; actors and countries by label in the site's language.
 */
export function choices(payload: Pick<TimelinePayload, 'events' | 'labels' | 'options'>, dimension: 'actor' | 'kind' | 'country'): [string, string, number][] {
  const counts = new Map<string, number>();
  for (const e of payload.events) {
    const keys = dimension === 'actor' ? selectable(e).actors : dimension === 'kind' ? [e.kind] : e.country ? [e.country] : [];
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const collator = new Intl.Collator(payload.options.language);
  const out = [...counts]
    .map(([k, n]): [string, string, number] => [k, payload.labels[dimension][k] ?? k, n])
    .sort((a, b) => collator.compare(a[1], b[1]));
  const order = dimension === 'kind' ? payload.labels.kindOrder : undefined;
  if (order) {
    const rank = new Map(order.map((code, i) => [code, i]));
    out.sort((a, b) => (rank.get(a[0]) ?? order.length) - (rank.get(b[0]) ?? order.length));
  }
  return out;
}
