/**
 * The "Cite this page" island: copy buttons, and today's date as the "retrieved on" date
 * (the HTML carries the build date, which is right only on the day of the build).
 */
import { withAccessed } from '../lib/citation/retrieved.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Enhances one "Cite this page" block. */
export function enhance(block: HTMLElement, today: Date = new Date()): void {
  const iso = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  const retrieved = block.querySelector<HTMLTimeElement>('time[data-retrieved]');
  if (retrieved) {
    retrieved.dateTime = iso;
    retrieved.textContent = today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  }
  const note = block.querySelector('[data-retrieved-note]');
  if (note) note.textContent = ' (today)';
  for (const span of block.querySelectorAll('[data-retrieved-iso]')) span.textContent = iso;
  const csl = block.querySelector('[data-format="csl-json"] code');
  if (csl?.textContent) csl.textContent = withAccessed(csl.textContent, today);

  const status = block.querySelector('[data-copy-status]');
  for (const target of block.querySelectorAll<HTMLElement>('[data-copy]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = `Copy ${target.dataset.copy}`;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(target.textContent ?? '');
        if (status) status.textContent = `${target.dataset.copy} citation copied.`;
      } catch {
        // Clipboard refused (permissions, insecure context): select the text for a manual copy.
        const range = document.createRange();
        range.selectNodeContents(target);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        if (status) status.textContent = 'Copying is not allowed here; the text is selected, press Ctrl+C or ⌘C.';
      }
    });
    target.after(button);
  }
}
