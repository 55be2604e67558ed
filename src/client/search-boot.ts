/**
 * The only search code every page carries: it wires the header control and the keyboard
 * shortcuts, and imports the search UI (and, through it, Pagefind) the first time the reader
 * focuses or opens search. Keep it tiny: `npm run bench:search` prints its size.
 */
type SearchUi = typeof import('./search-ui.ts');
let ui: Promise<SearchUi> | undefined;
const load = () => (ui ??= import('./search-ui.ts'));
const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');

/** True when a key press belongs to something the reader is typing in. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

async function open() {
  (await load()).openSearch(trigger);
}

// With JavaScript the link opens a dialog instead of going to /search/; say so.
trigger?.setAttribute('aria-haspopup', 'dialog');
trigger?.addEventListener('focus', () => void load(), { once: true });
trigger?.addEventListener('pointerenter', () => void load(), { once: true });
trigger?.addEventListener('click', (event) => {
  // Let modified clicks open /search/ in a new tab, as links do.
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  void open();
});

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing || typing(event.target)) return;
  // "/" only without modifiers; Ctrl+K (Cmd+K): neither is a screen-reader command key.
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
  const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  if (!slash && !k) return;
  event.preventDefault();
  void open();
});
