/**
 * The one place a content type is defined. Schemas live in `src/lib/content/schema.ts` so that the
 * validator (`src/lib/content/validate.ts`, run before every build and by `npm run check`) applies the
 * very same rules outside Astro; here they are bound to the files of the content folder. The
 * loaders take the files as the integration read them (src/astro/reading.ts): a build reads each
 * content file once.
 */
import { defineCollection } from 'astro:content';
import { mdxEntries } from './plugins/mdx-entries.ts';
import { sourceEntries } from './plugins/source-entries.ts';
import { contentRoot, siteSettings } from './astro/site.ts';

const root = contentRoot;
// The schemas of this site's vocabularies (site.yaml), the same the validator applied.
const { actorSchema, eventSchema, pageSchema, sourceSchema } = siteSettings.schemas;

export const collections = {
  // Actors and events are thousands: their bodies are rendered without compiling MDX to code.
  actors: defineCollection({ loader: mdxEntries('actors', root), schema: actorSchema }),
  events: defineCollection({ loader: mdxEntries('events', root), schema: eventSchema }),
  // The few editorial pages are compiled by @astrojs/mdx.
  pages: defineCollection({ loader: mdxEntries('pages', root), schema: pageSchema }),
  sources: defineCollection({ loader: sourceEntries(root), schema: sourceSchema }),
};
