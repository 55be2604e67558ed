/** Persian: an event's figures and claims (see the English catalogue's model.ts). */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/model.ts';

export default {
  'figure.heading': 'آمار',
  'figure.count': '{figure} {label}',
  'figure.measure': '{figure} {unit} {label}',
  'figure.atLeast': 'دست‌کم {min}',
  'figure.upTo': 'حداکثر {max}',
  // "۲ تا ۴": a word, not a dash, between two numbers in right-to-left text.
  'figure.range': '{min} تا {max}',
  'figure.according': '{figure}، به نقل از {whose}',

  // {whose}: who said it; {via}: who relayed it.
  'account.relayed': '{whose}، به گزارش {via}',

  'claim.heading': 'اظهارات',
  'claim.introduced': '{by} {verb}: {text}',
  'claim.reportedIn': 'منبع: {source}',
} as const satisfies AreaOf<typeof en>;
