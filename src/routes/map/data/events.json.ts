import type { APIRoute } from 'astro';
import { i18n, site, siteContent } from '../../../astro/content.ts';
import { paths, url } from '../../../astro/base-url.ts';
import type { MapData, MapDataEvent } from '../../../lib/figures/map/clusters.ts';
import { actorChoices } from '../../../lib/figures/map/marks.ts';
import { projectionOf } from '../../../lib/figures/map/frame.ts';
import { mapEvents, placeMarks } from '../../../lib/figures/map/marks.ts';
import { siteMapOnce } from '../../../lib/figures/map/site-map.ts';

/**
 * Every event the full map draws, where it draws it and what a selection reads of it, and the
 * actors its filter offers: the island redraws the clusters from these when the reader filters
 * a map beyond the events it draws one by one. Compact, as the island fetches it; the open data is at /data/.
 */
export const GET: APIRoute = async () => {
  const { graph } = await siteContent();
  const map = siteMapOnce(site.map, graph.eventsByDate);
  const places = placeMarks(mapEvents(graph.eventsByDate, (id) => url(paths.event(id)), (e) => i18n.date(e.date)), projectionOf(map.full));
  const events: MapDataEvent[] = places.flatMap((p) => p.marks.map(({ event: e }) => ({
    x: p.x, y: p.y, place: p.name, ...(e.country ? { country: e.country } : {}), min: e.min, max: e.max, kind: e.kind, actors: e.actors,
  })));
  const data: MapData = { actors: actorChoices(graph, graph.eventsByDate, i18n.language), events };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
