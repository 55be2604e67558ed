/** What the data routes share: the graph and absolute addresses for this deployment. */
import { site, siteContent } from './content.ts';
import { absoluteUrls } from './lib/open-data.ts';

export async function dataContext(origin: URL | undefined) {
  const { graph } = await siteContent();
  return { graph, site, abs: absoluteUrls(origin ?? 'http://localhost:4321', import.meta.env.BASE_URL) };
}

export const json = (value: unknown) =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
