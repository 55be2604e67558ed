import type { APIRoute, GetStaticPaths } from 'astro';
import { siteTimeline } from '../../../astro/timeline.ts';

/** One year of the timeline's records, as the island draws them: the events whose date starts in that year. */
export const getStaticPaths = (async () => {
  const { years } = await siteTimeline();
  return years.map(([year, events]) => ({ params: { year: String(year) }, props: { events } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.events), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
