/**
 * The MDX guard inside the build: a remark plugin that refuses anything in an MDX body that
 * could run code. `npm run build` has already reported these, with every file at once, from
 * `validate.ts`; this is the second lock on the same door, for any path around the first.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findUnsafe } from '../lib/content/mdx-guard.ts';

export default function remarkMdxGuard() {
  return (tree: Root, file: VFile) => {
    if (!file.path?.endsWith('.mdx')) return;
    const findings = findUnsafe(tree);
    if (findings.length === 0) return;
    const first = findings[0]!;
    file.fail(findings.map((f) => `${file.path}:${f.line}:${f.column} ${f.message}`).join('\n'), {
      place: { line: first.line, column: first.column },
      ruleId: 'mdx-guard',
      source: 'explainer',
    });
  };
}
