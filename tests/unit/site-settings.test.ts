/*
 * The site's settings reach every page (url and base in every address, language in the
 * search index's file names): each is held to what it must be, in site.yaml and in the
 * environment variables that override it.
 */
import { describe, expect, it } from 'vitest';
import { basePath, languageTag, siteOrigin, siteSchema } from '../../src/lib/content/schema.ts';
import { deployment } from '../../src/lib/content/site-config.ts';

const config = siteSchema.parse({ title: 'T', description: 'D', language: 'en', base: '/explainer/' });
const ok = (schema: typeof siteOrigin, value: string) => schema.safeParse(value).success;

describe('url', () => {
  it.each(['https://explainers.example.org', 'https://explainers.example.org/', 'https://example.org:8443'])('accepts the https origin %s', (url) => {
    expect(ok(siteOrigin, url)).toBe(true);
  });
  it.each(['http://example.org', '//evil.example', 'https://user:pw@example.org', 'https://example.org/sub/', 'https://example.org/?q=1', 'https://example.org/#x', 'javascript:alert(1)', 'example.org'])('refuses %s', (url) => {
    expect(ok(siteOrigin, url)).toBe(false);
  });
});

describe('branch', () => {
  const branch = (value: string) => siteSchema.safeParse({ title: 'T', description: 'D', language: 'en', branch: value });
  it('is main when left out', () => {
    expect(config.branch).toBe('main');
  });
  it.each(['main', 'content/live', 'release-2.1', 'v1_x'])('accepts the branch %s', (value) => {
    expect(branch(value).success).toBe(true);
  });
  it.each(['', 'a b', '../main', 'main/../x', '/main', 'main/', '-x', 'x/.hidden', 'a?b', 'a#b', 'main.lock', 'ma\\in'])('refuses %j, with a hint', (value) => {
    const result = branch(value);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/not a branch name: write the branch editors change/);
  });
});

describe('base', () => {
  it.each(['/', '/explainer/', '/a/b-c_d.e~f', '/explainer'])('accepts the path %s', (base) => {
    expect(ok(basePath, base)).toBe(true);
  });
  it.each(['//evil.example', '//evil.example/', 'https://evil.example/', 'explainer/', '/a/../b/', '/./', '/a b/', '/a?x', '/a#x', '/a\\b', '/%2e%2e/', '/a//b/'])('refuses %s', (base) => {
    expect(ok(basePath, base)).toBe(false);
  });
});

describe('language', () => {
  it.each(['en', 'en-GB', 'pt-BR', 'zh-Hant-TW', 'fa'])('accepts the tag %s', (tag) => {
    expect(ok(languageTag, tag)).toBe(true);
  });
  it.each(['e', 'en/../../x', '../x', 'en_GB', 'en GB', 'x'.repeat(36), `en-${'abcdefgh-'.repeat(10)}x`, 'not-a-tag-at-all!', 'en--GB'])('refuses %s', (tag) => {
    expect(ok(languageTag, tag)).toBe(false);
  });
});

describe('the environment overrides', () => {
  it('take SITE_URL and BASE_PATH when they are valid', () => {
    expect(deployment(config, { SITE_URL: 'https://example.org', BASE_PATH: '/x' })).toEqual({ site: 'https://example.org', base: '/x/' });
  });
  it('keep site.yaml when unset or empty', () => {
    expect(deployment(config, { SITE_URL: '' })).toEqual({ site: undefined, base: '/explainer/' });
  });
  it('refuse a BASE_PATH naming another host, and say which variable', () => {
    expect(() => deployment(config, { BASE_PATH: '//evil.example' })).toThrow(/^BASE_PATH \(environment variable\): the base path '\/\/evil.example' must not contain "\/\/"/);
  });
  it('refuse a SITE_URL that is not an https origin', () => {
    expect(() => deployment(config, { SITE_URL: 'http://example.org/sub' })).toThrow(/^SITE_URL \(environment variable\): the site's url must use https/);
  });
});
