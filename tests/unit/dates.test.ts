import { describe, expect, it } from 'vitest';
import { compareDates, idPrefix, isInFuture, isValidEdtf, parseDate } from '../../src/lib/content/dates.ts';

describe('dates in words, at their precision', () => {
  it.each([
    ['2022-07-16', '16 July 2022'],
    ['2022-06', 'June 2022'],
    ['2022', '2022'],
    ['2021-22', 'summer 2021'],
    ['2021-24', 'winter 2021'],
    ['2022-05~', 'about May 2022'],
    ['2022-05?', 'possibly May 2022'],
    ['2022-05%', 'possibly about May 2022'],
    ['2021-08/2022-07', 'from August 2021 to July 2022'],
    ['2021-06/2022', 'from June 2021 to 2022'],
    ['[2021-06..2022-12]', 'at some time between June 2021 and the end of 2022'],
    ['[2021-06..2022-07]', 'at some time between June 2021 and the end of July 2022'],
    ['[2021..2022]', 'at some time between 2021 and the end of 2022'],
    ['[2022-07-01..2022-07-20]', 'at some time between 1 July 2022 and 20 July 2022'],
    ['2022-XX', 'some time between 1 January 2022 and 31 December 2022'],
  ])('%s reads "%s"', (edtf, words) => {
    expect(parseDate(edtf).words).toBe(words);
  });

  it('names the precision of each shape', () => {
    expect(parseDate('2022-07-16').precision).toBe('day');
    expect(parseDate('2022-06').precision).toBe('month');
    expect(parseDate('2021-22').precision).toBe('season');
    expect(parseDate('2022').precision).toBe('year');
    expect(parseDate('2021-08/2022-07').precision).toBe('interval');
    expect(parseDate('2022-05~').approximate).toBe(true);
    expect(parseDate('2022-05?').uncertain).toBe(true);
  });

  it('tells a date that lasted from one known only to lie within two ends', () => {
    expect(parseDate('2022-07-16').kind).toBe('point');
    expect(parseDate('2021-22').kind).toBe('point');
    expect(parseDate('2021-06/2022').kind).toBe('lasted');
    expect(parseDate('[2021-06..2022-12]').kind).toBe('within');
    expect(parseDate('[2021-06..2022-12]').precision).toBe('interval');
  });
});

describe('bounds', () => {
  it('spans a month from its first to its last instant', () => {
    const june = parseDate('2022-06');
    expect(june.minIso).toBe('2022-06-01');
    expect(june.maxIso).toBe('2022-06-30');
  });

  it('takes northern meteorological seasons, not edtf.js calendar quarters', () => {
    const summer = parseDate('2021-22');
    expect([summer.minIso, summer.maxIso]).toEqual(['2021-06-01', '2021-08-31']);
    const winter = parseDate('2021-24');
    expect([winter.minIso, winter.maxIso]).toEqual(['2021-12-01', '2022-02-28']);
  });

  it('spans an interval from the start of its first date to the end of its last', () => {
    const interval = parseDate('2021-08/2022-07');
    expect([interval.minIso, interval.maxIso]).toEqual(['2021-08-01', '2022-07-31']);
  });

  it('spans a "within" range to the end of its upper end (edtf.js alone stops at the end of the first)', () => {
    const within = parseDate('[2021-06..2022-12]');
    expect([within.minIso, within.maxIso]).toEqual(['2021-06-01', '2022-12-31']);
    expect(within.parts.map((p) => p.unit)).toEqual(['month', 'month']);
  });
});

describe('sorting by the lower bound', () => {
  it('orders by the earliest day a date can mean, the narrower date first on a tie', () => {
    const dates = ['2022-07-20', '2022-06', '2021-06/2022', '2022-06-01', '2021-22', '2022-03-04', '[2021-07..2022-12]'];
    expect([...dates].sort(compareDates)).toEqual(['2021-22', '2021-06/2022', '[2021-07..2022-12]', '2022-03-04', '2022-06-01', '2022-06', '2022-07-20']);
  });
});

describe('validation', () => {
  it.each(['2022-13-45', 'July 2022', '', '../2022-07-20', '[2021, 2022]', '[2021,2022]', '[..2022]', '{2021..2022}'])('refuses %j with a hint', (text) => {
    expect(isValidEdtf(text)).toBe(false);
    expect(() => parseDate(text)).toThrow(/2022-07-16/);
  });

  it('says which date comes first when an interval runs backwards', () => {
    expect(() => parseDate('2022/2021')).toThrow(/ends before it starts; write the earlier date first \(2021\/2022\)/);
  });

  it('says which date comes first when a "within" range runs backwards', () => {
    expect(() => parseDate('[2022-12..2021-06]')).toThrow(/ends before it starts; write the earlier date first \(\[2021-06\.\.2022-12\]\)/);
  });

  it('says how to write a range whose ends differ in precision, which edtf.js does not read', () => {
    expect(() => parseDate('[2021-06..2022]')).toThrow(/same precision; write \[2021-06\.\.2022-12\]$/);
    expect(() => parseDate('[2021..2022-07-20]')).toThrow(/write \[2021-01-01\.\.2022-07-20\]$/);
  });

  it('accepts a range of one-of-a-set at each precision edtf.js reads', () => {
    expect(['[2021..2022]', '[2021-06..2022-12]', '[2021-06-01..2022-12-31]'].every(isValidEdtf)).toBe(true);
  });
});

describe('event id prefixes', () => {
  it.each([
    ['2022-07-20', '2022-07-20'],
    ['2022-06', '2022-06'],
    ['2022-05~', '2022-05'],
    ['2021-22', '2021-22'],
    ['2021-06/2022', '2021-06'],
    ['[2021-06..2022-12]', '2021-06'],
  ])('%s gives %s', (date, prefix) => {
    expect(idPrefix(date)).toBe(prefix);
  });
});

describe('future dates', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  it('flags a date whose lower bound is after now', () => {
    expect(isInFuture('2027-01', now)).toBe(true);
    expect(isInFuture('2026-11-27', now)).toBe(true);
  });
  it('accepts today, the past, and periods that have begun', () => {
    expect(isInFuture('2026-11-26', now)).toBe(false);
    expect(isInFuture('2026', now)).toBe(false);
    expect(isInFuture('2022-07-16', now)).toBe(false);
  });
});
