/** Russian: an event's figures and claims (see the English catalogue's model.ts). */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/model.ts';

export default {
  'figure.heading': 'Цифры',
  // The label first ("убиты: 3"): a number before a noun would need its case and number.
  'figure.count': '{label}: {figure}',
  'figure.measure': '{label}: {figure} {unit}',
  'figure.atLeast': 'не менее {min}',
  'figure.upTo': 'до {max}',
  'figure.range': '{min}–{max}',
  // "по данным" would need the name in the genitive; "источник:" takes it as written.
  'figure.according': '{figure}; источник: {whose}',

  // "в изложении" would need the name in the genitive; "передано:" takes it as written.
  'account.relayed': '{whose} (передано: {via})',

  'claim.heading': 'Заявления',
  'claim.introduced': '{by} {verb}: {text}',
  'claim.reportedIn': 'Источник: {source}',
} as const satisfies AreaOf<typeof en>;
