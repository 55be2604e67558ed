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
import { CITE_FORMATS, type CiteFormat } from './cite-formats.ts';
import type { CslItem } from './record.ts';
import { styleItem, type StyleFamily, type StyleItem } from './style-record.ts';
import { cslConfig, cslLocale, registerStyles, STYLES, type Style } from './styles.ts';

/** A page's citation in every format of cite-formats.ts, by its key. */
export type Citations = Record<CiteFormat, string> & {
  /** The CSL locale the styles' own words are in (en-US unless the site's language has one installed). */
  locale: string;
};

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

/** The style's bibliography entry for a record; its engine then holds the record, as the style is given it. */
function bibliography(family: StyleFamily, item: CslItem): string {
  current = styleItem(item, family);
  return hold(STYLES[family], item.id).makeBibliography()[1].join('').trim();
}

/** The style's note for the record its engine holds (its bibliography entry was made first). */
function note(family: StyleFamily, item: CslItem): string {
  current = styleItem(item, family);
  return engine(STYLES[family]).previewCitationCluster({ citationItems: [{ id: item.id }], properties: { noteIndex: 1 } }, [], [], 'text').trim();
}

/** Formats one record in every format of the "Cite this page" block (cite-formats.ts). */
export async function formatCitations(item: CslItem): Promise<Citations> {
  await registerStyles();
  locale = cslLocale(item.language, cslConfig().locales.list());
  try {
    // Each style's entry is made once; a note follows it, so its engine holds this record.
    const entries = new Map<StyleFamily, string>();
    const entry = (family: StyleFamily) => entries.get(family) ?? entries.set(family, bibliography(family, item)).get(family)!;
    const out: Partial<Record<CiteFormat, string>> = {};
    for (const { key, made } of CITE_FORMATS) {
      if ('write' in made) out[key] = made.write(item);
      else if (made.as === 'bibliography') out[key] = entry(made.style);
      else {
        entry(made.style);
        out[key] = note(made.style, item);
      }
    }
    return { ...(out as Record<CiteFormat, string>), locale };
  } finally {
    current = undefined;
  }
}
