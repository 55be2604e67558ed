/**
 * Every URL a built site refers to, found in its files: what a browser would fetch or follow
 * (script src, link href, img src and srcset, iframe src, form action, meta refresh targets,
 * og:image and the like, CSS url()), the URLs inside JSON-LD, and the links of XML files.
 * Used to prove that nothing off the site's origin appears that the content did not link.
 */
import { load } from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FoundUrl {
  /** The file of dist it is in, relative to dist. */
  file: string;
  /** Where in the file: `a[href]`, `css url()`, `json-ld`, … */
  where: string;
  url: string;
}

/** Attributes that hold one URL, by element (`*` for any). */
const URL_ATTRIBUTES: [string, string][] = [
  ['a', 'href'], ['area', 'href'], ['link', 'href'], ['base', 'href'], ['script', 'src'], ['img', 'src'], ['iframe', 'src'], ['frame', 'src'],
  ['embed', 'src'], ['source', 'src'], ['track', 'src'], ['audio', 'src'], ['video', 'src'], ['video', 'poster'], ['input', 'src'],
  ['object', 'data'], ['form', 'action'], ['button', 'formaction'], ['input', 'formaction'], ['blockquote', 'cite'], ['q', 'cite'],
  ['use', 'href'], ['image', 'href'], ['*', 'xlink:href'], ['*', 'background'], ['*', 'ping'],
];
/** Meta elements whose content is a URL. */
const META_URL = /^(og:(image|url|audio|video)(:secure_url|:url)?|twitter:(image|player)|msapplication-.*image)$/i;

const cssUrls = (css: string) => [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map((m) => m[2] ?? m[4]!);

/**
 * Every string in a JSON value that looks like an absolute or protocol-relative URL. A JSON-LD
 * `@context` names the vocabulary (https://schema.org) and is never fetched: it is left out.
 */
function jsonUrls(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/^(https?:)?\/\//i.test(value)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) jsonUrls(v, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== '@context') jsonUrls(v, out);
  }
  return out;
}

function htmlUrls(file: string, html: string): FoundUrl[] {
  const $ = load(html);
  const found: FoundUrl[] = [];
  const add = (where: string, url: string | undefined) => { if (url !== undefined && url.trim() !== '') found.push({ file, where, url: url.trim() }); };
  for (const [element, attribute] of URL_ATTRIBUTES) {
    $(`${element}[${attribute.replace(':', '\\:')}]`).each((_, e) => add(`${element}[${attribute}]`, $(e).attr(attribute)));
  }
  $('[srcset], [imagesrcset]').each((_, e) => {
    for (const attribute of ['srcset', 'imagesrcset']) {
      for (const candidate of ($(e).attr(attribute) ?? '').split(',')) add(`[${attribute}]`, candidate.trim().split(/\s+/)[0]);
    }
  });
  $('meta[http-equiv]').each((_, e) => {
    if ($(e).attr('http-equiv')!.toLowerCase() !== 'refresh') return;
    const target = /url\s*=\s*['"]?([^'"]+)/i.exec($(e).attr('content') ?? '');
    add('meta refresh', target?.[1]);
  });
  $('meta[property], meta[name]').each((_, e) => {
    if (META_URL.test($(e).attr('property') ?? $(e).attr('name') ?? '')) add(`meta[${$(e).attr('property') ?? $(e).attr('name')}]`, $(e).attr('content'));
  });
  $('style').each((_, e) => { for (const u of cssUrls($(e).text())) add('style url()', u); });
  $('[style]').each((_, e) => { for (const u of cssUrls($(e).attr('style')!)) add('style attribute url()', u); });
  $('script[type="application/ld+json"]').each((_, e) => { for (const u of jsonUrls(JSON.parse($(e).text()))) add('json-ld', u); });
  return found;
}

/** The URLs of every HTML, CSS, JSON and XML file of `dist`. */
export function distUrls(dist: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const file of readdirSync(dist, { recursive: true }).map(String).sort()) {
    const text = () => readFileSync(join(dist, file), 'utf8');
    if (file.endsWith('.html')) found.push(...htmlUrls(file, text()));
    else if (file.endsWith('.css')) found.push(...cssUrls(text()).map((url) => ({ file, where: 'css url()', url })));
    else if (file.endsWith('.json') && !file.startsWith('pagefind/')) found.push(...jsonUrls(JSON.parse(text())).map((url) => ({ file, where: 'json', url })));
    else if (file.endsWith('.xml') || file.endsWith('.svg')) {
      for (const m of text().matchAll(/\b(?:href|src|xlink:href)\s*=\s*"([^"]*)"|<(?:loc|id|uri|icon|logo)>\s*([^<\s]+)\s*</g)) found.push({ file, where: 'xml', url: m[1] ?? m[2]! });
    }
  }
  return found;
}

/** Every https address written in a content folder (its MDX and YAML files): what the content links. */
export function contentLinks(content: string): Set<string> {
  const links = new Set<string>();
  for (const file of readdirSync(content, { recursive: true }).map(String)) {
    if (!/\.(mdx|md|ya?ml)$/.test(file)) continue;
    for (const m of readFileSync(join(content, file), 'utf8').matchAll(/https:\/\/[^\s"'<>)\]]+/g)) links.add(m[0]);
  }
  return links;
}

/**
 * The URLs that leave the site without the content having linked them: anything absolute or
 * protocol-relative whose origin is not the site's, unless the content wrote that address
 * (a link may add a fragment or lose a trailing slash on the way: both still count as the
 * content's). `data:` URLs stay in the page; `mailto:` and the like are no requests.
 */
export function unlinkedOffsite(found: FoundUrl[], siteUrl: string, links: Set<string>): FoundUrl[] {
  const origin = new URL(siteUrl).origin;
  const known = new Set([...links].map((l) => l.replace(/[#/]+$/, '').split('#')[0]!.replace(/\/$/, '')));
  return found.filter(({ url }) => {
    if (!/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return false; // site-relative
    if (/^(data|mailto|tel):/i.test(url)) return false;
    let parsed: URL;
    try {
      parsed = new URL(url, siteUrl);
    } catch {
      return true;
    }
    if (parsed.origin === origin) return false;
    const bare = `${parsed.origin}${parsed.pathname}${parsed.search}`.replace(/\/$/, '');
    return !known.has(bare) && !known.has(url.split('#')[0]!.replace(/\/$/, ''));
  });
}
