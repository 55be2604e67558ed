/**
 * The package's entry as Node imports it (`import explainer from 'explainer-site-generator'`):
 * the integration, src/integration.ts. In this repository and in an install by path (a link
 * out of node_modules) Node runs the TypeScript itself; in a copy of the package inside
 * node_modules, where Node strips no types, the JavaScript `npm pack` compiled beside it
 * (scripts/pack.ts). Without this, Astro
 * would load the integration through a Vite module runner it closes after reading the config,
 * and the integration's later imports (the search index) would fail.
 */
const compiled = import.meta.url.includes('/node_modules/');
const integration = await import(new URL(`./src/integration.${compiled ? 'js' : 'ts'}`, import.meta.url).href);

export default integration.default;
export const { ContentError, CONFIG_MODULE, routeFiles, routePattern } = integration;
