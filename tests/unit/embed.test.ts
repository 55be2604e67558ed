/*
 * Embeds in Node: the snippet another site pastes (escaped, lazily loaded, as wide as its
 * column), the embed address that takes only the selection from the page, the paths no
 * sitemap or index lists, the height message, and the host script run against a fake page:
 * it resizes only this site's frame that sent the message, and asks the frames for their height.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EMBED_ASK, EMBED_HEIGHT, embedSnippet, embedUrl, heightMessage, hostScript, isEmbedPath, isHeightMessage } from '../../src/lib/render/embed.ts';
import { RESERVED_PAGE_IDS } from '../../src/lib/content/reserved-paths.ts';
import { paths } from '../../src/lib/render/urls.ts';

describe('the embed snippet', () => {
  it('is a lazily loaded frame as wide as its column, with the given height and name, and the optional script', () => {
    const html = embedSnippet({ src: 'https://example.org/embed/timeline/?actor=a-group', title: 'Timeline · A site', height: 640, script: 'https://example.org/embed.js' });
    expect(html).toBe('<iframe src="https://example.org/embed/timeline/?actor=a-group" title="Timeline · A site" style="width: 100%; border: 0;" height="640" loading="lazy"></iframe>\n<script src="https://example.org/embed.js" async></script>');
    expect(embedSnippet({ src: 'https://example.org/embed/map/', title: 'Map', height: 720.4 })).not.toContain('<script');
  });

  it('escapes a site title and an address for the attribute they land in', () => {
    const html = embedSnippet({ src: 'https://example.org/embed/map/?actor=a"><script>', title: 'Tom & "Jerry" <b>', height: 10 });
    expect(html).toContain('title="Tom &amp; &quot;Jerry&quot; &lt;b&gt;"');
    expect(html).toContain('src="https://example.org/embed/map/?actor=a&quot;&gt;&lt;script&gt;"');
    expect(html.match(/<[a-z]/g)).toEqual(['<i']);
  });

  it('takes only the query of the page: the address stays this site\'s embed', () => {
    const base = 'https://example.org/sub/embed/timeline/';
    expect(embedUrl(base, '?actor=a-group&from=2020-05&to=2020-07&lanes=actor')).toBe(`${base}?actor=a-group&from=2020-05&to=2020-07&lanes=actor`);
    expect(embedUrl(base, '')).toBe(base);
    expect(new URL(embedUrl(base, '?x=//evil.example/#frag')).origin).toBe('https://example.org');
    expect(new URL(embedUrl(base, '?x=//evil.example/#frag')).pathname).toBe('/sub/embed/timeline/');
  });
});

describe('embed addresses', () => {
  it('lives under /embed/, a name no content page may take', () => {
    expect(paths.embed('timeline')).toBe('/embed/timeline/');
    expect(paths.embed('map')).toBe('/embed/map/');
    expect(paths.embedScript()).toBe('/embed.js');
    expect(RESERVED_PAGE_IDS).toContain('embed');
  });

  it('tells an embed page from the others, under any base', () => {
    expect(isEmbedPath('/embed/timeline/')).toBe(true);
    expect(isEmbedPath('/sub/embed/map/', '/sub/')).toBe(true);
    expect(isEmbedPath('/sub/embed/map/', '/sub')).toBe(true);
    expect(isEmbedPath('/embed/map/', '/sub/')).toBe(false);
    expect(isEmbedPath('/timeline/')).toBe(false);
    expect(isEmbedPath('/embedded/')).toBe(false);
    expect(isEmbedPath('/events/embed/')).toBe(false);
  });
});

describe('the height message', () => {
  it('rounds the height up, so the frame is never a pixel short', () => {
    expect(heightMessage(412.2, 'https://example.org/embed/map/')).toEqual({ type: EMBED_HEIGHT, height: 413, src: 'https://example.org/embed/map/' });
    expect(isHeightMessage(heightMessage(412.2, 'x'))).toBe(true);
  });

  it('is told from other messages a page may receive', () => {
    for (const data of [null, 'explainer-embed:height', { type: EMBED_HEIGHT }, { type: EMBED_HEIGHT, height: '400' }, { type: EMBED_HEIGHT, height: 0 }, { type: EMBED_HEIGHT, height: Number.NaN }, { type: 'other', height: 400 }]) {
      expect(isHeightMessage(data), JSON.stringify(data)).toBe(false);
    }
  });
});

/** Runs the host script on a page holding `frames`, the script served from `scriptSrc`. */
function host(scriptSrc: string, frames: { src: string }[]) {
  let listener: ((event: { origin: string; source: unknown; data: unknown }) => void) | undefined;
  const asked: { frame: number; data: unknown }[] = [];
  const iframes = frames.map((f, i) => ({
    src: f.src,
    style: { height: '' },
    contentWindow: { postMessage: (data: unknown) => asked.push({ frame: i, data }) },
  }));
  runInNewContext(hostScript(), {
    URL,
    location: { href: 'https://host.example/article/' },
    document: { currentScript: { src: scriptSrc }, getElementsByTagName: (name: string) => (name === 'iframe' ? iframes : []) },
    addEventListener: (type: string, fn: typeof listener) => { if (type === 'message') listener = fn; },
  });
  const send = (frame: number | 'host', data: unknown, origin = 'https://example.org') => listener!({ origin, source: frame === 'host' ? {} : iframes[frame]!.contentWindow, data });
  return { iframes, asked, send };
}

describe('the host script', () => {
  it('is a few hundred bytes with no dependencies', () => {
    expect(Buffer.byteLength(hostScript())).toBeLessThan(1000);
    expect(hostScript()).not.toMatch(/\bimport\b|\brequire\(/);
  });

  it('resizes the frame that sent the message, and no other', () => {
    const page = host('https://example.org/sub/embed.js', [{ src: 'https://example.org/sub/embed/timeline/?actor=a' }, { src: 'https://example.org/sub/embed/map/' }]);
    page.send(0, heightMessage(500.5, 'x'));
    expect(page.iframes.map((f) => f.style.height)).toEqual(['501px', '']);
    page.send(1, heightMessage(720, 'x'));
    expect(page.iframes.map((f) => f.style.height)).toEqual(['501px', '720px']);
  });

  it('ignores messages from another origin, from a window that is not one of its frames, and of another shape', () => {
    const page = host('https://example.org/embed.js', [{ src: 'https://example.org/embed/timeline/' }]);
    page.send(0, heightMessage(500, 'x'), 'https://evil.example');
    page.send('host', heightMessage(500, 'x'));
    page.send(0, { type: EMBED_HEIGHT, height: -3 });
    page.send(0, { type: 'other', height: 300 });
    page.send(0, '<b>');
    expect(page.iframes[0]!.style.height).toBe('');
  });

  it('leaves frames of other sites alone, even when they speak the protocol', () => {
    const page = host('https://example.org/embed.js', [{ src: 'https://other.example/embed/timeline/' }, { src: 'https://example.org/timeline/' }]);
    page.send(0, heightMessage(500, 'x'), 'https://other.example');
    page.send(1, heightMessage(500, 'x'));
    expect(page.iframes.map((f) => f.style.height)).toEqual(['', '']);
    expect(page.asked).toEqual([]);
  });

  it('asks each of its frames for its height when it starts', () => {
    const page = host('https://example.org/embed.js', [{ src: 'https://example.org/embed/timeline/' }, { src: 'https://other.example/embed/map/' }, { src: 'https://example.org/embed/map/' }]);
    expect(page.asked).toEqual([{ frame: 0, data: { type: EMBED_ASK } }, { frame: 2, data: { type: EMBED_ASK } }]);
  });
});
