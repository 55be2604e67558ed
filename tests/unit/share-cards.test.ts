/**
 * Share cards: the wrapping and ellipsis of a title, the shaping of right-to-left and mixed
 * lines, the SVG the template writes (escaped, outlines only), the PNG encoder and the hash
 * that names a card.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, pngSize } from '../../src/lib/figures/cards/png.ts';
import { CardThreads } from '../../src/lib/figures/cards/off-thread.ts';
import { cardRecipe } from '../../src/lib/figures/cards/recipe.ts';
import { cardHash } from '../../src/lib/figures/cards/registry.ts';
import { renderCard } from '../../src/lib/figures/cards/render.ts';
import { Shaper } from '../../src/lib/figures/cards/shape.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, type CardSpec } from '../../src/lib/figures/cards/template.ts';
import { cardText, wrapText } from '../../src/lib/figures/cards/wrap.ts';

/** Ten units a character: widths anyone can count. */
const measure = (text: string) => [...text].length * 10;

describe('wrapText', () => {
  it('fills lines word by word within the width', () => {
    const { lines, truncated } = wrapText('one two three four five', { maxWidth: 100, maxLines: 3, measure });
    expect(lines).toEqual(['one two', 'three four', 'five']);
    expect(truncated).toBe(false);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100);
  });

  it('ends the last line with an ellipsis when the text does not fit, within the width', () => {
    const { lines, truncated } = wrapText('one two three four five six seven eight', { maxWidth: 100, maxLines: 2, measure });
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines[1]!.startsWith('three')).toBe(true);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100);
  });

  it('breaks a word wider than the line between graphemes', () => {
    const { lines } = wrapText('abcdefghijklmnopqrstuvwxyz', { maxWidth: 100, maxLines: 4, measure });
    expect(lines).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxyz']);
  });

  it('never splits a letter from its combining mark', () => {
    const word = 'e\u0301'.repeat(12); // é as e and a combining acute, twelve times
    const { lines } = wrapText(word, { maxWidth: 100, maxLines: 3, measure });
    for (const line of lines) expect(line.startsWith('\u0301')).toBe(false);
    expect(lines.join('')).toBe(word);
  });

  it('drops the punctuation before the ellipsis', () => {
    const { lines } = wrapText('alpha, beta, gamma, delta', { maxWidth: 70, maxLines: 1, measure });
    expect(lines).toEqual(['alpha…']);
  });

  it('collapses whitespace and control characters', () => {
    expect(cardText('  a\n\tb\u0007 c\u2028d ')).toBe('a b c d');
  });
});

const shaper = new Shaper();

describe('Shaper', () => {
  it('measures a line as wide as it draws it', () => {
    for (const [text, dir] of [['A title of some length', 'ltr'], ['Заголовок на русском', 'ltr'], ['عنوانی به فارسی با نیم‌فاصله', 'rtl']] as const) {
      const width = shaper.line(text, 60, 'bold', dir).width;
      expect(width).toBeGreaterThan(200);
      expect(shaper.measure(text, 60, 'bold', dir)).toBeCloseTo(width, 0);
    }
  });

  it('joins Arabic-script letters: a word is narrower joined than its letters apart', () => {
    const word = 'کتابخانه';
    const apart = [...word].reduce((sum, ch) => sum + shaper.line(ch, 60, 'regular', 'rtl').width, 0);
    expect(shaper.line(word, 60, 'regular', 'rtl').width).toBeLessThan(apart);
  });

  it('mirrors brackets in a right-to-left run, so that they open towards what they enclose', () => {
    const outlines = (svg: string) => [...svg.matchAll(/translate\(([\d.]+) [^"]*" d="([^"]*)"/g)].map((m) => ({ x: Number(m[1]), d: m[2]! }));
    // The brackets of the face that draws them here; alone in a right-to-left line each is mirrored.
    const [open] = outlines(shaper.line(')', 60, 'bold', 'rtl').draw(0, 0, '#000'));
    const [close] = outlines(shaper.line('(', 60, 'bold', 'rtl').draw(0, 0, '#000'));
    expect(open!.d).not.toBe(close!.d);
    // In "متن (ABC) متن" the logical "(" follows the first word, on its left, and is drawn as ")".
    const line = outlines(shaper.line('متن (ABC) متن', 60, 'bold', 'rtl').draw(0, 0, '#000'));
    const drawnOpen = line.find((o) => o.d === open!.d)!;
    const drawnClose = line.find((o) => o.d === close!.d)!;
    expect(drawnOpen.x).toBeLessThan(drawnClose.x);
  });

  it('shapes a line the same whatever was drawn before it', () => {
    // Drawing "از" reads the outline of zain, a composite holding reh; the reh of "منتشر" must still join.
    const line = 'پس از آن منتشر شد';
    const fresh = new Shaper().line(line, 66, 'bold', 'rtl').draw(0, 0, '#000');
    const used = new Shaper();
    used.line('از', 66, 'bold', 'rtl').draw(0, 0, '#000');
    expect(used.line(line, 66, 'bold', 'rtl').draw(0, 0, '#000')).toBe(fresh);
  });

  it('draws a left-to-right run inside a right-to-left line in its own order', () => {
    const outlines = (svg: string) => [...svg.matchAll(/translate\(([\d.]+) [^"]*" d="([^"]*)"/g)].map((m) => ({ x: Number(m[1]), d: m[2]! }));
    const [a, b, c] = outlines(shaper.line('ABC', 60, 'bold', 'ltr').draw(0, 0, '#000'));
    const line = outlines(shaper.line('متن ABC', 60, 'bold', 'rtl').draw(0, 0, '#000'));
    const at = (glyph: { d: string }) => line.find((o) => o.d === glyph.d)!.x;
    // ABC reads left to right, and the Persian word that comes first is on its right.
    expect(at(a!)).toBeLessThan(at(b!));
    expect(at(b!)).toBeLessThan(at(c!));
    const persian = line.filter((o) => ![a, b, c].some((g) => g!.d === o.d));
    expect(persian.length).toBeGreaterThan(0);
    for (const glyph of persian) expect(glyph.x).toBeGreaterThan(at(c!));
  });
});

const spec: CardSpec = { title: 'A long title about a meeting of two delegations, and what each side said about it afterwards in public', kind: 'Meeting', date: '1 May 2020', site: 'Fixture explainer', direction: 'ltr' };

describe('cardSvg', () => {
  it('escapes the text it keeps and draws the rest as outlines', () => {
    const hostile = { ...spec, title: '</title><script>alert(1)</script> & "x"', site: 'Site <b>' };
    const svg = cardSvg(hostile, shaper);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;/title&gt;&lt;script&gt;');
    // Only the title element holds text; everything drawn is a path or a rectangle.
    const elements = [...svg.matchAll(/<([a-z]+)/g)].map((m) => m[1]);
    expect(new Set(elements)).toEqual(new Set(['svg', 'title', 'rect', 'path']));
  });

  it('mirrors the card for a right-to-left site: the accent bar is on the right', () => {
    const ltr = cardSvg(spec, shaper);
    const rtl = cardSvg({ ...spec, title: 'عنوان', site: 'نام تارنما', direction: 'rtl' }, shaper);
    expect(ltr).toContain('<rect x="0" y="0" width="20"');
    expect(rtl).toContain(`<rect x="${CARD_WIDTH - 20}" y="0" width="20"`);
  });

  it('keeps every outline inside the card, however long the title', () => {
    const svg = cardSvg({ ...spec, title: 'word '.repeat(200), site: 'x'.repeat(300) }, shaper);
    const image = new Resvg(svg, { font: { loadSystemFonts: false } });
    const box = image.getBBox()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(CARD_WIDTH);
    expect(box.y + box.height).toBeLessThanOrEqual(CARD_HEIGHT);
  });
});

describe('encodePng and renderCard', () => {
  it('writes an RGB PNG whose pixels are the ones given', () => {
    const rgba = new Uint8Array(3 * 2 * 4);
    rgba.set([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 1, 2, 3, 255, 4, 5, 6, 255, 7, 8, 9, 255]);
    const png = encodePng(rgba, 3, 2);
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    const idat = png.indexOf('IDAT');
    const length = png.readUInt32BE(idat - 4);
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + length));
    expect([...raw]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('refuses pixels that are not width × height', () => {
    expect(() => encodePng(new Uint8Array(10), 3, 2)).toThrow(/RGBA/);
  });

  it('draws a 1200×630 card', () => {
    expect(pngSize(renderCard(spec))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });
});

describe('cardHash', () => {
  it('names another card when anything it shows or is drawn with changes', () => {
    const recipe = cardRecipe();
    const hashes = new Set([
      cardHash(recipe, spec),
      cardHash(recipe, { ...spec, title: `${spec.title}.` }),
      cardHash(recipe, { ...spec, kind: undefined }),
      cardHash(recipe, { ...spec, date: '2 May 2020' }),
      cardHash(recipe, { ...spec, site: 'Other' }),
      cardHash(recipe, { ...spec, direction: 'rtl' }),
      cardHash(`${recipe}x`, spec),
    ]);
    expect(hashes.size).toBe(7);
    expect(cardHash(recipe, { ...spec })).toBe(cardHash(recipe, spec));
  });
});

describe('CardThreads', () => {
  it('draws on a worker thread and answers every request, two for one card included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-threads-'));
    try {
      const threads = new CardThreads(1);
      threads.draw('a', spec, join(dir, 'a.png'));
      threads.draw('a', spec, join(dir, 'a.png'));
      threads.draw('b', { ...spec, title: 'Another title' }, join(dir, 'b.png'));
      await threads.finish();
      expect(pngSize(readFileSync(join(dir, 'a.png')))).toEqual({ width: 1200, height: 630 });
      expect(pngSize(readFileSync(join(dir, 'b.png')))).toEqual({ width: 1200, height: 630 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
