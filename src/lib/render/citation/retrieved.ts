/**
 * The "retrieved on" date inside generated citations. Pages are built once and read later,
 * so the build marks each occurrence of its own date; the browser island replaces them with
 * the reader's today.
 */

export interface Part {
  text: string;
  /** This part is the retrieved date. */
  date: boolean;
}

/** Splits `text` around every occurrence of `iso` (YYYY-MM-DD). */
export function splitOnDate(text: string, iso: string): Part[] {
  const parts: Part[] = [];
  let rest = text;
  for (let at = rest.indexOf(iso); at >= 0; at = rest.indexOf(iso)) {
    if (at > 0) parts.push({ text: rest.slice(0, at), date: false });
    parts.push({ text: iso, date: true });
    rest = rest.slice(at + iso.length);
  }
  if (rest) parts.push({ text: rest, date: false });
  return parts;
}

/** A CSL-JSON array with its `accessed` dates set to `day`. */
export function withAccessed(cslJson: string, day: Date): string {
  const items = JSON.parse(cslJson) as { accessed?: unknown }[];
  for (const item of items) item.accessed = { 'date-parts': [[day.getFullYear(), day.getMonth() + 1, day.getDate()]] };
  return JSON.stringify(items, null, 2);
}
