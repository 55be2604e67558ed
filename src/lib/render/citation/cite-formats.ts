/**
 * The formats of the "Cite this page" block, one row each: the key that names the format
 * everywhere (the field of `Citations`, the block's `data-format`, the element id
 * `#cite-<key>`), the catalogue message that labels it, whether it is shown as a line of text
 * or as a file to copy, and how it is made from the page's one CSL-JSON record: by a CSL
 * style, as a bibliography entry or a note, or by a writer of its own. The block, the
 * formatter, the page-id check (page-ids.ts) and the tests all read this table; a format is
 * added here and nowhere else but its label's messages.
 */
import type { MessageKey } from '../../i18n/catalogue.ts';
import { bibtexEntry } from './bibtex.ts';
import type { CslItem } from './record.ts';
import { risRecord } from './ris.ts';
import type { StyleFamily } from './style-record.ts';

export type CiteMaking =
  | { style: StyleFamily; as: 'bibliography' | 'note' }
  | { write: (item: CslItem) => string };

export interface CiteFormatRow {
  key: string;
  label: MessageKey;
  /** `text`: a citation to read and copy; `file`: a record for a reference manager, folded away. */
  shown: 'text' | 'file';
  made: CiteMaking;
}

/** In the order the block shows them. */
export const CITE_FORMATS = [
  { key: 'apa', label: 'cite.format.apa', shown: 'text', made: { style: 'apa', as: 'bibliography' } },
  { key: 'mla', label: 'cite.format.mla', shown: 'text', made: { style: 'mla', as: 'bibliography' } },
  { key: 'chicago-note', label: 'cite.format.chicagoNote', shown: 'text', made: { style: 'chicago', as: 'note' } },
  { key: 'chicago-bibliography', label: 'cite.format.chicagoBibliography', shown: 'text', made: { style: 'chicago', as: 'bibliography' } },
  { key: 'bibtex', label: 'cite.format.bibtex', shown: 'file', made: { write: bibtexEntry } },
  { key: 'ris', label: 'cite.format.ris', shown: 'file', made: { write: risRecord } },
  // The record itself, as a CSL-JSON array (what Zotero and Pandoc import).
  { key: 'csl-json', label: 'cite.format.csl', shown: 'file', made: { write: (item) => JSON.stringify([item], null, 2) } },
] as const satisfies readonly CiteFormatRow[];

export type CiteFormat = (typeof CITE_FORMATS)[number]['key'];

/** A format shown as a line of text: one of them is the citation every page shows itself. */
export type CitationStyle = Extract<(typeof CITE_FORMATS)[number], { shown: 'text' }>['key'];

/** The styles a site may choose for that one citation (site.yaml `citationStyle`), in the table's order. */
export const CITATION_STYLES = CITE_FORMATS.filter((f) => f.shown === 'text').map((f) => f.key) as [CitationStyle, ...CitationStyle[]];

/** The id of a format's citation in the block: `cite-apa`. */
export const citeAnchor = (format: CiteFormat) => `cite-${format}`;
