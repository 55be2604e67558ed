import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../src/lib/i18n/catalogue.ts';
import { createTranslator } from '../../src/lib/i18n/translator.ts';
import { parseDate } from '../../src/lib/content/dates.ts';

const british = createTranslator(catalogueFor('en-GB'));
const russian = createTranslator(catalogueFor('ru'));
const persian = createTranslator(catalogueFor('fa'));

describe('the translator', () => {
  it('finds a catalogue by its primary subtag and takes the direction from it', () => {
    expect(british.t('vocabulary.eventKinds.raid.label')).toBe('Raid');
    expect(persian.direction).toBe('rtl');
    expect(russian.direction).toBe('ltr');
    expect(() => british.t('no.such.key' as never)).toThrow(/no message 'no.such.key'/);
  });

  it('words dates at their precision in the language, in the Gregorian calendar', () => {
    expect(british.date('2022-07-16')).toBe('16 July 2022');
    expect(british.date('2022-06')).toBe('June 2022');
    expect(british.date('2021-22')).toBe('summer 2021');
    expect(british.date('2022-05~')).toBe('about May 2022');
    expect(british.date('2021/2022-07')).toBe('from 2021 to July 2022');
    expect(british.day(new Date('2022-07-16T23:59:59Z'))).toBe('16 July 2022');
    expect(russian.date('2022-07-16')).toBe('16 июля 2022 г.');
    // Persian in Persian digits, but the Gregorian month of the sources, not a Solar Hijri one.
    expect(persian.date('2022-06')).toBe(new Intl.DateTimeFormat('fa', { month: 'long', year: 'numeric', calendar: 'gregory', timeZone: 'UTC' }).format(Date.UTC(2022, 5, 1)));
    expect(persian.date('2022-06')).toMatch(/۲۰۲۲/);
  });

  it('words what lasted apart from what happened once within two ends, in every language', () => {
    expect(british.date('2021-06/2022')).toBe('from June 2021 to 2022');
    expect(british.date('[2021-06..2022-12]')).toBe('at some time between June 2021 and the end of 2022');
    expect(british.date('[2021-06..2022-07]')).toBe('at some time between June 2021 and the end of July 2022');
    expect(british.date('[2022-07-01..2022-07-20]')).toBe('at some time between 1 July 2022 and 20 July 2022');
    expect(russian.date('2021-06/2022')).toBe('июнь 2021 г. — 2022');
    expect(russian.date('[2021-06..2022-12]')).toBe('в какой-то момент в промежутке: июнь 2021 г. — 2022 включительно');
    expect(persian.date('2021-06/2022')).toMatch(/^از .*۲۰۲۱.* تا ۲۰۲۲$/);
    expect(persian.date('[2021-06..2022-12]')).toMatch(/^زمانی بین .*۲۰۲۱.* و پایان ۲۰۲۲$/);
  });

  it('says which part of a date was inferred, in every language', () => {
    const inferred = (edtf: string, part: 'year' | 'date') => ({ ...parseDate(edtf), inferred: part });
    expect(british.date(inferred('2022-07-16', 'year'))).toBe('16 July 2022 (year inferred)');
    expect(british.date(inferred('[2021-06..2022-12]', 'date'))).toBe('at some time between June 2021 and the end of 2022 (date inferred)');
    expect(russian.date(inferred('2022-07-16', 'year'))).toBe('16 июля 2022 г. (год установлен по контексту)');
    expect(persian.date(inferred('2022-06', 'year'))).toMatch(/\(سال استنباط‌شده\)$/);
    expect(british.date(parseDate('2022-07-16'))).toBe('16 July 2022');
  });

  it('names countries in the language, former codes as they were, and a site\'s own names first', () => {
    expect(british.countryName('PT')).toBe('Portugal');
    expect(russian.countryName('PT')).toBe('Португалия');
    // Intl would say Russia and Serbia.
    expect(british.countryName('SU')).toBe('Soviet Union');
    expect(russian.countryName('YU')).toBe('Югославия');
    expect(createTranslator(catalogueFor('en'), { countryNames: { XK: 'Kosova' } }).countryName('XK')).toBe('Kosova');
  });

  it('writes one full stop after a value that ends in an abbreviation\'s (Russian dates end in "г.")', () => {
    const russian = createTranslator(catalogueFor('ru', { 'source.line': '{source}.' }));
    expect(russian.t('source.line', { source: `NASA, отчёт, ${russian.date('1969-11')}` })).toBe('NASA, отчёт, ноябрь 1969 г.');
    expect(russian.t('source.line', { source: `NASA, отчёт, ${russian.date('1969-22')}` })).toBe('NASA, отчёт, лето 1969.');
  });

  it('formats plurals by the language\'s rules and numbers in its digits', () => {
    expect(persian.number(1234)).toBe('۱٬۲۳۴');
    expect(russian.list(['А', 'Б', 'В'])).toBe('А, Б и В');
  });

  it('gives each call its own text, however often the same words are asked for and whatever the cache holds', () => {
    const words = createTranslator(catalogueFor('en-GB'));
    // Values whose names and texts would join into the same string must not share a text.
    expect(words.t('source.phrase', { noun: 'a b', publisher: 'c', date: 'd' })).toBe('a b by c, d');
    expect(words.t('source.phrase', { noun: 'a', publisher: 'b c', date: 'd' })).toBe('a by b c, d');
    // More texts than the cache keeps: the earliest are formatted again, the same.
    for (let n = 0; n < 25_000; n++) expect(words.t('source.note', { n, source: 's' })).toBe(`Source ${n}: s`);
    expect(words.t('source.note', { n: 0, source: 's' })).toBe('Source 0: s');
    expect(words.countryName('FR')).toBe('France');
    expect(words.countryName('FR')).toBe('France');
    for (let day = 1; day <= 28; day++) expect(words.date(`2022-07-${String(day).padStart(2, '0')}`)).toBe(`${day} July 2022`);
    expect(words.date('2022-07-16')).toBe('16 July 2022');
  });
});
