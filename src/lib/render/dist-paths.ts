/**
 * How a site path maps to a file of the built site (dist/) and back, as a static host serves
 * it: a folder's address by its `index.html`, any other file by its name. The one mapping for
 * the search index, the page weights, the link check, the published addresses and the tests.
 */

/** The site path (without base) that serves a built file: `actors/some-group/index.html` → `/actors/some-group/`. */
export function sitePathFor(file: string): string {
  return `/${file.split(/[\\/]/).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The files of dist/ (relative to it) that may serve a site path without base, in the order a
 * static host tries them: `/actors/x/` → `actors/x/index.html`; `/data/a.json` → the file,
 * then a folder of that name.
 */
export function distFilesFor(path: string): string[] {
  const clean = path.replace(/^\/+/, '');
  return clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
}
