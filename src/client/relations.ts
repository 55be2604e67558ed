/**
 * The relations page's island: a year control that shows the network as it stood in that
 * year (edges outside their since/until are hidden, in the drawing and the table), kept in
 * the URL as `?year=`. Without it, every relation is shown.
 */
import { holdsIn } from '../lib/network/years.ts';

const form = document.querySelector<HTMLFormElement>('[data-network-controls]');
const select = form?.querySelector<HTMLSelectElement>('select[name="year"]');
const status = document.querySelector<HTMLElement>('[data-network-status]');
const edges = [...document.querySelectorAll<HTMLElement | SVGElement>('[data-edge]')];

function apply(year: number | undefined) {
  const shown = new Set<string>();
  for (const el of edges) {
    const d = el.dataset;
    const ok = year === undefined || holdsIn({ start: d.start ? Number(d.start) : undefined, end: d.end ? Number(d.end) : undefined }, year);
    el.toggleAttribute('hidden', !ok);
    if (ok) shown.add(d.edge!);
  }
  const total = new Set(edges.map((el) => el.dataset.edge)).size;
  if (status) status.textContent = year === undefined ? `Showing all ${total} relations.` : `Showing ${shown.size} of ${total} relations that held in ${year}.`;
}

if (form && select) {
  form.hidden = false;
  const initial = new URLSearchParams(location.search).get('year');
  if (initial && [...select.options].some((o) => o.value === initial)) select.value = initial;
  form.addEventListener('submit', (e) => e.preventDefault());
  select.addEventListener('change', () => {
    const params = new URLSearchParams(location.search);
    if (select.value) params.set('year', select.value);
    else params.delete('year');
    const query = params.toString();
    history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
    apply(select.value ? Number(select.value) : undefined);
  });
  apply(select.value ? Number(select.value) : undefined);
}
