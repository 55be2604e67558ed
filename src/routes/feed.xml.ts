import type { APIRoute } from 'astro';
import { dataContext } from '../astro/data-routes.ts';
import { authorNames, citationAuthors } from '../lib/render/citation/authors.ts';
import { eventsFeed } from '../lib/render/open-data.ts';
import { revisionOf } from '../astro/revision.ts';
import { i18n } from '../astro/content.ts';

export const GET: APIRoute = async ({ site: origin }) => {
  const { graph, site, abs } = await dataContext(origin);
  const xml = eventsFeed(graph, site, abs, (id) => revisionOf('events', id).updated, authorNames(citationAuthors(site)), i18n);
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
