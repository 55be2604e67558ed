/**
 * The "Cite this page" island: copy buttons, and today's date as the "retrieved on" date
 * (the HTML carries the build date, which is right only on the day of the build). Its words
 * come from the page (a JSON script the block renders from the catalogue), and the date is
 * formatted by the browser in the page's language: the bundle holds no interface text.
 */
import { withAccessed } from '../lib/render/citation/retrieved.ts';
import { formatMessage } from '../lib/i18n/client-messages.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The island's messages, as the block renders them. */
export interface CiteMessages {
  today: string;
  copy: string;
  copied: string;
  refused: string;
}

function messagesOf(block: HTMLElement): CiteMessages {
  const script = block.querySelector('script[data-cite-messages]');
  return JSON.parse(script?.textContent ?? '{}') as CiteMessages;
}

/** Enhances one "Cite this page" block. */
export function enhance(block: HTMLElement, today: Date = new Date()): void {
  const language = document.documentElement.lang || 'en';
  const messages = messagesOf(block);
  const say = (message: string, values: Record<string, string> = {}) => formatMessage(message, values, language);
  const iso = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  const retrieved = block.querySelector<HTMLTimeElement>('time[data-retrieved]');
  if (retrieved) {
    retrieved.dateTime = iso;
    // The reader's local day, as the build writes days: Gregorian, day month year in words.
    retrieved.textContent = today.toLocaleDateString(language, { day: 'numeric', month: 'long', year: 'numeric', calendar: 'gregory' });
  }
  const note = block.querySelector('[data-retrieved-note]');
  if (note) note.textContent = ` ${say(messages.today)}`;
  for (const span of block.querySelectorAll('[data-retrieved-iso]')) span.textContent = iso;
  const csl = block.querySelector('[data-format="csl-json"] code');
  if (csl?.textContent) csl.textContent = withAccessed(csl.textContent, today);

  const status = block.querySelector('[data-copy-status]');
  for (const target of block.querySelectorAll<HTMLElement>('[data-copy]')) {
    const format = target.dataset.copy ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = say(messages.copy, { format });
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(target.textContent ?? '');
        if (status) status.textContent = say(messages.copied, { format });
      } catch {
        // Clipboard refused (permissions, insecure context): select the text for a manual copy.
        const range = document.createRange();
        range.selectNodeContents(target);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        if (status) status.textContent = say(messages.refused);
      }
    });
    target.after(button);
  }
}
