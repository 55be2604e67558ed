import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { toMarkdown } from '../../scripts/bench/convert.ts';
import { generateCorpus, mulberry32, writeCorpus } from '../../scripts/corpus.ts';
import { readContent } from '../../src/lib/content/content-files.ts';
import { idPrefix, parseDate } from '../../src/lib/content/dates.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { checkContent } from '../../src/lib/content/content-problems.ts';

const NOW = new Date('2026-11-26T12:00:00Z');
const SMALL = { actors: 12, events: 80, seed: 7 };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function frontmatter(text: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;
}

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateCorpus', () => {
  const files = generateCorpus(SMALL);

  it('is deterministic: the same options give byte-identical files', () => {
    expect([...generateCorpus(SMALL)]).toEqual([...files]);
    expect([...generateCorpus({ ...SMALL, seed: 8 })]).not.toEqual([...files]);
  });

  it('writes the requested numbers of actors and events, sources, site.yaml and a home page', () => {
    const paths = [...files.keys()];
    expect(paths.filter((p) => p.startsWith('actors/'))).toHaveLength(SMALL.actors);
    expect(paths.filter((p) => p.startsWith('events/'))).toHaveLength(SMALL.events);
    expect(paths).toEqual(expect.arrayContaining(['sources.yaml', 'site.yaml', 'pages/index.mdx']));
  });

  it('passes the same check as the build (validation and lint) with no error', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    dirs.push(dir);
    writeCorpus(dir, files);
    const { problems, content } = checkContent(readContent(dir, dir), { now: NOW });
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(content.events).toHaveLength(SMALL.events);
    expect(content.actors).toHaveLength(SMALL.actors);
  });

  it('names each event for the lower bound of its date', () => {
    for (const [path, text] of files) {
      if (!path.startsWith('events/')) continue;
      const id = path.slice('events/'.length, -'.mdx'.length);
      expect(id.startsWith(`${idPrefix(String(frontmatter(text).date))}-`), id).toBe(true);
    }
  });

  it('uses EDTF dates of every precision, with approximate and uncertain ones', () => {
    const dates = [...files].filter(([p]) => p.startsWith('events/')).map(([, text]) => parseDate(String(frontmatter(text).date)));
    expect(new Set(dates.map((d) => d.precision))).toEqual(new Set(['day', 'month', 'season', 'year', 'interval']));
    expect(dates.some((d) => d.approximate)).toBe(true);
    expect(dates.some((d) => d.uncertain)).toBe(true);
  });

  it('fills the fields the site draws on: locations of each precision, roles, figures, claims, relations, via', () => {
    const events = [...files].filter(([p]) => p.startsWith('events/')).map(([, t]) => frontmatter(t));
    const actors = [...files].filter(([p]) => p.startsWith('actors/')).map(([, t]) => frontmatter(t));
    const precisions = new Set(events.map((e) => (e.location as { precision?: number } | undefined)?.precision));
    expect([1, 2, 3].every((p) => precisions.has(p))).toBe(true);
    expect(events.some((e) => Array.isArray(e.figures) && e.figures.length > 0)).toBe(true);
    expect(events.some((e) => (e.claims as { kind?: string }[] | undefined)?.some((c) => c.kind !== undefined))).toBe(true);
    expect(events.some((e) => Array.isArray(e.claims) && e.claims.length > 0)).toBe(true);
    expect(actors.some((a) => Array.isArray(a.relations) && a.relations.length > 0)).toBe(true);
    expect(actors.some((a) => a.parent !== undefined)).toBe(true);
    expect((parse(files.get('sources.yaml')!) as { via?: string }[]).some((s) => s.via)).toBe(true);
  });

  it('cites, in the prose of every actor and event, sources of that page', () => {
    for (const [path, text] of files) {
      if (!path.startsWith('events/') && !path.startsWith('actors/')) continue;
      const cited = [...text.matchAll(/<Cite id="([^"]+)" \/>/g)].map((m) => m[1]);
      expect(cited.length, path).toBeGreaterThan(0);
      expect(frontmatter(text).sources, path).toEqual(expect.arrayContaining(cited));
    }
  });
});

describe('toMarkdown', () => {
  it('keeps the title, summary and body of a corpus page for the other contenders', () => {
    const [, text] = [...generateCorpus(SMALL)].find(([p]) => p.startsWith('events/'))!;
    const data = frontmatter(text);
    const markdown = toMarkdown(text);
    expect(frontmatter(markdown)).toEqual({ title: data.title, description: data.summary });
    const body = text.slice(text.indexOf('\n---\n') + 5).trim();
    expect(markdown).toContain(body.split('\n')[0]);
    expect(markdown).toContain(`- **date**: ${String(data.date)}`);
  });

  it('turns prose citations into numbered notes, since Markdown pages have no components', () => {
    const [, text] = [...generateCorpus(SMALL)].find(([p]) => p.startsWith('events/'))!;
    const markdown = toMarkdown(text);
    expect(text).toContain('<Cite id="');
    expect(markdown).not.toContain('<Cite');
    expect(markdown).toContain('<sup>[1]</sup>');
  });
});
