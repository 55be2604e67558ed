/** The settings the generator's integration (src/integration.ts) hands to routes and the content config. */
declare module 'virtual:explainer/config' {
  import type { ExplainerConfig } from '../integration.ts';
  const config: ExplainerConfig;
  export default config;
}
