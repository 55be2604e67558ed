/** What the data routes share: the graph and absolute addresses for this deployment. */
import { i18n, site, siteContent, vocabularies } from './content.ts';
import { siteUrls } from '../lib/render/open-data.ts';

/** The graph, the site config, its vocabularies, its words and a function that gives site paths their address in this deployment. */
export async function dataContext(origin: URL | undefined) {
  const { graph } = await siteContent();
  return { graph, site, vocabularies, i18n, abs: siteUrls(origin, import.meta.env.BASE_URL) };
}

/** A JSON response, pretty-printed so the files read well in a browser and diff well. */
export const json = (value: unknown) =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
