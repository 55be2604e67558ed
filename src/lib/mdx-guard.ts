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
import { parseMdx } from './mdx-parse.ts';

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

/** Whether a URL would run code or smuggle a document: javascript:, vbscript:, data:. */
export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside the scheme: strip them first.
  const scheme = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.test(scheme);
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
          } else if (typeof attribute.value === 'string' && URL_ATTRIBUTES.has(attrName) && isUnsafeUrl(attribute.value)) {
            findings.push(at(attribute as Positioned, `'${shorten(attribute.value)}' is not an allowed URL: link to an https:// address`));
          }
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (isUnsafeUrl(node.url)) {
          findings.push(at(node, `'${shorten(node.url)}' is not an allowed URL: links and images must point to an https:// address or a page of this site`));
        }
        break;
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
 * (expressions), no line starting with import/export (ESM), no `&` or `\` (a character
 * reference or escape could spell a scheme) and no dangerous scheme even once control
 * characters and whitespace are dropped, there is nothing to find and nothing to fail to
 * parse. Anything else gets the full parse.
 */
function isPlainProse(body: string): boolean {
  if (/[<{&\\]/.test(body) || /^[ \t]*(?:import|export)\b/m.test(body)) return false;
  return !/(?:javascript|vbscript|data):/.test(body.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase());
}

/**
 * Parses an MDX body and returns what would run code, plus any syntax error, with
 * positions shifted by `lineOffset` (the file line on which the body starts, minus one).
 */
export function checkMdx(body: string, lineOffset = 0): GuardFinding[] {
  if (isPlainProse(body)) return [];
  const { tree, error } = parseMdx(body);
  if (error) {
    return [{
      line: (error.line ?? 1) + lineOffset,
      column: error.column ?? 1,
      message: `this is not valid MDX: ${error.reason ?? error.message}; a literal { or < must be escaped as \\{ or \\<`,
    }];
  }
  return findUnsafe(tree).map((f) => ({ ...f, line: f.line + lineOffset }));
}
