import type { APIRoute } from 'astro';
import { timelineIndex } from '../../../lib/figures/timeline/lod.ts';
import { siteTimeline } from '../../../astro/timeline.ts';
import { paths, url } from '../../../astro/base-url.ts';

/** The timeline's data index: the labels of every code, and each year's count and file. */
export const GET: APIRoute = async () => {
  const { records, labels } = await siteTimeline();
  // Compact: the island fetches it; a reader wanting to read the data has /data/.
  return new Response(JSON.stringify(timelineIndex(records, labels, (year) => url(paths.timelineYear(year)))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
