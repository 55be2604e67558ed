import { describe, expect, it } from 'vitest';
import { changes, normaliseEntry, shortSubject, visibleRevisions } from '../../src/lib/model/history.ts';
import { MAX_BODY_CHARACTERS } from '../../src/lib/content/mdx-parse.ts';
import { oldBodyHtml, readOldEntry } from '../../src/lib/model/revision-entry.ts';
import { DEFAULT_MODEL } from '../../src/lib/content/site-config.ts';
import type { Commit } from '../../src/lib/model/git-revisions.ts';

const EVENT = `---
title: A fixture event
summary: "A summary that is long enough to pass the schema's lower bound."
date: "2020-05-01"
kind: raid
actors:
  - { actor: group, role: perpetrator }
sources: [report]
---

A first paragraph of the body,
wrapped over two lines.

A second paragraph with \`code  kept\`.

\`\`\`
  indented   code
\`\`\`
`;

const commit = (hash: string, subject = hash): Commit => ({ hash, date: new Date('2024-01-01T00:00:00Z'), subject });

describe('the normalised form of a revision', () => {
  it('ignores what readers cannot see: YAML comments and layout, blank lines, re-wrapped paragraphs', () => {
    const tidied = EVENT
      .replace('kind: raid\n', 'kind: raid   # a comment\n\n')
      .replace('  - { actor: group, role: perpetrator }', '  - actor: group\n    role: perpetrator')
      .replace('sources: [report]', 'sources:\n  - report')
      .replace('of the body,\nwrapped', 'of the   body, wrapped')
      .replace('A second paragraph', '\n\nA second paragraph') + '\n\n\n';
    expect(normaliseEntry(tidied)).toBe(normaliseEntry(EVENT));
  });

  it('tells apart what readers see: a word, a field, a paragraph break, spaces in code', () => {
    for (const changed of [
      EVENT.replace('first paragraph', 'first short paragraph'),
      EVENT.replace('kind: raid', 'kind: attack'),
      EVENT.replace('of the body,\nwrapped', 'of the body,\n\nwrapped'),
      EVENT.replace('  indented   code', '  indented code'),
      EVENT.replace('`code  kept`', '`code kept`'),
      EVENT.replace('"2020-05-01"', '"2020-05"'),
    ]) {
      expect(normaliseEntry(changed)).not.toBe(normaliseEntry(EVENT));
    }
  });

  it('compares frontmatter that does not parse as its text, comments and indentation aside', () => {
    const broken = '---\ntitle: [unclosed\nkind: raid\n---\nBody.\n';
    expect(normaliseEntry(broken.replace('kind: raid', '  kind: raid  # note'))).toBe(normaliseEntry(broken));
    expect(normaliseEntry(broken.replace('raid', 'attack'))).not.toBe(normaliseEntry(broken));
  });
});

describe('the revisions readers saw', () => {
  // Latest first, as git gives them.
  const history = [commit('d'), commit('c'), commit('b'), commit('a')];

  it('keeps the first revision and each that changed the page; a whitespace-only commit makes none', () => {
    const texts: Record<string, string> = { a: EVENT, b: EVENT.replace('first paragraph', 'first edited paragraph'), c: '', d: '' };
    texts.c = texts.b!.replace('kind: raid\n', 'kind: raid # tidied\n');
    texts.d = texts.c.replace('A fixture event', 'A fixture event, retitled');
    const visible = visibleRevisions(history, (h) => texts[h]);
    expect(visible.map((v) => v.commit.hash)).toEqual(['d', 'b', 'a']);
    expect(visible[1]!.text).toBe(texts.b);
    expect(changes(history, visible).map((c) => [c.commit.hash, c.visible])).toEqual([['d', true], ['c', false], ['b', true], ['a', true]]);
  });

  it('makes no revision of a commit that deleted the file, and one of its return', () => {
    const texts: Record<string, string | undefined> = { a: EVENT, b: undefined, c: EVENT, d: EVENT };
    expect(visibleRevisions(history, (h) => texts[h]).map((v) => v.commit.hash)).toEqual(['c', 'a']);
  });
});

describe('an old revision read against today\'s site', () => {
  const known = { actor: (id: string) => id === 'group', source: (id: string) => id === 'report' };

  it('is parsed when it fits today\'s schema and names only what exists', () => {
    const old = readOldEntry(EVENT, 'events', DEFAULT_MODEL.schemas.eventSchema, known);
    expect(old.kind).toBe('parsed');
    expect(old.kind === 'parsed' && old.collection === 'events' && old.data.title).toBe('A fixture event');
  });

  it('keeps its frontmatter as written when a field has gone from the schema', () => {
    const old = readOldEntry(EVENT.replace('kind: raid', 'kind: raid\nformerField: <i>x</i>'), 'events', DEFAULT_MODEL.schemas.eventSchema, known);
    expect(old).toMatchObject({ kind: 'unparsed', title: 'A fixture event' });
    expect(old.kind === 'unparsed' && old.frontmatter).toContain('formerField: <i>x</i>');
    expect(old.body).toContain('A first paragraph');
  });

  it('keeps its frontmatter as written when it names an actor or source the site no longer has', () => {
    expect(readOldEntry(EVENT.replace('actor: group', 'actor: gone'), 'events', DEFAULT_MODEL.schemas.eventSchema, known).kind).toBe('unparsed');
    expect(readOldEntry(EVENT.replace('[report]', '[gone]'), 'events', DEFAULT_MODEL.schemas.eventSchema, known).kind).toBe('unparsed');
  });

  it('keeps a file without frontmatter, or with YAML that does not parse, as text', () => {
    expect(readOldEntry('Just a body.', 'actors', DEFAULT_MODEL.schemas.actorSchema, known)).toEqual({ kind: 'unparsed', collection: 'actors', frontmatter: '', body: 'Just a body.' });
    expect(readOldEntry('---\nname: [x\n---\nBody', 'actors', DEFAULT_MODEL.schemas.actorSchema, known)).toMatchObject({ kind: 'unparsed', frontmatter: 'name: [x', body: 'Body' });
  });

  it('refuses YAML aliases in an old revision, as in today\'s files', () => {
    const bomb = '---\nname: &a x\naliases: [*a, *a]\n---\nBody';
    expect(readOldEntry(bomb, 'actors', DEFAULT_MODEL.schemas.actorSchema, known).kind).toBe('unparsed');
  });
});

describe('an old revision\'s body', () => {
  const options = { path: 'events/x.mdx@0123', notes: ['report'], label: (id: string, n: number) => `Source ${n}: ${id}` };

  it('is drawn through the same guard as every body', () => {
    expect(oldBodyHtml('Some *prose*.<Cite id="report" />', options)).toMatch(/<p>Some <em>prose<\/em>\.<sup/);
  });

  it('is left to be shown as text when the guard refuses it, it cites what the page lacks, or it is past the bounds', () => {
    expect(oldBodyHtml('Hello <script>alert(1)</script>', options)).toBeUndefined();
    expect(oldBodyHtml('Worth {1 + 1}.', options)).toBeUndefined();
    expect(oldBodyHtml('Cited.<Cite id="gone" />', options)).toBeUndefined();
    expect(oldBodyHtml('a '.repeat(MAX_BODY_CHARACTERS), options)).toBeUndefined();
  });
});

describe('a commit message in the page\'s list', () => {
  it('is cut at a word with an ellipsis past the limit, and left whole within it', () => {
    expect(shortSubject('short message', 160)).toBe('short message');
    expect(shortSubject('one two three four five', 12)).toBe('one two…');
    expect([...shortSubject('x'.repeat(300), 160)].length).toBe(160);
  });
});
