/**
 * The rules for `redirectFrom`, which span files: an old id must be free — not the id of an
 * entry of the same collection (its page would be replaced by a redirect), not claimed by two
 * entries, not the address of a list page (list-addresses.ts), and for pages not one of the
 * generator's own addresses, which no page id may take.
 */
import type { RawEntry } from '../content-files.ts';
import { RESERVED_PAGE_IDS } from '../reserved-paths.ts';
import { listAddressTaken } from './list-addresses.ts';
import { valueAt, type Reporter } from './schema-issues.ts';

export function checkRedirects(entries: RawEntry[], reporter: Reporter) {
  const ids = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!ids.has(e.collection)) ids.set(e.collection, new Set());
    ids.get(e.collection)!.add(e.id);
  }
  const claimed = new Map<string, RawEntry>();
  for (const entry of entries) {
    const list = valueAt(entry.data, ['redirectFrom']);
    if (!Array.isArray(list)) continue;
    list.forEach((old, i) => {
      if (typeof old !== 'string') return;
      const path = ['redirectFrom', i];
      const kind = entry.collection.slice(0, -1);
      if (old === entry.id) {
        reporter.report(entry, path, `'${old}' is this ${kind}'s own id; list only its earlier ids`);
      } else if (ids.get(entry.collection)?.has(old)) {
        reporter.report(entry, path, `'${old}' is the id of another ${kind}: a redirect would hide its page; remove it from redirectFrom`);
      } else if (listAddressTaken(entry.collection, old)) {
        reporter.report(entry, path, `'${old}' cannot redirect: ${listAddressTaken(entry.collection, old)!.replace(/;.*$/, '')}; remove it from redirectFrom`);
      } else if (entry.collection === 'pages' && RESERVED_PAGE_IDS.includes(old)) {
        reporter.report(entry, path, `'/${old}/' is one of the site's own pages (${RESERVED_PAGE_IDS.join(', ')}); it cannot redirect`);
      } else {
        const key = `${entry.collection}/${old}`;
        const earlier = claimed.get(key);
        if (earlier) reporter.report(entry, path, `'${old}' already redirects to ${earlier.file}; an old address can forward to one page only`);
        else claimed.set(key, entry);
      }
    });
  }
  for (const entry of entries) {
    if (entry.collection === 'pages' && RESERVED_PAGE_IDS.includes(entry.id)) {
      reporter.report(entry, [], `the page id '${entry.id}' is taken by one of the site's own pages (${RESERVED_PAGE_IDS.join(', ')}); rename the file`);
    }
  }
}
