/**
 * Turns a content folder into plain Markdown pages for the benchmark's other contenders
 * (Starlight, the bare-Astro floor): one `.md` per actor and per event, with the title and
 * description their schemas need, the frontmatter facts as a list, and the same body text,
 * so that every contender renders the same number of pages of similar length.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/;

/** One value of the frontmatter as text: lists joined, objects as `key value` pairs. */
function flatten(value: unknown): string {
  if (Array.isArray(value)) return value.map(flatten).join('; ');
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k} ${flatten(v)}`).join(', ');
  return String(value);
}

/** `<Cite id="…" />` as the note a Markdown page would show: a bracketed number. */
function citesAsNotes(body: string): string {
  const order: string[] = [];
  return body.replace(/<Cite id="([^"]+)" \/>/g, (_, id: string) => {
    if (!order.includes(id)) order.push(id);
    return `<sup>[${order.indexOf(id) + 1}]</sup>`;
  });
}

/** The Markdown page for one corpus file. */
export function toMarkdown(text: string): string {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('corpus file without frontmatter');
  const data = parse(match[1]!) as Record<string, unknown>;
  const title = String(data.title ?? data.name);
  const description = String(data.summary);
  const facts = Object.entries(data)
    .filter(([key, value]) => !['title', 'name', 'summary'].includes(key) && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => `- **${key}**: ${flatten(value)}`);
  return `---\n${stringify({ title, description }, { lineWidth: 0 })}---\n\n${description}\n\n${facts.join('\n')}\n\n${citesAsNotes(text.slice(match[0].length).trimStart())}`;
}

/**
 * Writes `<out>/actors/<id>.md` and `<out>/events/<id>.md` for every actor and event of the
 * content folder `corpus`, plus an `index.md`, replacing what `out` held. Returns the number
 * of pages written.
 */
export function convertCorpus(corpus: string, out: string): number {
  rmSync(out, { recursive: true, force: true });
  let pages = 0;
  for (const collection of ['actors', 'events']) {
    const target = join(out, collection);
    mkdirSync(target, { recursive: true });
    for (const name of readdirSync(join(corpus, collection)).filter((n) => n.endsWith('.mdx')).sort()) {
      writeFileSync(join(target, name.replace(/\.mdx$/, '.md')), toMarkdown(readFileSync(join(corpus, collection, name), 'utf8')));
      pages++;
    }
  }
  writeFileSync(join(out, 'index.md'), `---\ntitle: Synthetic benchmark corpus\ndescription: Every page of the benchmark corpus.\n---\n\n${pages} pages of invented content.\n`);
  return pages + 1;
}
