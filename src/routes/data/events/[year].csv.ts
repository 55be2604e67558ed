/** The events of one year, with the whole file's columns: /data/events/<yyyy>.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFileResponse } from '../../../astro/data-routes.ts';
import { model, siteContent } from '../../../astro/content.ts';
import { siteLists } from '../../../lib/render/site-lists.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { graph } = await siteContent();
  return siteLists(graph, model).years.map((y) => ({ params: { year: y.key } }));
};

export const GET: APIRoute = ({ params, site: origin }) => dataFileResponse(`events/${params.year}.csv`, origin);
