/**
 * The ids of the "Cite this page" block's citations (`#cite-apa`, `#cite-bibtex`): made in
 * code, so the page-id check (page-ids.ts) reads them from here, not from the template.
 */
export const CITE_FORMATS = ['apa', 'mla', 'chicago-note', 'chicago-bibliography', 'bibtex', 'ris', 'csl-json'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

export const citeAnchor = (format: CiteFormat) => `cite-${format}`;
