/**
 * The relations page's island: a year control that shows the network as it stood in that
 * year (edges outside their since/until are hidden, in the drawing and the table), kept in
 * the URL as `?year=`. Without it, every relation is shown. The status line is worded from
 * the messages the page hands over (as the catalogue writes them), in the page's language.
 */
import { formatMessage, type ClientMessages } from '../lib/i18n/client-messages.ts';
import { holdsIn } from '../lib/figures/network/held-in-year.ts';

const form = document.querySelector<HTMLFormElement>('[data-network-controls]');
const select = form?.querySelector<HTMLSelectElement>('select[name="year"]');
const status = document.querySelector<HTMLElement>('[data-network-status]');
const edges = [...document.querySelectorAll<HTMLElement | SVGElement>('[data-edge]')];
const text = JSON.parse(status?.dataset.messages ?? '{"language":"en","messages":{}}') as { language: string; messages: ClientMessages };
const t = (key: string, values: Record<string, string | number>) => {
  const message = text.messages[key];
  return message ? formatMessage(message, values, text.language) : '';
};

function apply(year: number | undefined) {
  const shown = new Set<string>();
  for (const el of edges) {
    const d = el.dataset;
    const ok = year === undefined || holdsIn({ start: d.start ? Number(d.start) : undefined, end: d.end ? Number(d.end) : undefined }, year);
    el.toggleAttribute('hidden', !ok);
    if (ok) shown.add(d.edge!);
  }
  const total = new Set(edges.map((el) => el.dataset.edge)).size;
  // The year as the select's option writes it, in the language's digits.
  const yearText = select?.selectedOptions[0]?.textContent ?? String(year);
  if (status) status.textContent = year === undefined ? t('relations.statusAll', { total }) : t('relations.statusYear', { shown: shown.size, total, year: yearText });
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
