/**
 * Characters XML 1.0 cannot carry at all, not even as character references: the C0 controls
 * but tab, line feed and carriage return, U+FFFE and U+FFFF, and halves of surrogate pairs.
 * One of them in a title makes the whole feed or SVG ill-formed, and a strict reader then
 * refuses all of it; each is written as U+FFFD, the replacement character, instead.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlChars(text: string): string {
  return text.replace(NOT_XML, '\ufffd');
}
