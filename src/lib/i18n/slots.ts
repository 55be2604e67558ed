/**
 * Messages with markup inside them: "see the {link}" must be one message (translators move
 * the link where their grammar puts it), but the link is an element, not text. The page
 * formats the message with a marker for each slot, then splits the result into text and
 * slots and renders each slot as the element it stands for. Markers use a character no
 * message or content holds (U+E000, private use), so text cannot forge a slot.
 */
const MARK = '\uE000';

/** The marker value of a slot, to pass as that placeholder's value. */
export function slot(name: string): string {
  return `${MARK}${name}${MARK}`;
}

/** Markers for each name, as values for `i18n.t(key, slots('link', 'strong'))`. */
export function slots(...names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, slot(name)]));
}

export type MessagePart = { text: string; slot?: undefined } | { slot: string; text?: undefined };

/** Splits a formatted message around its slot markers, in order. */
export function splitSlots(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  const pieces = message.split(MARK);
  pieces.forEach((piece, i) => {
    // Odd pieces sit between two markers: slot names.
    if (i % 2 === 1) parts.push({ slot: piece });
    else if (piece !== '') parts.push({ text: piece });
  });
  return parts;
}
