/** Russian: the period of the selection, on every figure that offers it (src/components/Timeline.astro). */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/selection.ts';

export default {
  'selection.from': 'С',
  'selection.to': 'По',
  'selection.anyTime': 'Любое время',
} as const satisfies AreaOf<typeof en>;
