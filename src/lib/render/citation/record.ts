/**
 * One CSL-JSON record per page of the site: the single source from which every citation
 * format of that page is generated (APA, MLA, Chicago, BibTeX, RIS, CSL-JSON).
 */
import type { SiteConfig } from '../../content/schema.ts';
import { citationAuthors, cslName, type CslName } from './authors.ts';

/** A CSL-JSON item (the subset this site fills in). */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  'container-title': string;
  author: CslName[];
  issued: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  /** The page's absolute address, or its site-relative path when the site's address is not configured. */
  URL: string;
  language?: string;
  publisher?: string;
}

export interface PageCitationInput {
  /** Stable key of the page: `events/<id>`, `actors/<id>`, `pages/<id>`. */
  key: string;
  title: string;
  /** The address cited: absolute, or the site-relative path when the site has no `url`. */
  url: string;
  /** The date of the revision cited (last change of the page's content file). */
  updated: Date;
  /** The day the page was read; the build date until the reader's browser says otherwise. */
  accessed: Date;
}

const parts = (d: Date): [[number, number, number]] => [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]];

/**
 * Builds the CSL-JSON record of one page. The revision is not the record's `version`: MLA
 * prints a version as an edition ("3f4e382"), which a reader cannot look up; the revision is
 * named beside the citations, and its permanent address, where there is one, is the URL.
 */
export function cslRecord(site: Pick<SiteConfig, 'title' | 'editors' | 'language'>, page: PageCitationInput): CslItem {
  return {
    // CSL ids are free text, but BibTeX and RIS reuse them as keys: keep them to safe characters.
    id: page.key.replace(/[^A-Za-z0-9-]+/g, '-'),
    type: 'webpage',
    title: page.title,
    'container-title': site.title,
    author: citationAuthors(site).map(cslName),
    issued: { 'date-parts': parts(page.updated) },
    accessed: { 'date-parts': parts(page.accessed) },
    URL: page.url,
    language: site.language,
  };
}
