import type { APIRoute } from 'astro';
import { dataContext } from '../../astro/data-routes.ts';
import { eventsCsv } from '../../lib/render/open-data.ts';

export const GET: APIRoute = async ({ site: origin }) => {
  const { graph, abs, vocabularies } = await dataContext(origin);
  return new Response(eventsCsv(graph, abs, vocabularies), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
