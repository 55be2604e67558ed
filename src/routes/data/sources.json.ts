import type { APIRoute } from 'astro';
import { dataContext, json } from '../../astro/data-routes.ts';
import { sourcesJson } from '../../lib/render/open-data.ts';

export const GET: APIRoute = async ({ site: origin }) => {
  const { graph, site, abs, i18n } = await dataContext(origin);
  return json(sourcesJson(graph, site, abs, i18n));
};
