/**
 * Embeds: the timeline and the map as pages another site puts in an `<iframe>`
 * (`/embed/timeline/`, `/embed/map/`), the snippet the full pages offer for it, and the
 * height protocol between an embed and the page that holds it. Pure: the pages, the embed's
 * script, the host script and the tests share it; nothing here touches the DOM.
 *
 * The protocol (docs/embeds.md): an embed posts `{ type: EMBED_HEIGHT, height, src }` to its
 * parent on load and whenever its height changes, and answers `{ type: EMBED_ASK }` from its
 * parent with the same message. The target origin is `'*'`: a height is not a secret, and the
 * embed cannot know which sites hold it. The host checks `event.source`, never the data alone.
 */
import { esc } from '../figures/svg.ts';

/** The folder of the embed pages, below the site's base. */
export const EMBED_DIR = 'embed';

/** The charts that have an embed page. */
export const EMBED_CHARTS = ['timeline', 'map'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

/** Message type an embed posts with its height. Namespaced, so a host's other messages never match. */
export const EMBED_HEIGHT = 'explainer-embed:height';
/** Message type a host posts to an embed to have it post its height again (the host's script came late). */
export const EMBED_ASK = 'explainer-embed:ask';

/** The height an embed's snippet asks for before the embed says how tall it is, in CSS pixels. */
export const EMBED_HEIGHTS: Record<EmbedChart, number> = { timeline: 640, map: 720 };

/** Whether a URL path (base included) is an embed page, which no sitemap or search index lists. */
export function isEmbedPath(pathname: string, base = '/'): boolean {
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(`${b}${EMBED_DIR}/`);
}

/** What the height message holds. */
export interface HeightMessage {
  type: typeof EMBED_HEIGHT;
  /** The embed's content height, in whole CSS pixels. */
  height: number;
  /** The embed's own address, so a host that has several can tell them apart in its logs. */
  src: string;
}

/** The message an embed posts for a content height (rounded up: a frame a pixel short scrolls). */
export function heightMessage(height: number, src: string): HeightMessage {
  return { type: EMBED_HEIGHT, height: Math.ceil(Math.max(0, height)), src };
}

/** Whether posted data is a height message with a usable height. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return d.type === EMBED_HEIGHT && typeof d.height === 'number' && Number.isFinite(d.height) && d.height > 0;
}

export interface SnippetOptions {
  /** The embed's absolute address, selection included. */
  src: string;
  /** The frame's accessible name: the chart and the site. */
  title: string;
  /** Height before the embed reports its own, in CSS pixels. */
  height: number;
  /** The host script's absolute address; left out, the snippet is the frame alone. */
  script?: string;
}

/**
 * The HTML another site pastes: a lazily loaded frame as wide as its column, and the optional
 * script that makes it as tall as its content. Every value is escaped for an attribute.
 */
export function embedSnippet({ src, title, height, script }: SnippetOptions): string {
  const frame = `<iframe src="${esc(src)}" title="${esc(title)}" style="width: 100%; border: 0;" height="${Math.round(height)}" loading="lazy"></iframe>`;
  return script ? `${frame}\n<script src="${esc(script)}" async></script>` : frame;
}

/**
 * The embed's address for the selection in `search` (the query string of the full page,
 * which the embed reads with the same parser). Only the query is taken: `base` stays this
 * site's embed page whatever `search` holds.
 */
export function embedUrl(base: string, search: string): string {
  const url = new URL(base);
  url.search = search.startsWith('?') ? search.slice(1) : search;
  url.hash = '';
  return url.href;
}

/**
 * The host script served at `paths.embedScript()` (src/lib/render/urls.ts): no dependencies, a few hundred bytes. It finds
 * its own address, takes the embed folder beside it as this site's embeds, and resizes a frame
 * only when the message comes from that frame's window (`event.source`), from this site's
 * origin, with the protocol's type and a positive height. It asks every embed already loaded
 * for its height, in case they spoke before it ran (with `'*'`: the question holds nothing, and a
 * frame still blank has another origin).
 */
export function hostScript(): string {
  return `/* Resizes this site's embeds to their content: see docs/embeds.md of the site's generator. */
(function () {
  var me = document.currentScript, root = new URL('${EMBED_DIR}/', me && me.src || location.href), origin = root.origin;
  function frames() { return [].filter.call(document.getElementsByTagName('iframe'), function (f) { return f.src.indexOf(root.href) === 0; }); }
  addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || d.type !== '${EMBED_HEIGHT}' || !(d.height > 0)) return;
    frames().forEach(function (f) { if (f.contentWindow === e.source) f.style.height = Math.ceil(d.height) + 'px'; });
  });
  frames().forEach(function (f) { if (f.contentWindow) f.contentWindow.postMessage({ type: '${EMBED_ASK}' }, '*'); });
})();
`;
}
