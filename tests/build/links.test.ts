import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages, page } from '../helpers/dist.ts';

const pages = htmlPages();

describe('internal links', () => {
  it.each(pages)('every link and #anchor on %s resolves', (path) => {
    const $ = page(path);
    const broken: string[] = [];
    $('a[href]').each((_, a) => {
      const href = $(a).attr('href')!;
      const target = new URL(href, `http://site.invalid${path}`);
      if (target.origin !== 'http://site.invalid') return;
      if (!fileFor(target.pathname)) {
        broken.push(`${href} (no page)`);
        return;
      }
      const id = decodeURIComponent(target.hash.slice(1));
      if (id && page(target.pathname)(`[id="${id}"]`).length === 0) broken.push(`${href} (no #${id})`);
    });
    expect(broken).toEqual([]);
  });
});
