/**
 * The timeline records of every event of the site, made once per build: the home page,
 * /timeline/, its embed and the timeline's data files all read the same records.
 */
import type { Graph } from '../lib/model/graph.ts';
import { byYear } from '../lib/figures/timeline/lod.ts';
import { timelineRecords } from '../lib/figures/timeline/page-words.ts';
import type { TimelineEvent, TimelineLabels } from '../lib/figures/timeline/types.ts';
import { model, siteContent } from './content.ts';
import { paths, url } from './base-url.ts';

interface SiteTimeline {
  records: TimelineEvent[];
  labels: TimelineLabels;
  years: [number, TimelineEvent[]][];
}

const made = new WeakMap<Graph, SiteTimeline>();

/** Every event's record in date order, the labels they use, and the records per year. */
export async function siteTimeline(): Promise<SiteTimeline> {
  const { graph } = await siteContent();
  let timeline = made.get(graph);
  if (!timeline) {
    const { records, labels } = timelineRecords(model, graph, graph.eventsByDate, (id) => url(paths.event(id)));
    made.set(graph, (timeline = { records, labels, years: byYear(records) }));
  }
  return timeline;
}
