import type { APIRoute } from 'astro';
import { allChanges } from '../../astro/changes.ts';
import { i18n } from '../../astro/content.ts';
import { dataContext } from '../../astro/data-routes.ts';
import { changesFeed } from '../../lib/render/changes-feed.ts';
import { authorNames, citationAuthors } from '../../lib/render/citation/authors.ts';

export const GET: APIRoute = async ({ site: origin }) => {
  const { site, abs } = await dataContext(origin);
  const xml = changesFeed(await allChanges(), site, abs, authorNames(citationAuthors(site)), i18n);
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
