/**
 * The search island's words in the site's language, fetched when the reader first opens
 * search: every page would otherwise carry them in its HTML for a feature most readers of a
 * page never open.
 */
import type { APIRoute } from 'astro';
import { model } from '../../astro/content.ts';
import { searchMessages } from '../../lib/render/search-messages.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchMessages((key) => model.catalogue.message(key))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
