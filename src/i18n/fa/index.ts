/**
 * The interface catalogue for Persian (Dari readers read it too); right-to-left. Its keys
 * are those of the English catalogue (the type check and a test compare them).
 */
import type { MessageKey } from '../../lib/i18n/catalogue.ts';
import model from './model.ts';
import openData from './open-data.ts';
import figures from './figures.ts';
import map from './map.ts';
import cards from './cards.ts';
import selection from './selection.ts';
import cite from './cite.ts';
import corrections from './corrections.ts';
import citeAddress from './cite-address.ts';
import history from './history.ts';
import dates from './dates.ts';
import embed from './embed.ts';
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
} as const satisfies Record<MessageKey, string>;
