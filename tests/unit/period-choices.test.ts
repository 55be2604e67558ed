import { describe, expect, it } from 'vitest';
import { monthChoices } from '../../src/lib/model/period-choices.ts';
import { parseSelection } from '../../src/lib/model/selection.ts';

const at = (min: string, max: string) => ({ date: { min: Date.parse(`${min}T00:00:00Z`), max: Date.parse(`${max}T00:00:00Z`) } });

describe('monthChoices', () => {
  it('offers every month from the earliest to the latest instant, across a year end', () => {
    const months = monthChoices([at('2021-11-20', '2021-11-20'), at('2022-01-01', '2022-02-03')], 'en');
    expect(months.map((m) => m.value)).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
    expect(months[0]!.label).toBe('November 2021');
  });

  it('gives values the selection reads as months', () => {
    for (const { value } of monthChoices([at('2022-03-04', '2022-05-01')], 'en')) expect(parseSelection(`from=${value}`).from).toBe(value);
  });

  it('names months in the site\'s language, in the Gregorian calendar', () => {
    expect(monthChoices([at('2022-03-04', '2022-03-04')], 'fa')[0]!.label).toBe(new Intl.DateTimeFormat('fa', { month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' }).format(Date.UTC(2022, 2, 1)));
    expect(monthChoices([at('2022-03-04', '2022-03-04')], 'ru')[0]!.label).toMatch(/2022/);
  });

  it('offers nothing without events', () => {
    expect(monthChoices([], 'en')).toEqual([]);
  });
});
