// @ts-check
// Benchmark contender: Starlight with its defaults (sidebar, search by Pagefind), over the
// Markdown pages that scripts/bench.ts converts from the synthetic corpus.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [starlight({ title: 'Synthetic benchmark corpus' })],
});
