/** The part of citeproc-js (it publishes no types) that formats.ts uses. */
declare module 'citeproc' {
  export interface Sys {
    retrieveItem(id: string): unknown;
    retrieveLocale(lang: string): unknown;
  }
  export class Engine {
    constructor(sys: Sys, style: string, lang: string, forceLang: boolean);
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    setOutputFormat(format: string): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]];
    previewCitationCluster(
      citation: { citationItems: { id: string }[]; properties: { noteIndex: number } },
      pre: unknown[],
      post: unknown[],
      format: string,
    ): string;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
