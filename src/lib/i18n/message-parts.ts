/**
 * A catalogue message with slots for markup: the message is formatted with a marker for
 * each slot, then split at the markers, so a component renders a link or a <strong> in
 * the place the language puts it ("X claimed: …" in one language, "…: X" in another)
 * without building HTML from strings.
 */
import type { MessageKey } from './catalogue.ts';
import type { MessageValues, Translator } from './translator.ts';

/** Text, or the name of a slot to render in its place. */
export type MessagePart = string | { slot: string };

// U+E000: a private-use character that no catalogue message or content text holds.
const MARK = '\uE000';

export function messageParts(i18n: Pick<Translator, 't'>, key: MessageKey, values: MessageValues, slots: readonly string[]): MessagePart[] {
  const marked: MessageValues = { ...values };
  for (const slot of slots) marked[slot] = `${MARK}${slot}${MARK}`;
  const text = i18n.t(key, marked);
  const parts: MessagePart[] = [];
  text.split(MARK).forEach((piece, i) => {
    // Odd pieces are the names between two marks.
    if (i % 2 === 1 && slots.includes(piece)) parts.push({ slot: piece });
    else if (piece) parts.push(piece);
  });
  return parts;
}
