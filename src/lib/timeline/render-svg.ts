/**
 * The timeline as an SVG string, built in Node at build time (and by the island in the
 * browser from the same code). Colours come from the page's CSS variables with fallbacks,
 * so the SVG follows dark mode and print, and still reads on its own in a feed reader.
 * Everything written from content is escaped.
 */
import { esc } from './escape.ts';
import { layoutTimeline, r1, type LaidBin, type LaidMark, type Layout } from './layout.ts';
import type { TimelineEvent, TimelineOptions } from './types.ts';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function style(p: string): string {
  return `<style>
.tl-svg{font:12px/1 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.tl-grid{stroke:var(--rule,#d6d3cd);stroke-width:1}
.tl-tick{fill:var(--muted,#595959)}
.tl-lane-name{fill:var(--fg,#1b1b1b);font-size:11px;font-weight:700;letter-spacing:.06em;text-transform:uppercase}
.tl-lane-rule{stroke:var(--rule,#d6d3cd)}
.tl-shape{fill:var(--accent,#9b1c1c);stroke:var(--accent,#9b1c1c);stroke-width:1.5}
.tl-bar .tl-shape{fill-opacity:.22}
.tl-fuzzy .tl-shape{fill:url(#${p}-hatch);fill-opacity:1;stroke-dasharray:3 2}
.tl-hatch-line{stroke:var(--accent,#9b1c1c);stroke-width:1.5}
.tl-current .tl-shape{stroke:var(--fg,#1b1b1b);stroke-width:3}
.tl-label{fill:var(--fg,#1b1b1b);paint-order:stroke;stroke:var(--bg,#fdfcfa);stroke-width:3px;stroke-linejoin:round}
.tl-in{stroke:none}
.tl-current .tl-label{font-weight:700}
.tl-leader{stroke:var(--muted,#595959);stroke-width:.75}
.tl-mark:hover .tl-label{text-decoration:underline}
.tl-mark:focus-visible{outline:3px solid var(--focus,#1a5fb4);outline-offset:2px}
.tl-mark:focus-visible .tl-shape{stroke:var(--focus,#1a5fb4);stroke-width:3.5}
.tl-mark:focus-visible .tl-label{fill:var(--focus,#1a5fb4);text-decoration:underline}
.tl-bin rect{fill:var(--accent,#9b1c1c);fill-opacity:.55}
.tl-bin:focus-visible rect{stroke:var(--focus,#1a5fb4);stroke-width:3;outline:none}
.tl-legend text{fill:var(--muted,#595959)}
</style>`;
}

function markSvg(m: LaidMark, layout: Layout, options: TimelineOptions): string {
  const e = m.event;
  const fuzzy = e.approximate || e.uncertain;
  const cls = ['tl-mark', m.point ? 'tl-point' : 'tl-bar', fuzzy ? 'tl-fuzzy' : '', e.id === options.highlight ? 'tl-current' : ''].filter(Boolean).join(' ');
  const name = `${e.title}, ${e.words}`;
  const vertical = layout.orientation === 'vertical';
  let shape: string;
  if (m.point) {
    const [cx, cy] = vertical ? [m.c, m.t0] : [m.t0, m.c];
    shape = `<circle class="tl-shape" cx="${r1(cx)}" cy="${r1(cy)}" r="5"/>`;
  } else if (vertical) {
    shape = `<rect class="tl-shape" x="${r1(m.c - 4)}" y="${r1(m.t0)}" width="8" height="${r1(m.t1 - m.t0)}" rx="2"/>`;
  } else {
    shape = `<rect class="tl-shape" x="${r1(m.t0)}" y="${r1(m.c - 8)}" width="${r1(m.t1 - m.t0)}" height="16" rx="2"/>`;
  }
  const leader = m.leader ? `<path class="tl-leader" d="M${r1(m.leader.x1)} ${r1(m.leader.y1)}L${r1(m.leader.x2)} ${r1(m.leader.y2)}"/>` : '';
  const label = m.label ? `<text class="tl-label${m.label.inside ? ' tl-in' : ''}" x="${r1(m.label.x)}" y="${r1(m.label.y)}">${esc(m.label.text)}</text>` : '';
  const title = options.nativeTooltips === false ? '' : `<title>${esc(`${e.title} (${e.words})`)}</title>`;
  return `<a class="${cls}" href="${esc(e.href)}" aria-label="${esc(name)}" data-id="${esc(e.id)}">${title}${shape}${leader}${label}</a>`;
}

function binSvg(b: LaidBin, interactive: boolean): string {
  const what = `${b.count} ${b.count === 1 ? 'event' : 'events'}, ${b.name}`;
  const attrs = interactive ? ` tabindex="0" role="button" aria-label="${esc(`${what}: zoom in`)}"` : '';
  return `<g class="tl-bin" data-from="${b.from}" data-to="${b.to}"${attrs}><title>${esc(what)}</title><rect x="${r1(b.x)}" y="${r1(b.y)}" width="${r1(b.w)}" height="${r1(b.h)}"/></g>`;
}

function axisSvg(layout: Layout): string {
  const { plot } = layout;
  if (layout.orientation === 'vertical') {
    return layout.ticks.map((t) => `<line class="tl-grid" x1="${plot.x0}" x2="${plot.x1}" y1="${r1(t.pos)}" y2="${r1(t.pos)}"/><text class="tl-tick" x="${plot.x0 - 6}" y="${r1(t.pos + 4)}" text-anchor="end">${esc(t.label)}</text>`).join('');
  }
  return layout.ticks.map((t) => {
    const half = (t.label.length * 6.6) / 2;
    const anchor = t.pos - half < 0 ? ' text-anchor="start"' : t.pos + half > layout.width ? ' text-anchor="end"' : ' text-anchor="middle"';
    return `<line class="tl-grid" x1="${r1(t.pos)}" x2="${r1(t.pos)}" y1="${plot.y0 - 6}" y2="${r1(plot.y1)}"/><text class="tl-tick" x="${r1(t.pos)}" y="18"${anchor}>${esc(t.label)}</text>`;
  }).join('');
}

function lanesSvg(layout: Layout): string {
  if (layout.orientation === 'vertical') return '';
  const named = layout.lanes.length > 1 || (layout.lanes[0]?.label ?? '') !== '';
  if (!named) return '';
  return layout.lanes.map((l) => `<line class="tl-lane-rule" x1="${layout.plot.x0}" x2="${layout.plot.x1}" y1="${r1(l.y)}" y2="${r1(l.y)}"/><text class="tl-lane-name" x="${layout.plot.x0}" y="${r1(l.y + 14)}">${esc(l.label)}</text>`).join('');
}

/** The key: a point is a day, a bar a span, hatched and dashed is approximate or uncertain. */
function legendSvg(layout: Layout): string {
  // Only the marks this chart uses (all three when it is empty), so the key never explains absent marks.
  const used = (test: (m: LaidMark) => boolean) => layout.marks.length === 0 || layout.marks.some(test);
  const items: [string, string, string][] = layout.density
    ? [['<rect x="0" y="-9" width="10" height="10" fill="var(--accent,#9b1c1c)" fill-opacity=".55"/>', 'Bars: number of events starting in each period', '']]
    : ([
        ['<circle class="tl-shape" cx="5" cy="-4" r="5"/>', 'Known day', 'tl-point', used((m) => m.point)],
        ['<rect class="tl-shape" x="0" y="-10" width="26" height="12" rx="2"/>', 'Month, season, year or interval', 'tl-bar', used((m) => !m.point)],
        ['<rect class="tl-shape" x="0" y="-10" width="26" height="12" rx="2"/>', 'Approximate or uncertain', 'tl-bar tl-fuzzy', used((m) => m.event.approximate || m.event.uncertain)],
      ] as [string, string, string, boolean][]).filter((i) => i[3]).map(([a, b, c]) => [a, b, c]);
  const vertical = layout.orientation === 'vertical';
  let x = 0;
  let y = 0;
  const parts = items.map(([shape, text, cls], i) => {
    const w = (shape.includes('width="26"') ? 32 : 16) + text.length * 6.6 + 18;
    if (vertical && i > 0 && x + w > layout.width - 16) { x = 0; y += 20; }
    const g = `<g class="${cls}" transform="translate(${r1(x)} ${y})">${shape}<text x="${shape.includes('width="26"') ? 32 : 16}" y="0">${esc(text)}</text></g>`;
    x += w;
    return g;
  });
  const top = layout.plot.y1 + (vertical ? 28 : 24);
  return `<g class="tl-legend" aria-hidden="true" transform="translate(${vertical ? 8 : layout.plot.x0} ${r1(top)})">${parts.join('')}</g>`;
}

/** Renders the events as an SVG document fragment (a string). See `TimelineOptions`. */
export function renderTimelineSvg(events: TimelineEvent[], options: TimelineOptions): string {
  return renderLayout(layoutTimeline(events, options), options);
}

/** Renders a layout already computed (the island lays out once and reads the figures). */
export function renderLayout(layout: Layout, options: TimelineOptions): string {
  const p = options.idPrefix ?? 'tl';
  const { plot, width, height } = layout;
  const clip = layout.orientation === 'vertical'
    ? `<rect x="0" y="${plot.y0 - 8}" width="${width}" height="${r1(plot.y1 - plot.y0 + 16)}"/>`
    : `<rect x="${plot.x0 - 8}" y="0" width="${r1(plot.x1 - plot.x0 + 16)}" height="${r1(height)}"/>`;
  const interactive = options.interactiveBins === true;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="tl-svg tl-${layout.orientation}" viewBox="0 0 ${width} ${r1(height)}" width="${width}" height="${r1(height)}"`,
    ` role="group" aria-labelledby="${p}-title" aria-describedby="${p}-desc" data-pagefind-ignore data-from="${iso(layout.domain[0])}" data-to="${iso(layout.domain[1])}" data-in-view="${layout.inView}" data-density="${layout.density}">`,
    `<title id="${p}-title">${esc(options.title)}</title><desc id="${p}-desc">${esc(options.description)}</desc>`,
    style(p),
    `<defs><pattern id="${p}-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="tl-hatch-line" x1="0" y1="0" x2="0" y2="5"/></pattern><clipPath id="${p}-clip">${clip}</clipPath></defs>`,
    `<g class="tl-axis" aria-hidden="true">${axisSvg(layout)}</g>`,
    `<g class="tl-lanes" aria-hidden="true">${lanesSvg(layout)}</g>`,
    `<g class="tl-marks" clip-path="url(#${p}-clip)">`,
    layout.bins.map((b) => binSvg(b, interactive)).join(''),
    layout.marks.map((m) => markSvg(m, layout, options)).join(''),
    `</g>`,
    legendSvg(layout),
    `</svg>`,
  ].join('');
}
