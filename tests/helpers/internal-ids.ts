/**
 * Internal ids that reach readers: the text a reader sees or hears on a built page (text
 * nodes and the names read out: aria-label, title, alt; never scripts, styles or hidden
 * elements; an old revision's file as written is left out), searched for the content's ids. Every source id counts; an actor, event or page
 * id counts when it has a hyphen, which no ordinary word of a page is written with in full.
 */
import { load } from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../../src/lib/model/graph.ts';

/** What a reader meets as text on a page, with addresses taken out (a citation's URL holds the page's id by design). */
export function readerText(html: string): string {
  const $ = load(html);
  // An old revision that no longer fits the site shows its file as written (.revision-source):
  // the record of what was committed, ids and all, on a page kept for citations, not for reading.
  $('script, style, template, [hidden], .revision-source').remove();
  const texts: string[] = [];
  $('*').each((_, node) => {
    for (const child of $(node).contents().toArray()) if (child.type === 'text') texts.push(child.data);
    for (const name of ['aria-label', 'title', 'alt']) {
      const value = $(node).attr(name);
      if (value) texts.push(value);
    }
  });
  return texts.join(' ').replace(/https?:\/\/\S+/g, ' ');
}

/** The ids of a site's content that must never be shown: every source id, and the other ids with a hyphen. */
export function internalIds(graph: Graph, pageIds: readonly string[]): string[] {
  const others = [...graph.actors.keys(), ...graph.events.keys(), ...pageIds].filter((id) => id.includes('-'));
  return [...new Set([...graph.sources.keys(), ...others])];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "path: id in “…context…”" for each id shown on each page of `dist`. */
export function idsShown(dist: string, ids: readonly string[]): string[] {
  const found: string[] = [];
  const patterns = ids.map((id) => [id, new RegExp(`(?<![\\p{L}\\p{N}/#._-])${escape(id)}(?![\\p{L}\\p{N}_-])`, 'u')] as const);
  for (const file of readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.html')).sort()) {
    const text = readerText(readFileSync(join(dist, file), 'utf8'));
    for (const [id, pattern] of patterns) {
      const match = pattern.exec(text);
      if (match) found.push(`${file}: ${id} in “${text.slice(Math.max(0, match.index - 40), match.index + id.length + 20).replace(/\s+/g, ' ')}”`);
    }
  }
  return found;
}
