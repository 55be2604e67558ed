/*
 * Share cards on fixture builds with a `url`: every page names a 1200×630 PNG as its
 * og:image with its size, alternative and the large Twitter card; each file is there, pages
 * differ in their cards, a right-to-left site gets cards too, and a rebuild draws nothing
 * whose inputs did not change. A site without a `url` has no og:image at all.
 */
import { isFindablePage } from '../../src/lib/render/findable.ts';
import { load } from 'cheerio';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../src/lib/figures/cards/png.ts';
import { runAstro } from '../helpers/astro.ts';
import { htmlPages } from '../helpers/dist.ts';
import { fixtureBuild, type FixtureBuild } from '../helpers/fixture-builds.ts';
import { MINIMAL } from '../helpers/fixtures.ts';
import { languageBuild } from '../helpers/language-builds.ts';

const ORIGIN = 'https://cards.example.org';
/** "A test raid (Fixture) in an invented town, and the statement that followed it a week later". */
const PERSIAN_TITLE = 'یورش آزمایشی (Fixture) در شهری ساختگی، و بیانیه‌ای که یک هفته پس از آن منتشر شد';

function cardsBuild(language: 'en' | 'fa'): FixtureBuild {
  return fixtureBuild(`share-cards-${language}`, join(MINIMAL, 'content'), {
    edit: {
      key: `cards ${language} ${language === 'fa' ? PERSIAN_TITLE : ''}`,
      apply: (content) => {
        const file = join(content, 'site.yaml');
        const yaml = readFileSync(file, 'utf8').replace(/^language: .*$/m, `language: ${language}`);
        writeFileSync(file, `${yaml}\nurl: ${ORIGIN}\n`);
        // A Persian title with a Latin word and brackets in it, long enough to wrap: the
        // card shapes, orders and wraps it as the page does.
        if (language === 'fa') {
          const event = join(content, 'events', '2020-05-01-fixture-raid.mdx');
          writeFileSync(event, readFileSync(event, 'utf8').replace(/^title: .*$/m, `title: "${PERSIAN_TITLE}"`));
        }
      },
    },
  });
}

interface PageCard {
  path: string;
  image?: string;
  alt?: string;
  width?: string;
  height?: string;
  twitter?: string;
}

function cardsOf(dist: string): PageCard[] {
  return htmlPages(dist)
    .map((path) => ({ path, html: readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8') }))
    // Redirect pages (a renamed entry's old address) are no pages of their own, and embeds are
    // parts of pages for other sites' frames: neither is a page anybody shares.
    .filter(({ path, html }) => isFindablePage(path) && !/http-equiv="refresh"/i.test(html))
    .map(({ path, html }) => {
      const $ = load(html);
      const meta = (property: string) => $(`meta[property="${property}"]`).attr('content');
      return { path, image: meta('og:image'), alt: meta('og:image:alt'), width: meta('og:image:width'), height: meta('og:image:height'), twitter: $('meta[name="twitter:card"]').attr('content') };
    });
}

/** The file in dist/ an absolute card address names. */
const fileOf = (dist: string, image: string) => join(dist, new URL(image).pathname);

describe.each(['en', 'fa'] as const)('share cards of the minimal fixture in %s', (language) => {
  let build: FixtureBuild;
  let pages: PageCard[];
  beforeAll(() => {
    build = cardsBuild(language);
    pages = cardsOf(build.dist);
  });

  it('give every page an og:image with its alternative, size and the large Twitter card', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      expect(page.image, page.path).toMatch(new RegExp(`^${ORIGIN}/cards/[0-9a-f]{24}\\.png$`));
      expect(page.alt, page.path).toBeTruthy();
      expect([page.width, page.height, page.twitter], page.path).toEqual(['1200', '630', 'summary_large_image']);
    }
  });

  it('write each card as a 1200×630 PNG', () => {
    for (const page of pages) {
      const file = fileOf(build.dist, page.image!);
      expect(existsSync(file), page.path).toBe(true);
      expect(pngSize(readFileSync(file)), page.path).toEqual({ width: 1200, height: 630 });
    }
  });

  it('give different pages different cards', () => {
    // Entries' pages, not the lists of a year (/events/2020/) or a letter (/actors/b/).
    const events = pages.filter((p) => /^\/events\/(?!\d{4}\/)[^/]+\/$/.test(p.path));
    const actors = pages.filter((p) => /^\/actors\/[^/]{2,}\/$/.test(p.path));
    expect(events.length).toBeGreaterThan(1);
    expect(actors.length).toBeGreaterThan(1);
    const distinct = new Set(pages.map((p) => p.image));
    // Pages of one title (none in this fixture) would share one card; here every page differs.
    expect(distinct.size).toBe(pages.length);
    const bytes = new Set(events.concat(actors).map((p) => readFileSync(fileOf(build.dist, p.image!)).toString('base64')));
    expect(bytes.size).toBe(events.length + actors.length);
  });

  it('say the page title in the alternative, in the site language', () => {
    const event = pages.find((p) => /^\/events\/(?!\d{4}\/)[^/]+\/$/.test(p.path))!;
    const $ = load(readFileSync(join(build.dist, event.path, 'index.html'), 'utf8'));
    expect(event.alt).toContain($('meta[property="og:title"]').attr('content'));
    if (language === 'fa') expect(event.alt).toContain(`${PERSIAN_TITLE}، `);
  });

  it('draw nothing again on a rebuild whose pages did not change', () => {
    const warm = join(build.dir, 'dist-warm');
    rmSync(warm, { recursive: true, force: true });
    const result = runAstro(['build', '--outDir', warm], { CONTENT_DIR: build.content });
    expect(result.code, result.output).toBe(0);
    const line = result.output.match(/Share cards: (\d+) cards, (\d+) drawn, (\d+) from the cache/);
    expect(line, result.output).not.toBeNull();
    expect(Number(line![2])).toBe(0);
    expect(Number(line![3])).toBe(new Set(pages.map((p) => p.image)).size);
    expect(readdirSync(join(warm, 'cards')).sort()).toEqual(readdirSync(join(build.dist, 'cards')).sort());
  });
});

describe('a site without a url', () => {
  it('names no og:image and writes no cards', () => {
    const build = languageBuild('ru');
    const pages = cardsOf(build.dist);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      expect(page.image, page.path).toBeUndefined();
      expect(page.twitter, page.path).toBeUndefined();
    }
    expect(existsSync(join(build.dist, 'cards'))).toBe(false);
  });
});
