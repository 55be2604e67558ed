/**
 * The script of an embed page: it tells the page that holds it how tall its content is, on
 * load and whenever that changes (a selection, a narrower frame that turns the timeline
 * vertical, a zoom), so the host can size the frame and never show a second scroll bar; and it
 * points the attribution link at the full page with the selection the embed shows.
 */
import { EMBED_ASK, heightMessage } from '../lib/render/embed.ts';
import { SELECTION_EVENT } from './selection-event.ts';

const content = document.querySelector<HTMLElement>('[data-embed]');

// The full page reads the same parameters: the link opens it on what the embed shows, zoom included.
const carry = () => {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-embed-full]')) link.search = location.search;
};
carry();
addEventListener(SELECTION_EVENT, carry);

if (content && parent !== window) {
  let last = -1;
  const post = (always = false) => {
    const message = heightMessage(content.getBoundingClientRect().height, location.href);
    if (!always && message.height === last) return;
    last = message.height;
    // '*': the embed cannot know which site frames it, and its height is no secret.
    parent.postMessage(message, '*');
  };
  new ResizeObserver(() => post()).observe(content);
  addEventListener('load', () => post(true));
  // A host script that ran after the first message asks again.
  addEventListener('message', (event) => {
    if (event.source === parent && (event.data as { type?: unknown } | null)?.type === EMBED_ASK) post(true);
  });
  post();
}
