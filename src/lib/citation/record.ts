/**
 * One CSL-JSON record per page of the site: the single source from which every citation
 * format of that page is generated (APA, MLA, Chicago, BibTeX, RIS, CSL-JSON).
 */
import type { Translator } from '../i18n/translator.ts';
import type { SiteConfig } from '../schema.ts';

/** A CSL-JSON item (the subset this site fills in). */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  'container-title': string;
  author: { literal: string }[];
  issued: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL: string;
  version?: string;
  language?: string;
  publisher?: string;
}

export interface PageCitationInput {
  /** Stable key of the page: `events/<id>`, `actors/<id>`, `pages/<id>`. */
  key: string;
  title: string;
  /** Absolute canonical URL of the page. */
  url: string;
  /** The date of the revision cited (last change of the page's content file). */
  updated: Date;
  /** The day the page was read; the build date until the reader's browser says otherwise. */
  accessed: Date;
  /** Revision (commit hash, abbreviated) the page was built from, if known. */
  revision?: string;
}

const parts = (d: Date): [[number, number, number]] => [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]];

/** The authors a citation names: the site's editors, else "<site title> contributors" in the site's language. */
export function citationAuthors(site: Pick<SiteConfig, 'title' | 'editors'>, i18n: Pick<Translator, 't'>): string[] {
  return site.editors.length > 0 ? [...site.editors] : [i18n.t('cite.contributors', { site: site.title })];
}

/** Builds the CSL-JSON record of one page. */
export function pageRecord(site: Pick<SiteConfig, 'title' | 'editors' | 'language'>, page: PageCitationInput, i18n: Pick<Translator, 't'>): CslItem {
  const item: CslItem = {
    // CSL ids are free text, but BibTeX and RIS reuse them as keys: keep them to safe characters.
    id: page.key.replace(/[^A-Za-z0-9-]+/g, '-'),
    type: 'webpage',
    title: page.title,
    'container-title': site.title,
    // Literal names: a group name must not be split into given and family names.
    author: citationAuthors(site, i18n).map((literal) => ({ literal })),
    issued: { 'date-parts': parts(page.updated) },
    accessed: { 'date-parts': parts(page.accessed) },
    URL: page.url,
    language: site.language,
  };
  if (page.revision) item.version = page.revision;
  return item;
}
