import { describe, expect, it } from 'vitest';
import { distFilesFor, sitePathFor } from '../../src/lib/render/dist-paths.ts';

describe('site paths and the files of dist/', () => {
  it('serves a folder address by its index.html and any other file by its name', () => {
    expect(sitePathFor('index.html')).toBe('/');
    expect(sitePathFor('events/2020-05-01-raid/index.html')).toBe('/events/2020-05-01-raid/');
    expect(sitePathFor('events\\2020-05-01-raid\\index.html')).toBe('/events/2020-05-01-raid/');
    expect(sitePathFor('data/events.csv')).toBe('/data/events.csv');
    expect(sitePathFor('404.html')).toBe('/404.html');
    expect(sitePathFor('notindex.html')).toBe('/notindex.html');
  });

  it('finds the files a static host would try for an address, with or without its leading slash', () => {
    expect(distFilesFor('/')).toEqual(['index.html']);
    expect(distFilesFor('')).toEqual(['index.html']);
    expect(distFilesFor('/actors/a/')).toEqual(['actors/a/index.html']);
    expect(distFilesFor('actors/a/')).toEqual(['actors/a/index.html']);
    expect(distFilesFor('/actors/a')).toEqual(['actors/a', 'actors/a/index.html']);
  });

  it('maps back: the first file tried for the path of a page is the page', () => {
    for (const file of ['index.html', 'actors/a/index.html', 'data/events.json', '404.html']) expect(distFilesFor(sitePathFor(file))[0]).toBe(file);
  });
});
