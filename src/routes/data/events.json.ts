import type { APIRoute } from 'astro';
import { dataFileResponse } from '../../astro/data-routes.ts';

export const GET: APIRoute = ({ site: origin }) => dataFileResponse('events.json', origin);
