/**
 * Every citation format of a page, generated from the page's one CSL-JSON record: no format
 * is written by hand. CSL styles are rendered by citeproc-js (the CSL project's reference
 * processor); BibTeX and RIS are written by bibtex.ts and ris.ts, which escape every field
 * for their format (citation-js's output plugins did not: see each file).
 *
 * Why citeproc is driven directly: citation-js resets and re-registers its cached engine on
 * every `format()` call (twice for Chicago, which is both a note and a bibliography entry),
 * which cost a 2,500-page build about 40 s. One engine per style, fed one record at a time,
 * renders the same text (tests/unit/citation.test.ts) for two thirds of the work. One record
 * at a time also keeps CSL disambiguation from adding "2026a, 2026b" across pages.
 */
import CSL, { type Engine } from 'citeproc';
import { bibtexEntry } from './bibtex.ts';
import type { CslItem } from './record.ts';
import { risRecord } from './ris.ts';
import { styleItem, type StyleFamily, type StyleItem } from './style-record.ts';
import { cslConfig, cslLocale, registerStyles, STYLES, type Style } from './styles.ts';

export interface Citations {
  apa: string;
  mla: string;
  chicagoNote: string;
  chicagoBibliography: string;
  bibtex: string;
  ris: string;
  /** The record itself, as a CSL-JSON array (what Zotero and Pandoc import). */
  csl: string;
  /** The CSL locale the styles' own words are in (en-US unless the site's language has one installed). */
  locale: string;
}

/** The record being formatted, as the style at work is given it: citeproc asks for items by id through `retrieveItem`. */
let current: StyleItem | undefined;
/** One engine per style and CSL locale (a build has one locale; the tests use several). */
const engines = new Map<string, Engine>();
/** The CSL locale of the record being formatted. */
let locale = 'en-US';

function engine(style: Style): Engine {
  const key = `${style} ${locale}`;
  let found = engines.get(key);
  if (!found) {
    const { styles, locales } = cslConfig();
    found = new CSL.Engine(
      {
        retrieveItem: (id: string) => {
          if (current?.id !== id) throw new Error(`citeproc asked for '${id}' while formatting '${current?.id}'`);
          return current;
        },
        retrieveLocale: (lang: string) => locales.get(lang) ?? locales.get(lang.replace('-', '_')) ?? {},
      },
      styles.get(style),
      locale,
      true,
    );
    found.setOutputFormat('text');
    found.opt.development_extensions.wrap_url_and_doi = false;
    engines.set(key, found);
  }
  return found;
}

/** The id each engine holds: citeproc keeps an item it already holds, data and all. */
const held = new Map<string, string>();

/** Makes `style`'s engine hold exactly the record being formatted. */
function hold(style: Style, id: string): Engine {
  const e = engine(style);
  const key = `${style} ${locale}`;
  // The same id again (a page formatted twice in `astro dev`, after an edit) would keep the
  // old record's text: let go of it first. Different ids replace each other by themselves.
  if (held.get(key) === id) e.updateItems([]);
  e.updateItems([id]);
  held.set(key, id);
  return e;
}

const FAMILY: Record<Style, StyleFamily> = { [STYLES.apa]: 'apa', [STYLES.mla]: 'mla', [STYLES.chicago]: 'chicago' };

function bibliography(style: Style, item: CslItem): string {
  current = styleItem(item, FAMILY[style]);
  return hold(style, item.id).makeBibliography()[1].join('').trim();
}

function note(style: Style, id: string): string {
  // Chicago's note follows its bibliography entry: the engine already holds this record, as Chicago is given it.
  return engine(style).previewCitationCluster({ citationItems: [{ id }], properties: { noteIndex: 1 } }, [], [], 'text').trim();
}

/** Formats one record in every style and format the "Cite this page" block offers. */
export async function formatCitations(item: CslItem): Promise<Citations> {
  await registerStyles();
  locale = cslLocale(item.language, cslConfig().locales.list());
  try {
    return {
      apa: bibliography(STYLES.apa, item),
      mla: bibliography(STYLES.mla, item),
      chicagoBibliography: bibliography(STYLES.chicago, item),
      chicagoNote: note(STYLES.chicago, item.id),
      bibtex: bibtexEntry(item),
      ris: risRecord(item),
      csl: JSON.stringify([item], null, 2),
      locale,
    };
  } finally {
    current = undefined;
  }
}
