/**
 * Characters XML 1.0 cannot carry at all, not even as character references: the C0 controls
 * but tab, line feed and carriage return, U+FFFE and U+FFFF, and halves of surrogate pairs.
 * One of them in a title makes the whole feed or SVG ill-formed, and a strict reader then
 * refuses all of it; each is written as U+FFFD, the replacement character, instead.
 */
// A whole surrogate pair is matched first and kept, so that a lone half is all the last
// alternative can match (no lookbehind: the timeline's island runs this in older browsers too).
const NOT_XML = /[\ud800-\udbff][\udc00-\udfff]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/g;

export function xmlChars(text: string): string {
  return text.replace(NOT_XML, (c) => (c.length === 2 ? c : '\ufffd'));
}
