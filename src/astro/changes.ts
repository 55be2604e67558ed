/**
 * Every correction of the site, with the page it belongs to: what /changes/, its pages by
 * year and its feed list. Read once per build from the loaded content.
 */
import { siteContent } from './content.ts';
import { siteChanges, type SiteChange } from '../lib/model/corrections.ts';
import { paths } from '../lib/render/urls.ts';

let changes: Promise<SiteChange[]> | undefined;

export function allChanges(): Promise<SiteChange[]> {
  changes ??= siteContent().then(({ graph, pages }) => siteChanges([
    ...[...graph.events.values()].map((e) => ({ kind: 'events' as const, id: e.id, title: e.data.title, path: paths.event(e.id), corrections: e.data.corrections })),
    ...[...graph.actors.values()].map((a) => ({ kind: 'actors' as const, id: a.id, title: a.data.name, path: paths.actor(a.id), corrections: a.data.corrections })),
    ...[...pages.values()].map((p) => ({ kind: 'pages' as const, id: p.id, title: p.data.title, path: paths.page(p.id), corrections: p.data.corrections })),
  ]));
  return changes;
}
