/**
 * The timeline as an SVG string, built in Node at build time (and by the island in the
 * browser from the same code). Colours come from the page's CSS variables with fallbacks,
 * so the SVG follows dark mode and print, and still reads on its own in a feed reader.
 * Everything written from content is escaped.
 *
 * Right to left: the layout is computed once, left to right, and the renderer mirrors every
 * horizontal position (x → width − x), so in a right-to-left site time runs from right to
 * left like its text, lanes are named at the right and labels follow their marks leftwards.
 * Text is never mirrored: the SVG declares `direction: rtl`, so a label's `start` anchor is
 * its right end and the bidi algorithm orders mixed-script titles as the page does.
 */
import { esc } from '../svg.ts';
import { labelWidth } from './labels-fit.ts';
import { layoutTimeline, legendItemWidth, LEGEND_ROW, LINE, r1, type LaidBin, type LaidMark, type Layout } from './layout.ts';
import type { TimelineEvent, TimelineOptions } from './types.ts';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Mirrors horizontal positions for a right-to-left chart: `x(at)` for a point, `left(at, w)` for a box's left edge. */
interface Mirror { x: (at: number) => number; left: (at: number, w: number) => number; rtl: boolean }

function mirror(layout: Layout, options: TimelineOptions): Mirror {
  const rtl = options.direction === 'rtl';
  const w = layout.width;
  return rtl
    ? { rtl, x: (at) => w - at, left: (at, width) => w - at - width }
    : { rtl, x: (at) => at, left: (at) => at };
}

function style(p: string, rtl: boolean): string {
  // Letter-spacing breaks the joined letters of Arabic script; lane names keep it only left to right.
  const laneSpacing = rtl ? '' : ';letter-spacing:.06em;text-transform:uppercase';
  return `<style>
.tl-svg{font:12px/1 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.tl-grid{stroke:var(--rule,#d6d3cd);stroke-width:1}
.tl-tick{fill:var(--muted,#595959)}
.tl-lane-name{fill:var(--fg,#1b1b1b);font-size:11px;font-weight:700${laneSpacing}}
.tl-lane-rule{stroke:var(--rule,#d6d3cd)}
.tl-shape{fill:var(--accent,#9b1c1c);stroke:var(--accent,#9b1c1c);stroke-width:1.5}
.tl-bar .tl-shape{fill-opacity:.22}
.tl-fuzzy .tl-shape{fill:url(#${p}-hatch);fill-opacity:1;stroke-dasharray:3 2}
.tl-within .tl-shape{fill:none;stroke-width:2.5;stroke-dasharray:.5 4.5;stroke-linecap:round}
.tl-within .tl-shape.tl-ends{stroke-width:2;stroke-dasharray:none}
.tl-hit{fill:transparent}
.tl-label-bg{fill:var(--bg,#fdfcfa)}
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
.tl-bin:hover rect{fill-opacity:.8}
.tl-legend text{fill:var(--muted,#595959)}
</style>`;
}

/**
 * A "within" range: a dotted line between two end marks, with no fill, so it reads as "at
 * some time in here" and never as a bar that lasted; the accent colour at full strength
 * keeps its contrast with the page (WCAG 1.4.11) while the dots make it look faint.
 */
function withinShape(m: LaidMark, vertical: boolean, mx: Mirror): string {
  const [a, b, c] = [m.t0, m.t1, m.c];
  const cap = 6;
  const line = vertical
    ? `M${r1(mx.x(c))} ${r1(a)}V${r1(b)}`
    : `M${r1(mx.x(a))} ${r1(c)}H${r1(mx.x(b))}`;
  const ends = vertical
    ? `M${r1(mx.x(c - cap))} ${r1(a)}H${r1(mx.x(c + cap))}M${r1(mx.x(c - cap))} ${r1(b)}H${r1(mx.x(c + cap))}`
    : `M${r1(mx.x(a))} ${r1(c - cap)}V${r1(c + cap)}M${r1(mx.x(b))} ${r1(c - cap)}V${r1(c + cap)}`;
  return `<path class="tl-shape" d="${line}"/><path class="tl-shape tl-ends" d="${ends}"/>`;
}

function markSvg(m: LaidMark, layout: Layout, options: TimelineOptions, mx: Mirror): string {
  const e = m.event;
  const fuzzy = e.approximate || e.uncertain;
  const within = e.within === true && !m.point;
  const cls = ['tl-mark', m.point ? 'tl-point' : 'tl-bar', within ? 'tl-within' : '', fuzzy ? 'tl-fuzzy' : '', e.id === options.highlight ? 'tl-current' : ''].filter(Boolean).join(' ');
  const name = options.words.markName(e.title, e.words);
  const vertical = layout.orientation === 'vertical';
  let shape: string;
  if (within) {
    shape = withinShape(m, vertical, mx);
  } else if (m.point) {
    const [cx, cy] = vertical ? [m.c, m.t0] : [m.t0, m.c];
    shape = `<circle class="tl-shape" cx="${r1(mx.x(cx))}" cy="${r1(cy)}" r="5"/>`;
  } else if (vertical) {
    shape = `<rect class="tl-shape" x="${r1(mx.left(m.c - 4, 8))}" y="${r1(m.t0)}" width="8" height="${r1(m.t1 - m.t0)}" rx="2"/>`;
  } else {
    shape = `<rect class="tl-shape" x="${r1(mx.left(m.t0, m.t1 - m.t0))}" y="${r1(m.c - 8)}" width="${r1(m.t1 - m.t0)}" height="16" rx="2"/>`;
  }
  // Transparent boxes under the shape: the link's own tap target, at least 24 px square.
  const hits = m.hits.map((h) => `<rect class="tl-hit" x="${r1(mx.left(h.x, h.w))}" y="${r1(h.y)}" width="${r1(h.w)}" height="${r1(h.h)}"/>`).join('');
  const leader = m.leader ? `<path class="tl-leader" d="M${r1(mx.x(m.leader.x1))} ${r1(m.leader.y1)}L${r1(mx.x(m.leader.x2))} ${r1(m.leader.y2)}"/>` : '';
  const inside = m.label?.inside && !within ? ' tl-in' : '';
  const lx = m.label ? r1(mx.x(m.label.x)) : 0;
  const text = m.label?.lines && m.label.lines.length > 1
    ? m.label.lines.map((line, i) => `<tspan x="${lx}"${i > 0 ? ` dy="${LINE}"` : ''}>${esc(line)}</tspan>`).join('')
    : esc(m.label?.text ?? '');
  // A label on a range keeps its halo and a backing of the page's colour: the range's dots
  // must not run through its words.
  // (Narrower than the layout's generous estimate, so it does not hide the range beyond the words.)
  const backed = m.label ? labelWidth(m.label.text) * 0.85 + 4 : 0;
  const backing = m.label && m.label.inside && within
    ? `<rect class="tl-label-bg" x="${r1(mx.left(m.label.x - 2, backed))}" y="${r1(m.label.y - 12)}" width="${r1(backed)}" height="16"/>`
    : '';
  const label = m.label ? `${backing}<text class="tl-label${inside}" x="${lx}" y="${r1(m.label.y)}">${text}</text>` : '';
  const title = options.nativeTooltips === false ? '' : `<title>${esc(options.words.markTitle(e.title, e.words))}</title>`;
  return `<a class="${cls}" href="${esc(e.href)}" aria-label="${esc(name)}" data-id="${esc(e.id)}">${title}${hits}${shape}${leader}${label}</a>`;
}

function binSvg(b: LaidBin, interactive: boolean, options: TimelineOptions, mx: Mirror): string {
  const what = options.words.bin(b.count, b.name);
  const rect = `<rect x="${r1(mx.left(b.x, b.w))}" y="${r1(b.y)}" width="${r1(b.w)}" height="${r1(b.h)}"/>`;
  // The island's bins are buttons that zoom; the page's own link to the events of their period.
  if (interactive) return `<g class="tl-bin" data-from="${b.from}" data-to="${b.to}" tabindex="0" role="button" aria-label="${esc(options.words.binZoom(what))}"><title>${esc(what)}</title>${rect}</g>`;
  if (options.binHref) return `<a class="tl-bin" href="${esc(options.binHref(b.from))}" aria-label="${esc(what)}" data-from="${b.from}" data-to="${b.to}"><title>${esc(what)}</title>${rect}</a>`;
  return `<g class="tl-bin" data-from="${b.from}" data-to="${b.to}"><title>${esc(what)}</title>${rect}</g>`;
}

function axisSvg(layout: Layout, mx: Mirror): string {
  const { plot } = layout;
  if (layout.orientation === 'vertical') {
    return layout.ticks.map((t) => `<line class="tl-grid" x1="${r1(mx.x(plot.x0))}" x2="${r1(mx.x(plot.x1))}" y1="${r1(t.pos)}" y2="${r1(t.pos)}"/><text class="tl-tick" x="${r1(mx.x(plot.x0 - 6))}" y="${r1(t.pos + 4)}" text-anchor="end">${esc(t.label)}</text>`).join('');
  }
  // Labels run longer in some languages (Persian has no short month names): a label that
  // would touch the one before it is left out, its grid line kept.
  let lastEnd = -Infinity;
  return layout.ticks.map((t) => {
    const w = t.label.length * 6.6;
    const half = w / 2;
    // `start` and `end` follow the text's direction, so the edge rule holds mirrored too.
    const side = t.pos - half < 0 ? 'start' : t.pos + half > layout.width ? 'end' : 'middle';
    const from = side === 'start' ? t.pos : side === 'end' ? t.pos - w : t.pos - half;
    const fits = from >= lastEnd + 6;
    if (fits) lastEnd = from + w;
    const at = r1(mx.x(t.pos));
    const label = fits ? `<text class="tl-tick" x="${at}" y="18" text-anchor="${side}">${esc(t.label)}</text>` : '';
    return `<line class="tl-grid" x1="${at}" x2="${at}" y1="${plot.y0 - 6}" y2="${r1(plot.y1)}"/>${label}`;
  }).join('');
}

function lanesSvg(layout: Layout, mx: Mirror): string {
  if (layout.orientation === 'vertical') return '';
  const named = layout.lanes.length > 1 || (layout.lanes[0]?.label ?? '') !== '';
  if (!named) return '';
  const [a, b] = [r1(mx.x(layout.plot.x0)), r1(mx.x(layout.plot.x1))];
  return layout.lanes.map((l) => `<line class="tl-lane-rule" x1="${a}" x2="${b}" y1="${r1(l.y)}" y2="${r1(l.y)}"/><text class="tl-lane-name" x="${a}" y="${r1(l.y + 14)}">${esc(l.label)}</text>`).join('');
}

/** The key: a point is a day, a bar a span or what lasted, a dotted range "at some time within", hatched and dashed is approximate or uncertain. */
function legendSvg(layout: Layout, options: TimelineOptions, mx: Mirror): string {
  const { words } = options;
  // Only the marks this chart uses (all when it is empty), so the key never explains absent marks.
  const used = (test: (m: LaidMark) => boolean) => layout.marks.length === 0 || layout.marks.some(test);
  // [shape, its width, text, class]; shapes are drawn from 0 to their width, mirrored as a whole.
  const items: [(x: number) => string, number, string, string][] = layout.density
    ? [[(x) => `<rect x="${x}" y="-9" width="10" height="10" fill="var(--accent,#9b1c1c)" fill-opacity=".55"/>`, 10, words.legendDensity, '']]
    : ([
        [(x: number) => `<circle class="tl-shape" cx="${x + 5}" cy="-4" r="5"/>`, 10, words.legendDay, 'tl-point', used((m) => m.point)],
        [(x: number) => `<rect class="tl-shape" x="${x}" y="-10" width="26" height="12" rx="2"/>`, 26, words.legendSpan, 'tl-bar', used((m) => !m.point && !m.event.within)],
        [(x: number) => `<path class="tl-shape" d="M${x} -4H${x + 26}"/><path class="tl-shape tl-ends" d="M${x} -10V2M${x + 26} -10V2"/>`, 26, words.legendWithin, 'tl-bar tl-within', used((m) => !m.point && m.event.within === true)],
        [(x: number) => `<rect class="tl-shape" x="${x}" y="-10" width="26" height="12" rx="2"/>`, 26, words.legendFuzzy, 'tl-bar tl-fuzzy', used((m) => m.event.approximate || m.event.uncertain)],
      ] as [(x: number) => string, number, string, string, boolean][]).filter((i) => i[4]).map(([a, b, c, d]) => [a, b, c, d]);
  const vertical = layout.orientation === 'vertical';
  let x = 0;
  let y = 0;
  const parts = items.map(([shape, size, text, cls], i) => {
    const gap = size === 26 ? 32 : 16;
    const w = legendItemWidth(text, size);
    if (i > 0 && x + w > layout.width - 16 - (vertical ? 0 : layout.plot.x0)) { x = 0; y += LEGEND_ROW; }
    // Left to right the group moves along; right to left it stays put and its parts are mirrored about 0.
    const [shapeAt, textAt] = mx.rtl ? [-x - size, -x - gap] : [0, gap];
    const g = `<g class="${cls}" transform="translate(${mx.rtl ? 0 : r1(x)} ${y})">${shape(r1(shapeAt))}<text x="${r1(textAt)}" y="0">${esc(text)}</text></g>`;
    x += w;
    return g;
  });
  const top = layout.plot.y1 + (vertical ? 28 : 24);
  const origin = mx.x(vertical ? 8 : layout.plot.x0);
  return `<g class="tl-legend" aria-hidden="true" transform="translate(${r1(origin)} ${r1(top)})">${parts.join('')}</g>`;
}

/** Renders the events as an SVG document fragment (a string). See `TimelineOptions`. */
export function renderTimelineSvg(events: TimelineEvent[], options: TimelineOptions): string {
  return renderLayout(layoutTimeline(events, options), options);
}

/** Renders a layout already computed (the island lays out once and reads the figures). */
export function renderLayout(layout: Layout, options: TimelineOptions): string {
  const p = options.idPrefix ?? 'tl';
  const { plot, width, height } = layout;
  const mx = mirror(layout, options);
  const clip = layout.orientation === 'vertical'
    ? `<rect x="0" y="${plot.y0 - 8}" width="${width}" height="${r1(plot.y1 - plot.y0 + 16)}"/>`
    : `<rect x="${r1(mx.left(plot.x0 - 8, plot.x1 - plot.x0 + 16))}" y="0" width="${r1(plot.x1 - plot.x0 + 16)}" height="${r1(height)}"/>`;
  const interactive = options.interactiveBins === true;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="tl-svg tl-${layout.orientation}" viewBox="0 0 ${width} ${r1(height)}" width="${width}" height="${r1(height)}"`,
    ` role="group" aria-labelledby="${p}-title" aria-describedby="${p}-desc" data-pagefind-ignore="" data-from="${iso(layout.domain[0])}" data-to="${iso(layout.domain[1])}" data-in-view="${layout.inView}" data-density="${layout.density}"${mx.rtl ? ' direction="rtl"' : ''}>`,
    `<title id="${p}-title">${esc(options.title)}</title><desc id="${p}-desc">${esc(options.description)}</desc>`,
    style(p, mx.rtl),
    `<defs><pattern id="${p}-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="tl-hatch-line" x1="0" y1="0" x2="0" y2="5"/></pattern><clipPath id="${p}-clip">${clip}</clipPath></defs>`,
    `<g class="tl-axis" aria-hidden="true">${axisSvg(layout, mx)}</g>`,
    `<g class="tl-lanes" aria-hidden="true">${lanesSvg(layout, mx)}</g>`,
    `<g class="tl-marks" clip-path="url(#${p}-clip)">`,
    layout.bins.map((b) => binSvg(b, interactive, options, mx)).join(''),
    layout.marks.map((m) => markSvg(m, layout, options, mx)).join(''),
    `</g>`,
    legendSvg(layout, options, mx),
    `</svg>`,
  ].join('');
}
