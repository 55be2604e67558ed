/**
 * The one place a content type is defined. Schemas live in `src/lib/content/schema.ts` so that the
 * validator (`src/lib/content/validate.ts`, run before every build and by `npm run check`) applies the
 * very same rules outside Astro; here they are bound to the files of the content folder.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { mdxEntries } from './plugins/mdx-entries.ts';
import { contentRoot, siteSettings } from './astro/site.ts';

const root = contentRoot;
// The schemas of this site's vocabularies (site.yaml), the same the validator applied.
const { actorSchema, eventSchema, pageSchema, sourceSchema } = siteSettings.schemas;
// The file name is the id and the URL, exactly as written (Astro would slugify it otherwise).
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

export const collections = {
  // Actors and events are thousands: their bodies are rendered without compiling MDX to code.
  actors: defineCollection({ loader: mdxEntries('actors', `${root}/actors`), schema: actorSchema }),
  events: defineCollection({ loader: mdxEntries('events', `${root}/events`), schema: eventSchema }),
  // The few editorial pages go through @astrojs/mdx.
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/pages`, generateId: byFileName }), schema: pageSchema }),
  sources: defineCollection({ loader: file(`${root}/sources.yaml`), schema: sourceSchema }),
};
