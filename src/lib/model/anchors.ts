/**
 * The anchors of an event's claims and figures, which a reader can link to (`…/#claim-3f2a9c1b`).
 * Each is made from what the claim or figure says, never from its place in the list, so a
 * link someone published keeps pointing at the same claim when the editors add, remove or
 * reword another one. Two identical items of one page get the same hash; the second and
 * later are told apart by a suffix in the order of the file (`-2`, `-3`), the same at every
 * build.
 */
import { createHash } from 'node:crypto';
import type { Claim, Figure } from '../content/schema.ts';

/** The prefixes of the anchors; the page-id check (page-ids.ts) keeps headings off them. */
export const ANCHOR_PREFIXES = { claim: 'claim-', figure: 'figure-' } as const;

/** Any id these functions can make: a prefix, eight hexadecimal digits, maybe a suffix. */
export const ANCHOR_ID = /^(?:claim|figure)-[0-9a-f]{8}(?:-\d+)?$/;

const short = (parts: readonly unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 8);

/** What a claim says, who says it, how, and where: its anchor's content. */
export const claimKey = (c: Pick<Claim, 'by' | 'kind' | 'text' | 'source'>) => `${ANCHOR_PREFIXES.claim}${short([c.by, c.kind, c.text.normalize('NFC').trim(), c.source])}`;

/** What a figure counts, its number or bounds and words, and whose it is. */
export const figureKey = (f: Pick<Figure, 'type' | 'count' | 'min' | 'max' | 'wording' | 'according'>) =>
  `${ANCHOR_PREFIXES.figure}${short([f.type, f.according, f.count ?? null, f.min ?? null, f.max ?? null, f.wording?.normalize('NFC').trim() ?? null])}`;

/** One anchor per item, in order: its key, with `-2`, `-3` … for a repeat of an earlier key. */
export function anchorsOf<T>(items: readonly T[], key: (item: T) => string): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const k = key(item);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}-${n}`;
  });
}

export const claimAnchors = (claims: readonly Claim[]) => anchorsOf(claims, claimKey);
export const figureAnchors = (figures: readonly Figure[]) => anchorsOf(figures, figureKey);
