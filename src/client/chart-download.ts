/**
 * A chart as a file, as the reader sees it now (selection, zoom, colour scheme): the SVG on the
 * page, copied with its styles written onto each element (the page's stylesheets do not travel
 * with the file), what the selection hides left out, links made absolute, on the page's
 * background; or that drawing as a PNG at twice its size on screen. Loaded only when a reader
 * asks for a download.
 */

/** The properties that decide how SVG is painted; the rest keep their initial values in a file. */
const PAINT = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity',
  'opacity', 'paint-order', 'font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'text-transform',
  'text-anchor', 'text-decoration', 'visibility',
];

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The chart as a standalone SVG document. */
export function chartSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const drop: Element[] = [];
  originals.forEach((el, i) => {
    const out = copies[i]!;
    const computed = getComputedStyle(el);
    // Title, description and definitions are never displayed, yet belong in the file.
    const unpainted = el.closest('title, desc, defs') !== null;
    if (el.hasAttribute('hidden') || (computed.display === 'none' && !unpainted) || el.localName === 'style') {
      drop.push(out);
      return;
    }
    out.setAttribute('style', PAINT.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';'));
    for (const name of out.getAttributeNames()) {
      if (name.startsWith('data-') || name === 'tabindex') out.removeAttribute(name);
    }
    const href = out.getAttribute('href');
    if (href !== null) out.setAttribute('href', new URL(href, location.href).href);
  });
  for (const el of drop) el.remove();
  // A tooltip the page showed for a focused mark is not part of the drawing.
  for (const el of copy.querySelectorAll('[aria-describedby]')) {
    if (!el.getAttribute('aria-describedby')!.split(/\s+/).every((id) => copy.querySelector(`#${CSS.escape(id)}`))) el.removeAttribute('aria-describedby');
  }

  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || svg.viewBox.baseVal.width;
  const height = Math.round(box.height) || svg.viewBox.baseVal.height;
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // The page's background, so text drawn for a dark page stays legible in any viewer.
  const view = svg.viewBox.baseVal;
  const ground = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x: view.x, y: view.y, width: view.width || width, height: view.height || height })) ground.setAttribute(k, String(v));
  ground.setAttribute('fill', getComputedStyle(document.body).backgroundColor);
  const after = copy.querySelector(':scope > desc') ?? copy.querySelector(':scope > title');
  copy.insertBefore(ground, after ? after.nextSibling : copy.firstChild);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`, width, height };
}

/** The drawing rasterised at `scale` times its size on screen. */
async function png(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const source = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = source;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * scale;
    canvas.height = svg.height * scale;
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((done, fail) => canvas.toBlob((b) => (b ? done(b) : fail(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(source);
  }
}

/** Saves the chart as `<name>.svg` or `<name>.png`. */
export async function downloadChart(svg: SVGSVGElement, format: 'svg' | 'png', name: string): Promise<void> {
  const drawing = chartSvg(svg);
  const blob = format === 'svg' ? new Blob([drawing.text], { type: 'image/svg+xml' }) : await png(drawing);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${name}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
