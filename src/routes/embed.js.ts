/** The optional script a host page loads to size this site's embeds to their content (src/lib/render/embed.ts). */
import type { APIRoute } from 'astro';
import { hostScript } from '../lib/render/embed.ts';

export const GET: APIRoute = () => new Response(hostScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
