/**
 * A page's revision, for the layout's metadata and the "Cite this page" block alike. The git
 * history behind it is read once per build (see src/lib/revisions.ts); this is a map lookup.
 */
import { site } from './content.ts';
import { buildDate } from './lib/build-info.ts';
import { contentFile, type CitableKind } from './lib/citation/page.ts';
import { contentDir } from './lib/content-files.ts';
import { pageRevision, revisions, type PageRevision } from './lib/revisions.ts';

/** The revision of the content file behind an actor, event or prose page. */
export function revisionOf(kind: CitableKind, id: string): PageRevision {
  const dir = contentDir();
  return pageRevision(revisions(dir), contentFile(dir, kind, id), buildDate(), site.repository);
}
