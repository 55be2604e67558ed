import { describe, expect, it } from 'vitest';
import { slots, splitSlots } from '../../src/lib/i18n/slots.ts';
import { claimVerb } from '../../src/lib/model/claims.ts';
import { formatFigure } from '../../src/lib/model/figures.ts';
import { siteSchema, type Figure } from '../../src/lib/content/schema.ts';
import { DEFAULT_MODEL, siteModel } from '../../src/lib/content/site-config.ts';

/** A site in `language` with figure types and claim kinds of its own, added to the defaults. */
function model(language: string, values: Record<string, Record<string, string>> = {}, claims: Record<string, Record<string, string>> = {}) {
  return siteModel(siteSchema.parse({ title: 't', description: 'd', language, vocabularies: { figureTypes: { values }, claimKinds: { values: claims } } }));
}

const f = (figure: Omit<Figure, 'according'>): Figure => ({ according: 'someone', ...figure });

describe('formatFigure in English', () => {
  const { vocabularies, i18n } = model('en', { samples: { label: 'lunar samples', unit: 'kg' }, votes: { label: 'votes' } });
  const say = (figure: Omit<Figure, 'according'>) => formatFigure(f(figure), vocabularies.figureTypes, i18n);

  it('writes a count, bounds and a range with the type\'s label, as a site reads them', () => {
    expect(say({ type: 'killed', count: 3 })).toBe('3 killed');
    expect(say({ type: 'killed', min: 51 })).toBe('at least 51 killed');
    expect(say({ type: 'wounded', min: 2, max: 4 })).toBe('2–4 wounded');
    expect(say({ type: 'detained', max: 20 })).toBe('up to 20 detained');
    expect(say({ type: 'killed', count: 0 })).toBe('0 killed');
  });

  it('keeps the source\'s own wording in place of the number', () => {
    expect(say({ type: 'killed', min: 51, wording: 'more than 50' })).toBe('more than 50 killed');
  });

  it('writes a unit, then the label, and numbers with the language\'s separators', () => {
    expect(say({ type: 'samples', count: 21.5 })).toBe('21.5 kg of lunar samples');
    expect(say({ type: 'samples', min: 20, max: 22.25 })).toBe('20–22.25 kg of lunar samples');
    expect(say({ type: 'votes', count: 1234567 })).toBe('1,234,567 votes');
    expect(say({ type: 'samples', count: 0.1234 })).toBe('0.1234 kg of lunar samples');
  });
});

describe('formatFigure in Russian', () => {
  const { vocabularies, i18n } = model('ru', { samples: { label: 'лунные образцы', unit: 'кг' }, killed: { label: 'убиты' } });
  const say = (figure: Omit<Figure, 'according'>) => formatFigure(f(figure), vocabularies.figureTypes, i18n);

  it('puts the label first, with Russian bounds and decimal comma', () => {
    expect(say({ type: 'killed', count: 3 })).toBe('убиты: 3');
    expect(say({ type: 'killed', min: 51 })).toBe('убиты: не менее 51');
    expect(say({ type: 'killed', max: 7 })).toBe('убиты: до 7');
    expect(say({ type: 'killed', min: 2, max: 4 })).toBe('убиты: 2–4');
    expect(say({ type: 'samples', count: 21.5 })).toBe('лунные образцы: 21,5 кг');
    expect(say({ type: 'killed', count: 1500 })).toBe('убиты: 1\u00a0500');
  });
});

describe('formatFigure in Persian', () => {
  const { vocabularies, i18n } = model('fa', { killed: { label: 'کشته' } });
  it('writes Persian digits and a worded range', () => {
    expect(formatFigure(f({ type: 'killed', min: 2, max: 4 }), vocabularies.figureTypes, i18n)).toBe('۲ تا ۴ کشته');
    expect(formatFigure(f({ type: 'killed', min: 51 }), vocabularies.figureTypes, i18n)).toBe('دست‌کم ۵۱ کشته');
  });
});

describe('claims', () => {
  it('are introduced with their kind\'s verb: the defaults and a site\'s own', () => {
    const { claimKinds } = DEFAULT_MODEL.vocabularies;
    expect(claimKinds.codes[0]).toBe('claim');
    expect(claimVerb('claim', claimKinds)).toBe('claimed');
    expect(claimVerb('statement', claimKinds)).toBe('said');
    expect(claimVerb('announcement', claimKinds)).toBe('announced');
    const own = model('en', {}, { quote: { label: 'Quotation', verb: 'wrote' } });
    expect(claimVerb('quote', own.vocabularies.claimKinds)).toBe('wrote');
  });

  it('take the vocabulary\'s first kind when the entry gives none', () => {
    const own = siteModel(siteSchema.parse({ title: 't', description: 'd', language: 'en', vocabularies: { claimKinds: { replace: true, values: { remark: { label: 'Remark', verb: 'remarked' }, claim: { label: 'Claim', verb: 'claimed' } } } } }));
    expect(own.schemas.claimSchema.parse({ by: 'a', text: 't', source: 's' }).kind).toBe('remark');
    expect(DEFAULT_MODEL.schemas.claimSchema.parse({ by: 'a', text: 't', source: 's' }).kind).toBe('claim');
  });

  it('read in the order of the language, with the speaker where the message puts it', () => {
    const { i18n } = DEFAULT_MODEL;
    expect(splitSlots(i18n.t('claim.introduced', { verb: 'said', text: 'We <b>won</b>.', ...slots('by') }))).toEqual([{ slot: 'by' }, { text: ' said: We <b>won</b>.' }]);
    expect(splitSlots(i18n.t('figure.according', slots('figure', 'whose')))).toEqual([{ slot: 'figure' }, { text: ', according to ' }, { slot: 'whose' }]);
    const ru = model('ru').i18n;
    expect(splitSlots(ru.t('figure.according', slots('figure', 'whose')))).toEqual([{ slot: 'figure' }, { text: '; источник: ' }, { slot: 'whose' }]);
  });
});
