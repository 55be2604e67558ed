import type { APIRoute } from 'astro';
import { dataContext, json } from '../../astro/data-routes.ts';
import { sourcesJson } from '../../lib/render/open-data.ts';
import { siteLists } from '../../lib/render/site-lists.ts';
import { model } from '../../astro/content.ts';

export const GET: APIRoute = async ({ site: origin }) => {
  const { graph, site, abs, i18n } = await dataContext(origin);
  return json(sourcesJson(graph, site, abs, i18n, siteLists(graph, model).sourcePath));
};
