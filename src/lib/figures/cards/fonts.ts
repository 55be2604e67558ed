/**
 * The typefaces a share card is drawn with, installed from npm so that a build never depends
 * on the fonts of the machine it runs on: DejaVu Sans (Bitstream Vera licence) for Latin,
 * Cyrillic, Greek and most other alphabets, and Vazirmatn (SIL Open Font Licence) for the
 * Arabic script, Persian included. Both come in a regular and a bold weight.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Weight = 'regular' | 'bold';
export type Family = 'alphabetic' | 'arabic';

const FILES: Record<Family, Record<Weight, string>> = {
  alphabetic: { regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf', bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf' },
  arabic: { regular: 'vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf', bold: 'vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf' },
};

/** The path of one font file, resolved from this module like any dependency. */
export function fontFile(family: Family, weight: Weight): string {
  return fileURLToPath(import.meta.resolve(FILES[family][weight]));
}

/** Every font file a card may use. */
export function fontFiles(): string[] {
  return (Object.keys(FILES) as Family[]).flatMap((family) => (['regular', 'bold'] as const).map((weight) => fontFile(family, weight)));
}

/** A digest of the font files' bytes: a card drawn with other fonts is another card. */
export function fontsDigest(): string {
  const hash = createHash('sha256');
  for (const file of fontFiles()) hash.update(readFileSync(file));
  return hash.digest('hex');
}
