// citation-js ships no types; these are the parts this project calls.
declare module '@citation-js/core' {
  export const plugins: {
    config: { get(name: string): unknown };
    output: { format(name: string, data: unknown[], options?: Record<string, unknown>): unknown };
  };
  /** Parses BibTeX, RIS or CSL-JSON into CSL-JSON records (the tests read exports back with it). */
  export class Cite {
    constructor(input: string);
    data: unknown[];
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/name' {
  /** A personal name as CSL-JSON parts: "Ludwig van Beethoven" → given, non-dropping-particle, family. */
  export function parse(name: string): {
    given?: string;
    family?: string;
    suffix?: string;
    'dropping-particle'?: string;
    'non-dropping-particle'?: string;
    literal?: string;
  };
}
