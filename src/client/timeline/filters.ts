/**
 * The timeline's filter form (actor, kind, country, from, to, lanes) and its list: a change
 * narrows the chart and the list to the selection, fits the window to what is left and says
 * how many events that is. A part of the selection the form has no field for stays as the
 * address gave it.
 */
import { matches } from '../../lib/model/selection.ts';
import { selectable } from '../../lib/figures/timeline/data.ts';
import { fullDomain } from '../../lib/figures/timeline/scale.ts';
import type { LaneDimension, TimelineEvent } from '../../lib/figures/timeline/types.ts';
import { choices, type TimelinePayload } from '../../lib/figures/timeline/view-data.ts';
import { messages } from './island.ts';
import { readSelection, showSelection } from '../selection-form.ts';
import type { TimelineIsland } from './island.ts';

/** The events of `island.all` the selection keeps. */
export function selected(island: Pick<TimelineIsland, 'all' | 'selection'>): TimelineEvent[] {
  return island.all.filter((e) => matches(selectable(e), island.selection));
}

/**
 * The actor, kind and country choices of a form the page left empty (its events were not in
 * it): the options the page would have written, from the fetched events; a field with one
 * choice or none goes, as the page leaves it out.
 */
export function fillChoices(form: HTMLFormElement, payload: TimelinePayload): void {
  const t = messages(payload);
  for (const dim of ['actor', 'kind', 'country'] as const) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${dim}"]`);
    if (!select) continue;
    const options = choices(payload, dim);
    if (options.length < 2) {
      select.closest('.tl-field')?.remove();
      continue;
    }
    for (const [code, label, count] of options) select.add(new Option(t('timeline.filter.option', { label, count }), code));
  }
}

/** Hides the list's items the selection leaves out. */
export function filterList(island: TimelineIsland): void {
  const keep = new Set(island.shown.map((e) => e.id));
  for (const li of island.root.querySelectorAll<HTMLElement>('.tl-list .event-item')) li.hidden = !keep.has(li.id.replace(/^event-/, ''));
}

export function filters(island: TimelineIsland): void {
  const form = island.root.querySelector<HTMLFormElement>('.tl-filters');
  if (!form) return;
  const status = island.root.querySelector<HTMLElement>('.tl-status')!;
  const lanes = form.querySelector<HTMLSelectElement>('select[name="lanes"]');
  form.hidden = false;
  showSelection(form, island.selection);
  if (lanes) lanes.value = island.lanes;
  form.addEventListener('change', () => {
    island.selection = readSelection(form, island.selection);
    if (lanes) island.lanes = lanes.value as LaneDimension;
    island.shown = selected(island);
    island.window = fullDomain(island.shown.length ? island.shown : island.all);
    filterList(island);
    island.draw();
    status.textContent = island.t('timeline.status', { shown: island.shown.length, total: island.all.length });
  });
  form.addEventListener('submit', (e) => e.preventDefault());
}
