/**
 * Figures in words: "3 killed", "at least 51 killed", "2–4 wounded", "21.5 kg of lunar
 * samples", "more than 50 killed" (the source's own wording). The figure type's label and
 * unit come from the site's vocabulary; the order of number, unit and label is the
 * language's, from the catalogue (`figure.*`), and numbers are written by Intl.
 */
import type { Translator } from '../i18n/translator.ts';
import type { Figure } from '../content/schema.ts';
import type { Vocabulary } from './vocabularies.ts';

// A figure is written with every decimal the source gives (Intl's default rounds to three:
// 0.1234 would read 0.123); one formatter per language, made once.
const formats = new Map<string, Intl.NumberFormat>();
function exact(value: number, language: string): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 20 });
    formats.set(language, format);
  }
  return format.format(value);
}

/** The number part: the source's wording, the count, a range, or one bound. */
export function figureAmount(figure: Figure, i18n: Translator): string {
  const n = (value: number) => exact(value, i18n.language);
  if (figure.wording) return figure.wording;
  if (figure.count !== undefined) return n(figure.count);
  if (figure.min !== undefined && figure.max !== undefined) return i18n.t('figure.range', { min: n(figure.min), max: n(figure.max) });
  if (figure.min !== undefined) return i18n.t('figure.atLeast', { min: n(figure.min) });
  // Validation refuses a figure with neither count nor bounds, so max is given here.
  return i18n.t('figure.upTo', { max: n(figure.max ?? 0) });
}

/** The whole figure in words, with its type's label and unit. */
export function formatFigure(figure: Figure, figureTypes: Vocabulary, i18n: Translator): string {
  const term = figureTypes.term(figure.type);
  const amount = figureAmount(figure, i18n);
  return term.unit
    ? i18n.t('figure.measure', { figure: amount, unit: term.unit, label: term.label })
    : i18n.t('figure.count', { figure: amount, label: term.label });
}
