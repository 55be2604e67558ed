/**
 * Lays text out as glyph outlines: the Unicode bidirectional algorithm (bidi-js) orders the
 * runs of a line, each run is shaped by fontkit with the font of its script (Arabic letters
 * joined, ligatures and marks placed), and the glyphs become SVG paths. The card's SVG then
 * holds outlines only, no text to find fonts for: what is measured for wrapping is exactly
 * what is drawn, and no contributed character reaches the SVG markup.
 */
import bidiFactory from 'bidi-js';
import * as fontkit from 'fontkit';
import { fontFile, type Family, type Weight } from './fonts.ts';

const bidi = bidiFactory();

type Font = fontkit.Font;

/** Letters of the Arabic script, in its base and extended blocks and presentation forms. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;

interface Glyph {
  id: number;
  /** Path data in font units, y up. */
  d: string;
}

interface Run {
  text: string;
  level: number;
  family: Family;
}

/** One glyph placed on a line, in font units from the line's visual start. */
interface Placed {
  font: Font;
  glyph: Glyph;
  x: number;
  y: number;
}

export interface Line {
  /** Width in pixels at the size it was shaped at. */
  width: number;
  /** SVG elements drawing the line with its visual start at `x` and baseline at `y`. */
  draw(x: number, y: number, fill: string): string;
}

export class Shaper {
  private readonly fonts = new Map<string, Font>();
  /**
   * A second copy of each font, for outlines only. Reading a composite glyph's outline makes
   * fontkit cache its components (a reh inside a zain) as glyphs without code points, and a
   * later layout then takes that reh for a letter that joins nothing: "منتشر" came apart
   * once "از" had been drawn. Layouts never read outlines from their own copy.
   */
  private readonly outlineFonts = new Map<Font, Font>();
  private readonly glyphs = new Map<Font, Map<number, Glyph>>();

  private font(family: Family, weight: Weight): Font {
    const key = `${family}/${weight}`;
    let font = this.fonts.get(key);
    if (!font) {
      font = fontkit.openSync(fontFile(family, weight)) as Font;
      this.fonts.set(key, font);
      this.outlineFonts.set(font, fontkit.openSync(fontFile(family, weight)) as Font);
    }
    return font;
  }

  private glyph(font: Font, g: fontkit.Glyph): Glyph {
    let cache = this.glyphs.get(font);
    if (!cache) this.glyphs.set(font, (cache = new Map()));
    let glyph = cache.get(g.id);
    if (!glyph) {
      glyph = { id: g.id, d: this.outlineFonts.get(font)!.getGlyph(g.id).path.toSVG() };
      cache.set(g.id, glyph);
    }
    return glyph;
  }

  /**
   * The runs of a line in logical order: a run is one embedding level and one font. Arabic
   * letters take the Arabic face; what is neither (spaces, digits, punctuation) takes the face
   * of the direction it sits in, and every character a face lacks takes the other one.
   */
  private runs(text: string, direction: 'ltr' | 'rtl', weight: Weight): Run[] {
    const { levels } = bidi.getEmbeddingLevels(text, direction);
    // A bracket in a right-to-left run is drawn mirrored: logical "(" shows as ")" (rule L4).
    const mirrored = bidi.getMirroredCharactersMap(text, levels);
    const arabic = this.font('arabic', weight);
    const alphabetic = this.font('alphabetic', weight);
    const runs: Run[] = [];
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const size = cp > 0xffff ? 2 : 1;
      const ch = mirrored.get(i) ?? String.fromCodePoint(cp);
      const level = levels[i]!;
      const preferred: Family = ARABIC.test(ch) || level % 2 === 1 ? 'arabic' : 'alphabetic';
      const face = preferred === 'arabic' ? arabic : alphabetic;
      const family: Family = face.hasGlyphForCodePoint(ch.codePointAt(0)!) ? preferred : preferred === 'arabic' ? 'alphabetic' : 'arabic';
      const last = runs.at(-1);
      if (last && last.level === level && last.family === family) last.text += ch;
      else runs.push({ text: ch, level, family });
      i += size;
    }
    return runs;
  }

  /** `text` as one line of glyphs at `size` pixels, in the paragraph direction `direction`. */
  line(text: string, size: number, weight: Weight, direction: 'ltr' | 'rtl'): Line {
    const runs = text === '' ? [] : this.runs(text, direction, weight);
    // Reverse, from the highest level down to the lowest odd one, every sequence of runs at
    // that level or above (rule L2): the runs' visual order. Each run is shaped in its own
    // direction, and fontkit gives a right-to-left run's glyphs in visual order already.
    const order = runs.map((_, i) => i);
    const highest = Math.max(0, ...runs.map((r) => r.level));
    const lowestOdd = Math.min(...runs.map((r) => r.level).filter((l) => l % 2 === 1), highest + 1);
    for (let level = highest; level >= lowestOdd; level--) {
      for (let i = 0; i < order.length; ) {
        if (runs[order[i]!]!.level < level) { i++; continue; }
        let j = i;
        while (j < order.length && runs[order[j]!]!.level >= level) j++;
        order.splice(i, j - i, ...order.slice(i, j).reverse());
        i = j;
      }
    }
    const placed: { font: Font; glyphs: Placed[] }[] = [];
    let pen = 0; // in pixels
    for (const index of order) {
      const run = runs[index]!;
      const font = this.font(run.family, weight);
      const scale = size / font.unitsPerEm;
      const laid = font.layout(run.text, undefined, undefined, undefined, run.level % 2 === 1 ? 'rtl' : 'ltr');
      const glyphs: Placed[] = [];
      let x = 0;
      laid.glyphs.forEach((g, k) => {
        const p = laid.positions[k]!;
        glyphs.push({ font, glyph: this.glyph(font, g), x: pen / scale + x + p.xOffset, y: p.yOffset });
        x += p.xAdvance;
      });
      placed.push({ font, glyphs });
      pen += x * scale;
    }
    const width = pen;
    return {
      width,
      draw: (x0, y0, fill) => {
        const out: string[] = [];
        for (const { font, glyphs } of placed) {
          const scale = size / font.unitsPerEm;
          for (const { glyph, x, y } of glyphs) {
            if (glyph.d === '') continue;
            // Font units have y going up; the card's pixels go down.
            out.push(`<path fill="${fill}" transform="translate(${round(x0 + x * scale)} ${round(y0 - y * scale)}) scale(${round(scale, 5)} ${round(-scale, 5)})" d="${glyph.d}"/>`);
          }
        }
        return out.join('');
      },
    };
  }

  private readonly widths = new Map<string, number>();

  /**
   * Width in pixels of `text` on one line: the sum of its words' widths and its spaces'.
   * Nothing joins or kerns across a space, so that is the shaped line's width, and wrapping,
   * which measures the same words again and again, shapes each once.
   */
  measure(text: string, size: number, weight: Weight, direction: 'ltr' | 'rtl'): number {
    if (this.widths.size > 100_000) this.widths.clear();
    let width = 0;
    const words = text.split(' ');
    for (const word of [...words, ' ']) {
      const key = `${size}/${weight}/${direction}/${word}`;
      let w = this.widths.get(key);
      if (w === undefined) {
        w = this.line(word, size, weight, direction).width;
        this.widths.set(key, w);
      }
      width += word === ' ' ? w * (words.length - 1) : w;
    }
    return width;
  }
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
