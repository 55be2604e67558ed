/**
 * A figure's filter form and the selection (src/lib/model/selection.ts), both ways: the form's
 * selects are named for the selection's keys (`actor`, `kind`, `country`, `from`, `to`), so
 * the form reads and writes the selection with the same parser as the address. A select
 * holds one value; a selection the address gives with several values, or with one the list
 * lacks (`from=2021` where the list has months), gets an option of its own, named with the
 * options' own words ("A or B"), so it shows and stays selected until the reader picks another.
 */
import { emptySelection, parseSelection, SELECTION_KEYS, type Selection } from '../lib/model/selection.ts';

type Key = (typeof SELECTION_KEYS)[number];

const values = (selection: Selection, key: Key): string[] => {
  if (key === 'actor') return selection.actors;
  if (key === 'kind') return selection.kinds;
  if (key === 'country') return selection.countries;
  const bound = selection[key];
  return bound ? [bound] : [];
};

function selects(form: HTMLFormElement): HTMLSelectElement[] {
  return [...form.querySelectorAll('select')].filter((s) => (SELECTION_KEYS as readonly string[]).includes(s.name));
}

/** Sets the form's selects to the selection. */
export function showSelection(form: HTMLFormElement, selection: Selection): void {
  const or = new Intl.ListFormat(document.documentElement.lang || undefined, { type: 'disjunction' });
  for (const select of selects(form)) {
    const chosen = values(selection, select.name as Key);
    // A comma list is one of the forms the parser reads: the option's value is the selection itself.
    const value = chosen.join(',');
    const options = [...select.options];
    if (value && !options.some((o) => o.value === value)) {
      const label = or.format(chosen.map((v) => options.find((o) => o.value === v)?.textContent?.trim() || v));
      select.add(new Option(label, value));
    }
    select.value = value;
  }
}

/** The selection the form holds; what the form has no select for is kept from `before`. */
export function readSelection(form: HTMLFormElement, before: Selection = emptySelection()): Selection {
  const params = new URLSearchParams();
  const named = new Set<string>();
  for (const select of selects(form)) {
    named.add(select.name);
    if (select.value) params.append(select.name, select.value);
  }
  const read = parseSelection(params);
  const keep = <T>(key: Key, mine: T, theirs: T) => (named.has(key) ? mine : theirs);
  const selection: Selection = {
    actors: keep('actor', read.actors, before.actors),
    kinds: keep('kind', read.kinds, before.kinds),
    countries: keep('country', read.countries, before.countries),
  };
  const from = keep('from', read.from, before.from);
  const to = keep('to', read.to, before.to);
  // Parsed together, so a backwards pair is put right here as in the address.
  const period = parseSelection(new URLSearchParams([...(from ? [['from', from]] : []), ...(to ? [['to', to]] : [])]));
  if (period.from) selection.from = period.from;
  if (period.to) selection.to = period.to;
  return selection;
}
