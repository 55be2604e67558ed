/** Persian: the share card (og:image) a page shows when it is linked elsewhere. */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/cards.ts';

export default {
  // The card's text alternative: what the image shows, for readers of the page that links it.
  'cards.alt': '{title}، در {site}',
  'cards.altDated': '{title}، {date}، در {site}',
} as const satisfies AreaOf<typeof en>;
