// @ts-check
// The first site built with the generator: everything it needs comes from the integration.
import { defineConfig } from 'astro/config';
import explainer from './src/integration.ts';

export default defineConfig({ integrations: [explainer()] });
