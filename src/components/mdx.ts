/**
 * The components an MDX body may use, by the names of the allowlist in src/lib/components.ts.
 * Pages pass this to `<Content components={mdxComponents} />`.
 */
import Cite from './Cite.astro';

export const mdxComponents = { Cite };
