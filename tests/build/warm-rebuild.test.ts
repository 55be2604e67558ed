/*
 * A rebuild that reuses the caches of the last build (Astro's content cache, share cards,
 * checked and rendered bodies, citations, networks' layouts, maps' grounds) writes the same site as a cold build of the same content: the
 * minimal fixture, with an address (so it has share cards) and a <Cite> in prose, is built
 * cold; one event is edited (its title and body) and a source its neighbour cites is dated
 * anew; the site is built again into the same dist/ with the cache kept, and compared file by
 * file, byte by byte (Pagefind's index and the cards included), with a cold build of the
 * edited content.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheFolderName, loadSite } from '../../src/lib/content/site-config.ts';
import { ROOT, runAstro, type RunResult } from '../helpers/astro.ts';
import { MINIMAL } from '../helpers/fixtures.ts';

const DIR = resolve(ROOT, 'tests/.tmp/warm-rebuild');
const EVENT = join('events', '2020-06-fixture-report.mdx');
// The reproducible-builds convention: without it a build dates its undated pages by the clock.
const ENV = { SOURCE_DATE_EPOCH: '1767225600' };

function copySite(name: string): string {
  const content = join(DIR, name);
  cpSync(join(MINIMAL, 'content'), content, { recursive: true });
  const site = join(content, 'site.yaml');
  writeFileSync(site, `${readFileSync(site, 'utf8')}url: https://warm.example.org\n`);
  const raid = join(content, 'events', '2020-05-01-fixture-raid.mdx');
  writeFileSync(raid, `${readFileSync(raid, 'utf8').trimEnd()}\n\nThe outlet reported it first.<Cite id="fixture-report" />\n`);
  // Whatever an earlier run left in this folder's cache: the first build must be cold.
  rmSync(join(ROOT, 'node_modules', '.astro', cacheFolderName(content, loadSite(content).schemas)), { recursive: true, force: true });
  return content;
}

function edit(content: string) {
  const file = join(content, EVENT);
  const text = readFileSync(file, 'utf8').replace('title: Fixture report', 'title: Fixture report, revised').replace('An invented report.', 'An invented report, revised with a "quoted" word, as [the outlet](https://example.org/report) wrote.');
  writeFileSync(file, text);
  const sources = join(content, 'sources.yaml');
  writeFileSync(sources, readFileSync(sources, 'utf8').replace('date: "2020-05"\n', 'date: "2020-04"\n'));
}

function build(content: string, dist: string): RunResult {
  const result = runAstro(['build', '--outDir', dist], { CONTENT_DIR: content, ...ENV });
  if (result.code !== 0) throw new Error(`building ${content} failed (exit ${result.code}):\n${result.output}`);
  return result;
}

/** Every file under `dir`, relative to it, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile()).sort();
}

describe('a warm rebuild after editing one event', () => {
  let cold: RunResult;
  let warm: RunResult;
  const warmDist = join(DIR, 'warm-dist');
  const coldDist = join(DIR, 'cold-dist');
  beforeAll(() => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    const site = copySite('site');
    cold = build(site, warmDist);
    edit(site);
    warm = build(site, warmDist);
    const fresh = copySite('fresh');
    edit(fresh);
    build(fresh, coldDist);
  }, 600_000);

  it("formatted each page's citations once, beside the content check, in the records the pages ask for", () => {
    const citable = files(warmDist).filter((f) => /(^|\/)cite\/index\.html$/.test(f)).length;
    expect(citable).toBeGreaterThan(3);
    const early = /Citations: (\d+) pages' records sent to be formatted beside the content check/.exec(cold.output);
    expect(Number(early?.[1]), cold.output).toBe(citable);
    // A page whose record differed from the early one would have made its own.
    const made = /citations (\d+) made, (\d+) from the cache/.exec(cold.output);
    expect(Number(made?.[1]), cold.output).toBe(citable);
  });

  it('gave every page to the search index as it was rendered, not after the site was written', () => {
    const indexed = /Search index: (\d+) pages \((\d+) of them indexed while pages were rendered\)/.exec(cold.output);
    expect(Number(indexed?.[1]), cold.output).toBeGreaterThan(3);
    expect(indexed?.[2]).toBe(indexed?.[1]);
  });

  it('took the unchanged work from the cache and made the changed work again', () => {
    const line = /Work cache: checks (\d+) made, (\d+) from the cache; bodies (\d+) made, (\d+) from the cache; citations (\d+) made, (\d+) from the cache; layouts (\d+) made, (\d+) from the cache; grounds (\d+) made, (\d+) from the cache/.exec(warm.output);
    expect(line, warm.output).not.toBeNull();
    const [checksMade, checksFound, bodiesMade, bodiesFound, citationsMade, citationsFound, layoutsMade, layoutsFound, groundsMade, groundsFound] = line!.slice(1).map(Number);
    // The guard's parse of the edited body; the raid's body, which did not change, is not parsed again.
    expect(checksMade).toBeGreaterThanOrEqual(1);
    expect(checksFound).toBeGreaterThan(0);
    // The edited event's body, and the raid's, whose note names the re-dated source.
    expect(bodiesMade).toBeGreaterThanOrEqual(2);
    expect(bodiesFound).toBeGreaterThan(0);
    // The edited event's citations name its new title; every other page's are as they were.
    expect(citationsMade).toBeGreaterThanOrEqual(1);
    expect(citationsFound).toBeGreaterThan(citationsMade!);
    // The relations network's layout: the actors and their relations did not change.
    expect([layoutsMade, layoutsFound! > 0]).toEqual([0, true]);
    // Maps' grounds: no place moved, so no frame is new.
    expect([groundsMade, groundsFound! > 0]).toEqual([0, true]);
    expect(warm.output).toMatch(/Share cards: \d+ cards, [1-9]\d* drawn, [1-9]\d* from the cache/);
  });

  it('writes the same files, byte for byte, as a cold build of the edited content', () => {
    const list = files(coldDist);
    expect(list.length).toBeGreaterThan(20);
    expect(list.some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect(list.some((f) => f.startsWith('cards/'))).toBe(true);
    expect(files(warmDist)).toEqual(list);
    const differ = list.filter((f) => !readFileSync(join(warmDist, f)).equals(readFileSync(join(coldDist, f))));
    expect(differ).toEqual([]);
    expect(readFileSync(join(coldDist, 'events', '2020-06-fixture-report', 'index.html'), 'utf8')).toContain('Fixture report, revised');
  });
});
