import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/lib/render/json-script.ts';

const hostile = {
  name: '</script><script>alert(1)</script>',
  comment: '<!-- <script> -->',
  amp: 'a & b',
  separators: 'line\u2028paragraph\u2029end',
};

describe('jsonForScript', () => {
  it('parses back to the same value', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });

  it('leaves no <, > or & that an HTML parser could act on', () => {
    const text = jsonForScript(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('keeps a hostile title inside one script element when parsed as HTML', () => {
    const $ = load(`<head><script type="application/ld+json">${jsonForScript(hostile)}</script></head><body><p id="after">x</p></body>`);
    expect($('script')).toHaveLength(1);
    expect(JSON.parse($('script').text())).toEqual(hostile);
    expect($('#after').text()).toBe('x');
  });

  it('fails loudly for a value with no JSON form', () => {
    expect(() => jsonForScript(undefined)).toThrow(TypeError);
  });
});
