/*
 * The rule every text field of every content file is held to: no control characters (tab and
 * line break aside), no lone surrogates or noncharacters, and line breaks only in prose fields.
 */
import { describe, expect, it } from 'vitest';
import { textFindings } from '../../src/lib/content/plain-text.ts';

const paths = (value: unknown) => textFindings(value).map((f) => f.path.join('.'));

describe('textFindings', () => {
  it('finds control characters at any depth, with the path to the string', () => {
    expect(paths({ title: 'A\u0007b', claims: [{ text: 'fine' }, { text: 'esc\u001b[2J' }], ok: 'tab\there' })).toEqual(['title', 'claims.1.text']);
  });

  it('refuses DEL, lone surrogates and noncharacters, but not a pair of surrogates', () => {
    expect(paths({ a: 'x\u007f', b: 'x\ud800', c: '\udc00x', d: 'x\uffff', e: 'emoji \ud83d\ude00' })).toEqual(['a', 'b', 'c', 'd']);
  });

  it('allows line breaks only in prose fields (description, intro, claim text)', () => {
    expect(paths({ summary: 'one\ntwo', name: 'x\n', description: 'one\ntwo', map: { intro: 'a\nb', legend: 'a\nb' }, claims: [{ text: 'a\nb' }] })).toEqual(['summary', 'name', 'map.legend']);
  });

  it('holds the items of a list to the rule of one line, even under a prose field name', () => {
    expect(paths({ editors: ['Ann\nB'], description: ['a\nb'] })).toEqual(['editors.0', 'description.0']);
  });

  it('checks field names too', () => {
    expect(textFindings({ 'ti\u0000tle': 'x' })[0]?.message).toMatch(/^the field name holds an invisible control character \(U\+0000\)/);
  });
});
