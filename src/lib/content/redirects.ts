/**
 * Redirects for renamed entries: every id an actor, event or page lists in `redirectFrom`
 * forwards to the entry's page. Handed to Astro's `redirects` option, which writes a page
 * with a meta refresh and a canonical link at the old address in a static build.
 */
import type { RawContent } from './content-files.ts';
import { paths, withBase } from '../render/urls.ts';

const pathOf = { actors: paths.actor, events: paths.event, pages: paths.page } as const;

/**
 * Old path → new address, for every `redirectFrom` in the content (invalid values are skipped:
 * validation reports them). Astro puts the deployment's `base` in front of the old path but
 * not of the destination, so the destination carries it here.
 */
export function contentRedirects(raw: Pick<RawContent, 'entries'>, base = '/'): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const entry of raw.entries) {
    const list = (entry.data as { redirectFrom?: unknown } | null)?.redirectFrom;
    if (!Array.isArray(list)) continue;
    for (const old of list) {
      if (typeof old !== 'string' || old === entry.id) continue;
      redirects[pathOf[entry.collection](old)] = withBase(base, pathOf[entry.collection](entry.id));
    }
  }
  return redirects;
}
