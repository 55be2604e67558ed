/*
 * The build's caches of work (src/lib/cache): a recipe changes with the source of every module
 * the work reaches and with nothing else; a body's key changes when the body, the number of a
 * source it cites or that source's name changes, and not when another entry does; a citation's
 * key is its page's record; and a cached body is the body rendered afresh.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workKey } from '../../src/lib/cache/key.ts';
import { recipe, specifiers } from '../../src/lib/cache/recipe.ts';
import { installWorkCaches, workCache, type WorkCache } from '../../src/lib/cache/registry.ts';
import { MOST_OPEN, WorkStore } from '../../src/lib/cache/store.ts';
import { catalogueFor } from '../../src/lib/i18n/catalogue.ts';
import { createTranslator } from '../../src/lib/i18n/translator.ts';
import type { Graph } from '../../src/lib/model/graph.ts';
import { resolveVocabularies } from '../../src/lib/model/vocabularies.ts';
import { checkMdx } from '../../src/lib/content/mdx-guard.ts';
import { citedSources, renderBody } from '../../src/lib/render/body-html.ts';
import { citeUses } from '../../src/lib/render/cite-notes.ts';
import { cslRecord } from '../../src/lib/render/citation/record.ts';
import { noteLabel } from '../../src/lib/render/source-label.ts';
import { workRecipes } from '../../src/plugins/work-cache.ts';
import { fixtureGraph } from '../helpers/fixture-graph.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'work-cache-'));
});
afterEach(() => {
  installWorkCaches(undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe('a recipe', () => {
  const modules = () => {
    writeFileSync(join(dir, 'work.ts'), "import { helper } from './helper.ts';\nimport { visit } from 'unist-util-visit';\nexport const work = () => helper(visit);\n");
    writeFileSync(join(dir, 'helper.ts'), 'export const helper = (f: unknown) => f;\n');
    writeFileSync(join(dir, 'elsewhere.ts'), 'export const other = 1;\n');
    return join(dir, 'work.ts');
  };

  it('names every import a module can make that runs', () => {
    const source = "import a from './a.ts';\nimport type { B } from \"./b.ts\";\nexport { c } from './c.ts';\nimport './d.css';\nconst e = await import('e-package');\nrequire.resolve('@scope/f/info.json');\nimport.meta.resolve('g');\n";
    expect(specifiers(source)).toEqual(['./a.ts', './c.ts', './d.css', '@scope/f/info.json', 'e-package', 'g']);
    expect(specifiers("import { type A, b } from './ab.ts';\nexport type { C } from './c.ts';\n")).toEqual(['./ab.ts']);
  });

  it('is the same for the same source, and changes with a module and with what it imports, not with a file it does not reach', () => {
    const entry = modules();
    const before = recipe({ modules: [entry] });
    expect(recipe({ modules: [entry] })).toBe(before);
    writeFileSync(join(dir, 'elsewhere.ts'), 'export const other = 2;\n');
    expect(recipe({ modules: [entry] })).toBe(before);
    writeFileSync(join(dir, 'helper.ts'), 'export const helper = (f: unknown) => [f];\n');
    const helperChanged = recipe({ modules: [entry] });
    expect(helperChanged).not.toBe(before);
    writeFileSync(join(dir, 'work.ts'), "import { helper } from './helper.ts';\nexport const work = () => helper(1);\n");
    expect(recipe({ modules: [entry] })).not.toBe(helperChanged);
  });

  it('counts the installed version of each package the modules import, and of the packages those depend on', () => {
    const entry = modules();
    const versions = recipe({ modules: [entry] });
    // The same package and the same local files, imported in another order: the same recipe.
    writeFileSync(join(dir, 'work.ts'), "import { visit } from 'unist-util-visit';\nimport { helper } from './helper.ts';\nexport const work = () => helper(visit);\n");
    const reordered = recipe({ modules: [entry] });
    expect(reordered).not.toBe(versions); // the file's bytes changed
    expect(recipe({ modules: [entry], packages: ['unist-util-visit'] })).toBe(reordered);
    expect(recipe({ modules: [entry], packages: ['citeproc'] })).not.toBe(reordered);
    expect(recipe({ modules: [entry], extra: ['template 2'] })).not.toBe(reordered);
  });

  it('of each of the build\'s caches comes from the generator\'s source and differs between caches', () => {
    const recipes = workRecipes();
    for (const value of Object.values(recipes)) expect(value).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(Object.values(recipes)).size).toBe(5);
    expect(workRecipes()).toEqual(recipes);
  });
});

describe('the key of a rendered body', () => {
  const words = { i18n: createTranslator(catalogueFor('en')), vocabularies: resolveVocabularies({}, catalogueFor('en')) };
  const body = 'The outlet reported it.<Cite id="fixture-report" />\n';
  const notes = ['fixture-report', 'fixture-statement'];
  const keyOf = (graph: Graph, text = body, order = notes, r = 'recipe') => workKey(r, [text, citedSources(text, { notes: order, label: (id, n) => noteLabel(graph, id, n, words) })]);

  it('changes when a source the body cites changes how it is named', () => {
    const graph = fixtureGraph();
    const before = keyOf(graph);
    const source = graph.sources.get('fixture-report')!;
    graph.sources.set('fixture-report', { ...source, date: '2020-04' });
    expect(keyOf(graph)).not.toBe(before);
  });

  it('changes when the body, or the number of what it cites, changes', () => {
    const graph = fixtureGraph();
    expect(keyOf(graph, `${body}More.\n`)).not.toBe(keyOf(graph));
    expect(keyOf(graph, body, ['fixture-statement', 'fixture-report'])).not.toBe(keyOf(graph));
  });

  it('does not change when another entry, or a source the body does not cite, changes', () => {
    const graph = fixtureGraph();
    const before = keyOf(graph);
    const other = graph.events.get('2020-06-fixture-report')!;
    graph.events.set(other.id, { ...other, data: { ...other.data, title: 'Another title' } });
    const statement = graph.sources.get('fixture-statement')!;
    graph.sources.set('fixture-statement', { ...statement, date: '2021' });
    expect(keyOf(graph)).toBe(before);
  });

  it('changes for every body when the recipe changes', () => {
    const graph = fixtureGraph();
    expect(keyOf(graph, body, notes, 'recipe 2')).not.toBe(keyOf(graph));
    expect(keyOf(graph, 'Plain.\n', notes, 'recipe 2')).not.toBe(keyOf(graph, 'Plain.\n'));
  });
});

describe('the key of a page\'s citations', () => {
  const site = { title: 'Fixture site', editors: [], language: 'en' };
  const page = { key: 'events/a', title: 'A raid', url: 'https://example.org/events/a/', updated: new Date('2026-01-02'), accessed: new Date('2026-02-03') };
  const key = (r: string, input = page) => workKey(r, cslRecord(site, input));

  it('is its record: a change of title, address or date is another key, another page\'s is not', () => {
    expect(key('r')).toBe(key('r', { ...page }));
    expect(key('r', { ...page, title: 'A raid, revised' })).not.toBe(key('r'));
    expect(key('r', { ...page, updated: new Date('2026-01-03') })).not.toBe(key('r'));
    expect(key('r', { ...page, url: 'https://example.org/events/a/revisions/1/' })).not.toBe(key('r'));
    expect(key('r2')).not.toBe(key('r'));
  });
});

describe('a store of work', () => {
  it('keeps, once a build is done, only what that build used, and nothing half-written', async () => {
    const earlier = new WorkStore(join(dir, 'bodies'));
    earlier.write('a', 'A');
    earlier.write('b', 'B');
    expect(() => earlier.prune()).toThrow(/settled/);
    await earlier.settled();
    writeFileSync(join(dir, 'bodies', 'c.123-0.part'), 'half');
    const next = new WorkStore(join(dir, 'bodies'));
    expect(next.read('a')).toBe('A');
    next.write('d', 'D');
    await next.settled();
    expect(next.prune()).toBe(2);
    expect(readdirSync(join(dir, 'bodies')).sort()).toEqual(['a', 'd']);
    expect(new WorkStore(join(dir, 'missing')).prune()).toBe(0);
  });
});

describe('a store that writes behind the work', () => {
  it('reads what it has been given before the file is in place, and has it on disk once settled', async () => {
    const store = new WorkStore(join(dir, 'behind'));
    store.write('k', 'kept');
    expect(store.read('k')).toBe('kept');
    expect(store.has('k')).toBe(true);
    await store.settled();
    expect(readFileSync(join(dir, 'behind', 'k'), 'utf8')).toBe('kept');
    expect(new WorkStore(join(dir, 'behind')).read('k')).toBe('kept');
  });

  it('keeps at most MOST_OPEN files open for writing, however many writes it is given at once', async () => {
    const store = new WorkStore(join(dir, 'many'));
    const count = MOST_OPEN * 20;
    for (let i = 0; i < count; i++) store.write(`k${i}`, String(i));
    expect(store.writesOpen).toBe(MOST_OPEN);
    expect(store.read(`k${count - 1}`)).toBe(String(count - 1));
    await store.settled();
    expect(store.writesOpen).toBe(0);
    expect(readdirSync(join(dir, 'many'))).toHaveLength(count);
    expect(readFileSync(join(dir, 'many', `k${count - 1}`), 'utf8')).toBe(String(count - 1));
  });

  it('fails when settled if a write could not be made', async () => {
    const store = new WorkStore(join(dir, 'blocked'));
    store.write('first', '1');
    await store.settled();
    rmSync(join(dir, 'blocked'), { recursive: true });
    writeFileSync(join(dir, 'blocked'), 'a file where the folder was');
    store.write('second', '2');
    await expect(store.settled()).rejects.toThrow(/could not write the cache/);
  });
});

describe('the cache of what the checks found', () => {
  const install = (): WorkCache => {
    const cache: WorkCache = { recipe: 'r', store: new WorkStore(join(dir, 'checks')), hits: 0, misses: 0 };
    installWorkCaches({ checks: cache });
    return cache;
  };

  it('gives the guard\'s findings and the prose\'s notes as found afresh, at the lines of each file', async () => {
    const body = 'Fine [link](https://example.org).\n\n<script>alert(1)</script>\n\nSaid.<Cite id="a" /> <Cite id="b" />\n';
    const fresh = { guard: checkMdx(body, 4) };
    const cache = install();
    expect(checkMdx(body, 4)).toEqual(fresh.guard);
    expect(checkMdx(body, 10)).toEqual(fresh.guard.map((f) => ({ ...f, line: f.line + 6 })));
    expect(cache.hits).toBe(1);
    expect(fresh.guard.map((f) => f.line)).toEqual([7]);
    // Another wording of the same body (cite-notes keeps each body's uses in memory as well).
    const cited = `\n${body}More.<Cite id="c" />\n`;
    expect(citeUses(cited, 2).map((u) => [u.id, u.line])).toEqual([['a', 8], ['b', 8], ['c', 9]]);
    expect(cache.misses).toBe(2);
    // The store writes behind the work: the files are in place once it has settled.
    await cache.store.settled();
    expect(readdirSync(join(dir, 'checks'))).toHaveLength(2);
  });
});

describe('the cache of bodies', () => {
  const options = { path: 'content/events/a.mdx', notes: ['s'], label: (id: string, n: number) => `Source ${n}: ${id}` };
  const install = (): WorkCache => {
    const cache: WorkCache = { recipe: 'r', store: new WorkStore(join(dir, 'bodies')), hits: 0, misses: 0 };
    installWorkCaches({ bodies: cache });
    return cache;
  };

  it('gives the body as rendered afresh, from the store the second time', async () => {
    const text = 'A "quoted" word.<Cite id="s" />\n\n## A heading\n';
    const fresh = renderBody(text, options);
    const cache = install();
    expect(renderBody(text, options)).toBe(fresh);
    expect([cache.hits, cache.misses]).toEqual([0, 1]);
    expect(renderBody(text, options)).toBe(fresh);
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
    await cache.store.settled();
    expect(readdirSync(join(dir, 'bodies'))).toHaveLength(1);
    expect(renderBody(text, { ...options, label: () => 'Another name' })).not.toBe(fresh);
    expect(cache.misses).toBe(2);
  });

  it('keeps nothing of a body the guard refuses, which fails every time', () => {
    const cache = install();
    expect(() => renderBody('<script>alert(1)</script>\n', options)).toThrow(/is not allowed/);
    expect(() => renderBody('<script>alert(1)</script>\n', options)).toThrow(/is not allowed/);
    expect(cache.hits).toBe(0);
    expect(workCache('citations')).toBeUndefined();
  });
});
