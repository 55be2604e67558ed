import type { APIRoute } from 'astro';
import { dataContext, json } from '../../astro/data-routes.ts';
import { actorsJson } from '../../lib/render/open-data.ts';

export const GET: APIRoute = async ({ site: origin }) => {
  const { graph, site, abs, i18n } = await dataContext(origin);
  return json(actorsJson(graph, site, abs, i18n));
};
