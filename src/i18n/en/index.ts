/**
 * The interface catalogue for English: every word the generator itself puts on a page
 * (navigation, headings, labels, buttons, legends, status lines, search, citations' fixed
 * words, error pages), as ICU messages (`{count, plural, one {# event} other {# events}}`),
 * one file per part of the site; and, in lint.ts, the words `npm run check` reads content
 * with, which no page shows. Its keys are the contract: every other language's
 * catalogue gives each of them (its area files are typed by these, `AreaOf`, and a test
 * compares them), and a site may override any message in `interface.yaml` of its content
 * folder.
 *
 * The areas are listed, not read from the folder: the check command loads the catalogue in
 * plain Node, where a module cannot import a folder, and the pages' bundler sees only what
 * is imported by name. A language's index that leaves an area out fails the type check, as
 * its catalogue then lacks that area's keys.
 */
import cards from './cards.ts';
import cite from './cite.ts';
import corrections from './corrections.ts';
import citeAddress from './cite-address.ts';
import history from './history.ts';
import dates from './dates.ts';
import embed from './embed.ts';
import model from './model.ts';
import openData from './open-data.ts';
import figures from './figures.ts';
import map from './map.ts';
import selection from './selection.ts';
import layout from './layout.ts';
import lint from './lint.ts';
import lists from './lists.ts';
import pages from './pages.ts';
import search from './search.ts';
import vocabulary from './vocabulary.ts';

export default {
  ...vocabulary,
  ...model,
  ...openData,
  ...figures,
  ...map,
  ...selection,
  ...embed,
  ...dates,
  ...layout,
  ...pages,
  ...lists,
  ...search,
  ...cite,
  ...cards,
  ...corrections,
  ...citeAddress,
  ...history,
  ...lint,
} as const satisfies Record<string, string>;
