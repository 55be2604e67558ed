/**
 * The figures' tooltips (WCAG 1.4.13), one behaviour for the timeline and the map: a mark's
 * tooltip opens on hover and on focus, stays while the pointer is on it or on the tooltip,
 * closes 300 ms after the pointer leaves, when focus leaves and with Esc. The mark names the
 * tooltip with `aria-describedby` while it is open. What the tooltip says and where it
 * stands is the figure's.
 */
export interface TooltipOptions {
  /** The tooltip element: `role="tooltip"`, with an id. */
  tip: HTMLElement;
  /** The element holding the marks. */
  host: Element;
  /** The mark an event's target is in, if any. */
  markOf: (target: Element) => Element | null;
  /** What the tooltip says for a mark; undefined: no tooltip for it. */
  content: (mark: Element) => Node[] | undefined;
  /** Places the open tooltip beside its mark. */
  place: (mark: Element, tip: HTMLElement) => void;
  /** While true (a drag on the chart), hovering opens nothing. */
  busy?: () => boolean;
}

export interface Tooltip {
  open(mark: Element): void;
  close(): void;
}

const LINGER = 300;

export function tooltip({ tip, host, markOf, content, place, busy = () => false }: TooltipOptions): Tooltip {
  let current: Element | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const close = () => {
    tip.hidden = true;
    current?.classList.remove('is-active');
    current?.removeAttribute('aria-describedby');
    current = undefined;
  };
  const open = (mark: Element) => {
    const nodes = content(mark);
    if (!nodes) return;
    clearTimeout(closeTimer);
    if (current && current !== mark) close();
    current = mark;
    tip.replaceChildren(...nodes);
    tip.hidden = false;
    mark.classList.add('is-active');
    mark.setAttribute('aria-describedby', tip.id);
    place(mark, tip);
  };
  const later = () => { closeTimer = setTimeout(close, LINGER); };
  const mark = (event: Event) => markOf(event.target as Element);

  host.addEventListener('pointerover', (e) => { const m = mark(e); if (m && !busy()) open(m); });
  host.addEventListener('pointerout', (e) => { if (mark(e)) later(); });
  host.addEventListener('focusin', (e) => { const m = mark(e); if (m) open(m); else close(); });
  host.addEventListener('focusout', () => close());
  tip.addEventListener('pointerenter', () => clearTimeout(closeTimer));
  tip.addEventListener('pointerleave', later);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !tip.hidden) close(); });
  return { open, close };
}
