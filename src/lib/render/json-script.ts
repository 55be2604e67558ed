/**
 * JSON for an inline `<script type="application/ld+json">`. JSON.stringify alone is not safe
 * there: a string holding `</script>` ends the element, `<!--` switches the HTML parser into
 * a mode where `</script>` no longer closes it, and U+2028/2029 break older JavaScript
 * parsers. Escaping `<`, `>` and `&` as \u003c, \u003e and \u0026 (and the two separators)
 * leaves the JSON value identical for any JSON parser.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('jsonForScript: the value has no JSON form');
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
