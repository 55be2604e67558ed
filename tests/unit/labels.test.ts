import { describe, expect, it } from 'vitest';
import { countryName, dayLabel } from '../../src/lib/labels.ts';

describe('countryName', () => {
  it('names an ISO 3166-1 code in English and falls back to the code', () => {
    expect(countryName('AF')).toBe('Afghanistan');
    expect(countryName('TJ')).toBe('Tajikistan');
    expect(countryName('XZ')).toBe('XZ');
  });
});

describe('dayLabel', () => {
  it('writes the UTC calendar day, whatever the time zone of the build', () => {
    expect(dayLabel(new Date('2022-07-16T00:00:00Z'))).toBe('16 July 2022');
    expect(dayLabel(new Date('2022-07-16T23:59:59Z'))).toBe('16 July 2022');
  });
});
