/*
 * How the attribution lint reads text in any language: folding, words and numbers,
 * sentences, word lists with `*`, stems and overlap (src/lib/model/lint/words.ts).
 */
import { describe, expect, it } from 'vitest';
import { findPhrase, fold, meaningful, overlap, phrases, sentences, stem, tokenize, tokens } from '../../src/lib/model/lint/words.ts';

describe('the words the attribution lint compares', () => {
  it('folds case, accents, ё, Arabic letter forms and Eastern digits', () => {
    expect(fold('Ёлка Café')).toBe('елка cafe');
    expect(fold('علي كتاب')).toBe('علی کتاب');
    expect(fold('۲۱٫۵ و ٣')).toBe('21.5 و 3');
  });

  it('cuts words and numbers, keeping a number\'s decimal and group marks, and where each is', () => {
    expect(tokens('About 21,5 kg — 1,200 “killed”; the Guild\'s men.')).toEqual(['about', '21,5', 'kg', '1,200', 'killed', 'the', 'guild', 's', 'men']);
    expect(tokens('می‌گوید ۲۱٫۵')).toEqual(['می', 'گوید', '21.5']);
    const [first, second] = tokenize('The FG said');
    expect(first).toEqual({ start: 0, end: 3, word: 'the', cased: 'The' });
    expect(second).toEqual({ start: 4, end: 6, word: 'fg', cased: 'FG' });
  });

  it('ends a sentence at . ! ? ; and their Persian forms, not at a colon or a comma', () => {
    expect(sentences('A killed 50; B says so. C said: D, E؟ F')).toEqual(['A killed 50;', 'B says so.', 'C said: D, E؟', 'F']);
  });

  it('reads a word list: phrases separated by |, a * for any ending', () => {
    const list = phrases('according to| claim* |по данным');
    expect(list).toEqual([
      { words: ['according', 'to'], prefix: false },
      { words: ['claim'], prefix: true },
      { words: ['по', 'данным'], prefix: false },
    ]);
    expect(findPhrase(tokens('X, according to Y'), list[0]!)).toBe(1);
    expect(findPhrase(tokens('as Y claimed'), list[1]!)).toBe(2);
    expect(findPhrase(tokens('a claimant'), list[1]!)).toBe(1);
    expect(findPhrase(tokens('accordingly to Y'), list[0]!)).toBe(-1);
    expect(findPhrase(tokens('По данным NASA'), list[2]!)).toBe(0);
  });

  it('knows a word by its first four letters, a number whole', () => {
    expect(stem('killed')).toBe(stem('killing'));
    expect(stem('raid')).toBe(stem('raids'));
    expect(stem('грунт')).toBe(stem('грунта'));
    expect(stem('گروه')).toBe(stem('گروهی'));
    expect(stem('2022')).toBe('2022');
    expect(stem('20')).not.toBe(stem('2022'));
  });

  it('measures what share of one text\'s meaningful words another holds', () => {
    const common = new Set(['the', 'of', 'a']);
    const summary = meaningful(tokens('The raid of a group killed 3'), common);
    expect([...summary]).toEqual(['raid', 'grou', 'kill', '3']);
    expect(overlap(summary, meaningful(tokens('A group raided and killed 3'), common))).toBe(1);
    expect(overlap(summary, meaningful(tokens('A group raided'), common))).toBe(0.5);
    expect(overlap(new Set(), summary)).toBe(0);
  });
});
