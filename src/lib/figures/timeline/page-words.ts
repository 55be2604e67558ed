/**
 * What a timeline component needs from the site's model, made once per build: the SVG's
 * words, the messages of the island, and the labels of the codes. Pages call it
 * with the model from content.ts; this module imports nothing of Astro.
 */
import { clientMessages, type ClientMessages } from '../../i18n/client-messages.ts';
import type { SiteModel } from '../../content/site-config.ts';
import type { EventNode, Graph } from '../../model/graph.ts';
import { labelsFor, toTimelineEvents } from './data.ts';
import type { TimelineEvent, TimelineLabels, TimelineWords } from './types.ts';
import { ISLAND_KEYS, SVG_WORD_KEYS, timelineWords } from './words.ts';

const cache = new WeakMap<SiteModel, { words: TimelineWords; messages: ClientMessages }>();

/** The timeline's words and the island's messages in the site's language. */
export function timelineText(model: SiteModel): { words: TimelineWords; messages: ClientMessages } {
  let text = cache.get(model);
  if (!text) {
    text = {
      words: timelineWords((key, values) => model.i18n.t(key as never, values)),
      messages: clientMessages(model.catalogue, [...SVG_WORD_KEYS, ...ISLAND_KEYS]),
    };
    cache.set(model, text);
  }
  return text;
}

/** The records of these events and the labels they use, worded in the site's language. */
export function timelineRecords(model: SiteModel, graph: Graph, events: EventNode[], href: (id: string) => string): { records: TimelineEvent[]; labels: TimelineLabels } {
  const records = toTimelineEvents(events, href, (e) => model.i18n.date(e.date), model.vocabularies.roles);
  const actorName = (a: string) => { const d = graph.actors.get(a)?.data; return d ? d.shortName ?? d.name : a; };
  return { records, labels: labelsFor(records, { eventKinds: model.vocabularies.eventKinds, actorName, countryName: (c) => model.i18n.countryName(c) }) };
}
