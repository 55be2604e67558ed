import type { APIRoute } from 'astro';
import { dataContext, json } from '../../astro/data-routes.ts';
import { eventsJson } from '../../lib/render/open-data.ts';

export const GET: APIRoute = async ({ site: origin }) => {
  const { graph, site, abs, vocabularies, i18n } = await dataContext(origin);
  return json(eventsJson(graph, site, abs, vocabularies, i18n));
};
