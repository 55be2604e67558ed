/**
 * "Embed this" and the download buttons under a chart (components/ChartShare.astro): the
 * snippet follows the selection the page keeps in its address (the embed reads the same
 * parameters), the copy button puts it on the clipboard, and the downloads load their code
 * only when a reader asks for one.
 */
import { embedSnippet, embedUrl } from '../lib/render/embed.ts';
import { SELECTION_EVENT } from './selection-event.ts';

interface Share {
  svg: string;
  file: string;
  src: string;
  script: string;
  title: string;
  height: number;
  copied: string;
  copyFailed: string;
  failed: string;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-chart-share]')) {
  const share = JSON.parse(root.dataset.chartShare!) as Share;
  // A site built without its address gives paths: the address this page was opened at fills them.
  share.src = new URL(share.src, location.href).href;
  share.script = new URL(share.script, location.href).href;
  const code = root.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
  const status = root.querySelector<HTMLElement>('[data-share-status]')!;
  const update = () => {
    code.value = embedSnippet({ ...share, src: embedUrl(share.src, location.search) });
  };
  addEventListener(SELECTION_EVENT, update);
  root.querySelector('details')?.addEventListener('toggle', update);
  update();
  code.addEventListener('focus', () => code.select());

  const copy = root.querySelector<HTMLButtonElement>('[data-copy]')!;
  copy.hidden = false;
  copy.addEventListener('click', async () => {
    update();
    let done = false;
    try {
      await navigator.clipboard.writeText(code.value);
      done = true;
    } catch {
      // No clipboard permission (an insecure origin, a frame): the selection still copies.
      code.focus();
      code.select();
      done = document.execCommand('copy');
    }
    status.textContent = done ? share.copied : share.copyFailed;
  });

  const downloads = root.querySelector<HTMLElement>('[data-downloads]')!;
  downloads.hidden = false;
  downloads.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-download]');
    const svg = document.querySelector<SVGSVGElement>(share.svg);
    if (!button || !svg) return;
    status.textContent = '';
    try {
      const { downloadChart } = await import('./chart-download.ts');
      await downloadChart(svg, button.dataset.download === 'png' ? 'png' : 'svg', share.file);
    } catch {
      status.textContent = share.failed;
    }
  });
}
