/** English: an event's figures and claims (src/lib/model/figures.ts, claims.ts; EventFigures, EventClaims). */
export default {
  'figure.heading': 'Figures',
  // {figure} is the number, a range or the source's wording; {label} and {unit} the figure type's.
  'figure.count': '{figure} {label}',
  'figure.measure': '{figure} {unit} of {label}',
  'figure.atLeast': 'at least {min}',
  'figure.upTo': 'up to {max}',
  'figure.range': '{min}–{max}',
  // {whose}: the actor or source the figure is according to.
  'figure.according': '{figure}, according to {whose}',

  // {whose}: who said it; {via}: who relayed it (a source known only through another).
  'account.relayed': '{whose}, as reported by {via}',

  'claim.heading': 'Claims',
  // {verb} is the claim kind's ("claimed", "said", "announced").
  'claim.introduced': '{by} {verb}: {text}',
  'claim.reportedIn': 'Source: {source}',
} as const satisfies Record<string, string>;
