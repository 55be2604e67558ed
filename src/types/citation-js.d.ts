// citation-js ships no types; these are the parts this project calls.
declare module '@citation-js/core' {
  export const plugins: {
    config: { get(name: string): unknown };
    output: { format(name: string, data: unknown[], options?: Record<string, unknown>): unknown };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
