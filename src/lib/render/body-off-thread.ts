/**
 * An actor's or event's body as HTML, made on a thread beside the rendering. Parsing and
 * drawing a body is the largest single step of an entry page on the page's own thread (a
 * seventh of a cold 2,500-page build's main thread); the other core, once the citations are
 * formatted, has room. One thread is enough: a body takes a couple of milliseconds, the rest
 * of its page longer, and Astro renders a few pages at once (`build.concurrency`).
 *
 * The HTML is the same as renderBody's, from the same function (renderCited) and the same
 * cache of bodies; only where it is made differs.
 */
import { cachedTextAsync } from '../cache/registry.ts';
import { citedSources, type BodyOptions } from './body-html.ts';
import { runnable } from './runnable.ts';
import { sharedPool } from './thread-pool.ts';

const pool = sharedPool('bodies', {
  doing: 'rendering a body',
  script: () => runnable(new URL(import.meta.resolve('explainer-site-generator/body-worker'))),
  most: 1,
  // What the renderer keeps does not grow with the site; left to V8's defaults, a thread that
  // allocates this fast keeps hundreds of megabytes of garbage.
  resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 },
});

/** The body as HTML (renderBody's), made on the body thread; rejects, naming the file, if the guard refuses it. */
export function renderBodyOffThread(body: string, options: BodyOptions): Promise<string> {
  const cited = citedSources(body, options);
  return cachedTextAsync('bodies', [body, cited], () => pool.ask<string>({ body, path: options.path, cited }));
}
