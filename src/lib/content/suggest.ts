/** "Did you mean …?" hints for misspelled ids and field names. */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `input`, if it is close enough to be a plausible typo:
 * at most a third of the input's length away, and never more than 3 edits.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(input.length / 3)));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/** " (did you mean 'some-group'?)" or "" when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match ? ` (did you mean '${match}'?)` : '';
}
