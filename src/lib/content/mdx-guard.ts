/**
 * MDX is code. Content comes through pull requests from outside the team, so an MDX body
 * may hold plain Markdown (GFM) and the project's own components, and nothing that runs:
 * no import or export, no {expressions}, no unknown JSX, no raw script-like elements, no
 * event handlers, no javascript:/vbscript:/data: URLs. The same check runs before the
 * build (every problem at once, with lines) and inside it, as a remark plugin.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { ALLOWED_COMPONENTS } from './components.ts';
import { cachedText } from '../cache/registry.ts';
import { findUnbounded, parseMdx } from './mdx-parse.ts';

export interface GuardFinding {
  line: number;
  column: number;
  message: string;
}

const DANGEROUS_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'form', 'link', 'meta', 'base', 'frame', 'frameset', 'svg', 'math']);

/** What to write instead of a refused element, in an editor's terms. */
const INSTEAD: Record<string, string> = {
  script: 'remove it: content cannot run code',
  style: "remove it: the site's own styles apply to every page",
  iframe: 'link to the page instead, with [text](https://…)',
  frame: 'link to the page instead, with [text](https://…)',
  frameset: 'link to the page instead, with [text](https://…)',
  object: 'link to the file instead, with [text](https://…)',
  embed: 'link to the file instead, with [text](https://…)',
  form: 'link to the form\'s page instead, with [text](https://…)',
  svg: 'use an image instead, with ![description](https://…)',
};
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset']);

/** Where a URL is written: a link may also send mail, an image only be fetched. */
export type UrlUse = 'link' | 'image';

/**
 * Whether content may point at a URL: an https address, an address of this site ("/…",
 * never "//…", which is another host), a fragment ("#…") or a relative path; for links also
 * mailto:. An allow-list: every other scheme (javascript:, data:, file:, http:, the next one
 * a browser invents) is refused.
 */
export function isAllowedUrl(url: string, use: UrlUse): boolean {
  // Browsers ignore control characters and whitespace around and inside the scheme, and read
  // a backslash as a slash: normalise the same way before reading it.
  const plain = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').replace(/\\/g, '/');
  if (plain.startsWith('//')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(plain)?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  return scheme === 'https' || (use === 'link' && scheme === 'mailto');
}

/** What to write instead of a refused URL. */
function urlHint(url: string, use: UrlUse): string {
  const plain = url.trim().toLowerCase();
  const fix = plain.startsWith('http:') ? 'use its https:// address' : plain.replace(/\\/g, '/').startsWith('//') ? 'an address starting with // leads to another site: write it in full with https://' : undefined;
  const allowed = use === 'link' ? 'links must point to an https:// address, a page of this site (/…, #…, a relative path) or a mailto: address' : 'images must point to an https:// address or a file of this site (/…)';
  return fix ? `${allowed}; ${fix}` : allowed;
}

/** A URL short enough for a one-line message, marked when cut. */
const shorten = (url: string) => (url.length > 30 ? `${url.slice(0, 30)}…` : url);

interface Positioned {
  position?: { start: { line: number; column: number } };
}

function at(node: Positioned, message: string): GuardFinding {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message };
}

const allowedList = () => (ALLOWED_COMPONENTS.length ? ALLOWED_COMPONENTS.map((c) => `<${c}>`).join(', ') : 'none yet');

/** Everything in an MDX syntax tree that could run code. Positions are the tree's own. */
export function findUnsafe(tree: Root): GuardFinding[] {
  const findings: GuardFinding[] = [];
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier, node.url));
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        findings.push(at(node, 'import and export are not allowed in content: write plain Markdown, and use the project\'s components without importing them'));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        findings.push(at(node, 'JavaScript expressions in {braces} are not allowed in content: write the text itself, and escape a literal brace as \\{'));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!name) {
          findings.push(at(node, 'JSX fragments (<>…</>) are not allowed in content: write plain Markdown'));
          break;
        }
        if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) {
          findings.push(at(node, `<${name}> is not allowed in content, because it can run code or change the page; ${INSTEAD[name.toLowerCase()] ?? 'write plain Markdown, or ask for a component'}`));
          break;
        }
        if (!ALLOWED_COMPONENTS.includes(name)) {
          const markdown = name === 'a' ? 'write the link as [text](https://…)' : name === 'img' ? 'write the image as ![description](https://…)' : 'write plain Markdown instead';
          findings.push(at(node, `<${name}> is not an allowed component (allowed: ${allowedList()}); ${markdown}`));
        }
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            findings.push(at(attribute as Positioned, `spread attributes {…} are not allowed on <${name}>: write each attribute as name="text"`));
            continue;
          }
          const attrName = attribute.name.toLowerCase();
          if (/^on[a-z]/.test(attrName)) {
            findings.push(at(attribute as Positioned, `event-handler attribute '${attribute.name}' is not allowed on <${name}>, because content cannot run code: remove it`));
          }
          if (attribute.value && typeof attribute.value === 'object') {
            findings.push(at(attribute as Positioned, `attribute '${attribute.name}' on <${name}> holds a JavaScript expression; write it as ${attribute.name}="text"`));
          } else if (typeof attribute.value === 'string' && URL_ATTRIBUTES.has(attrName)) {
            const use: UrlUse = attrName === 'href' || attrName === 'action' || attrName === 'formaction' || attrName === 'xlink:href' ? 'link' : 'image';
            // srcset lists several candidates, each a URL and a width or density.
            const urls = attrName === 'srcset' ? attribute.value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [attribute.value];
            const refused = urls.find((url) => !isAllowedUrl(url, use));
            if (refused !== undefined) findings.push(at(attribute as Positioned, `'${shorten(refused)}' is not an allowed URL: ${urlHint(refused, use)}`));
          }
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        // A definition may serve a link or an image; it is held to the rule of links, and an
        // image that uses it is checked as an image below.
        const use: UrlUse = node.type === 'image' ? 'image' : 'link';
        if (!isAllowedUrl(node.url, use)) findings.push(at(node, `'${shorten(node.url)}' is not an allowed URL: ${urlHint(node.url, use)}`));
        break;
      }
      case 'imageReference': {
        const url = definitions.get(node.identifier);
        if (url !== undefined && isAllowedUrl(url, 'link') && !isAllowedUrl(url, 'image')) {
          findings.push(at(node, `'${shorten(url)}' is not an allowed URL: ${urlHint(url, 'image')}`));
        }
        break;
      }
      case 'html':
        // remark-mdx parses no raw HTML; this only fires if a plugin adds some back.
        findings.push(at(node, 'raw HTML is not allowed in content: write plain Markdown'));
        break;
    }
  });
  return findings;
}

/*
 * Parsing MDX is the slowest step of validation (several ms a file). Most bodies are prose
 * that cannot hold anything findUnsafe looks for: with no `<` (JSX, HTML, autolinks), no `{`
 * (expressions), no `[` (links, images, definitions), no line starting with import/export
 * (ESM), no `&` or `\` (a character reference or escape) and no bare address that GFM would
 * link (`://`, `www.`), there is nothing to find and nothing to fail to parse. Anything else
 * gets the full parse.
 */
function isPlainProse(body: string): boolean {
  if (/[<{&\\[]/.test(body) || /^[ \t]*(?:import|export)\b/m.test(body)) return false;
  // Without brackets there is no link, image or definition; GFM still links a bare address.
  return !/:\/\/|www\./i.test(body);
}

/**
 * Parses an MDX body and returns what would run code, plus any syntax error, with
 * positions shifted by `lineOffset` (the file line on which the body starts, minus one).
 * A body too long or too dense to parse in bounded time is refused unparsed.
 */
export function checkMdx(body: string, lineOffset = 0): GuardFinding[] {
  const unbounded = findUnbounded(body);
  if (unbounded.length > 0) return unbounded.map((f) => ({ ...f, line: f.line + lineOffset }));
  if (isPlainProse(body)) return [];
  // What the parse finds depends on the body alone: the build keeps it between builds
  // (src/lib/cache/registry.ts), so a rebuild parses only the bodies that changed.
  const findings = JSON.parse(cachedText('checks', ['guard', body], () => JSON.stringify(parsedFindings(body)))) as GuardFinding[];
  return findings.map((f) => ({ ...f, line: f.line + lineOffset }));
}

function parsedFindings(body: string): GuardFinding[] {
  const { tree, error } = parseMdx(body);
  if (error) {
    return [{
      line: error.line ?? 1,
      column: error.column ?? 1,
      message: `this is not valid MDX: ${error.reason ?? error.message}; a literal { or < must be escaped as \\{ or \\<`,
    }];
  }
  return findUnsafe(tree);
}
