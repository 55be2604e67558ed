/** English: the fixed words of "Cite this page" and of citations (formats' names, copy buttons). */
export default {
  'cite.heading': 'Cite this page',
  'cite.updated': 'Last updated {date}',
  'cite.revision': 'revision',
  'cite.unlinked': '(the repository\'s address is not configured, so the revision is not linked)',
  // Why "last updated" is the build date rather than the file's last commit.
  'cite.buildDate.noGit': 'Date of the build: the site was built without its git history.',
  'cite.buildDate.shallow': 'Date of the build: the site was built from a shallow clone, which lacks the full history.',
  'cite.buildDate.gitFailed': 'Date of the build: git could not read the history ({error}).',
  'cite.buildDate.uncommitted': 'Date of the build: this file has no committed revision yet.',
  'cite.retrieved': 'Retrieved on {date}',
  'cite.retrievedNote': '(the date this copy was built; put the day you read it)',
  'cite.today': '(today)',
  'cite.format.apa': 'APA (7th edition)',
  'cite.format.mla': 'MLA (9th edition)',
  'cite.format.chicagoNote': 'Chicago (17th edition), short note',
  'cite.format.chicagoBibliography': 'Chicago (17th edition), bibliography',
  'cite.format.bibtex': 'BibTeX',
  'cite.format.ris': 'RIS (EndNote, Zotero, Mendeley)',
  'cite.format.csl': 'CSL-JSON (Zotero, Pandoc)',
  // The page of every citation format a page has (<page>/cite/), and the page's link to it.
  'cite.otherFormats': 'Every other style and format, on its own page:',
  'cite.pageTitle': 'Cite “{title}”',
  'cite.pageDescription': 'Every citation style and reference-manager format of “{title}”.',
  'cite.backTo': 'Back to the page: {title}',
  'cite.copy': 'Copy {format}',
  'cite.copied': '{format} citation copied.',
  'cite.copyRefused': 'Copying is not allowed here; the text is selected, press Ctrl+C or ⌘C.',
  // The author a citation names when site.yaml lists no editors.
  'cite.contributors': '{site} contributors',
} as const satisfies Record<string, string>;
