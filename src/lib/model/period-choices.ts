/**
 * The months a set of events spans, as a figure's From and To lists offer them: every month
 * from the earliest to the latest instant the events' dates can mean, each with its value in
 * the selection's form (`2022-03`, src/lib/model/selection.ts) and its name in the site's language
 * (always the Gregorian calendar the sources use, in UTC).
 */
export interface PeriodChoice {
  value: string;
  label: string;
}

export function monthChoices(events: readonly { date: { min: number; max: number } }[], language: string): PeriodChoice[] {
  if (events.length === 0) return [];
  const name = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' });
  const start = new Date(Math.min(...events.map((e) => e.date.min)));
  const end = new Date(Math.max(...events.map((e) => e.date.max)));
  const months: PeriodChoice[] = [];
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); d <= end; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
    months.push({ value: d.toISOString().slice(0, 7), label: name.format(d) });
  }
  return months;
}
