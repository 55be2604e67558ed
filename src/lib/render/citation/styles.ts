/**
 * The CSL styles the site cites in, registered once with citation-js. APA 7 ships with
 * `@citation-js/plugin-csl`; Chicago 17 (notes and bibliography) and MLA 9 come from npm
 * packages, read from node_modules at build time so that nothing is fetched over the network.
 *
 * Why these packages: no npm package ships the CSL project's MLA 9 style on its own;
 * `rehype-citation` bundles it as `dist/node/styles/mla.js` (not an exported subpath, so it is
 * imported by file URL). `@citation/csl-style-chicago-note-bibliography` holds the CSL
 * project's Chicago 17th edition note style. The styles are CC BY-SA 3.0 (citationstyles.org).
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import faIR from './locales/fa-IR.ts';
import ruRU from './locales/ru-RU.ts';
import type { StyleFamily } from './style-record.ts';

const require = createRequire(import.meta.url);

/** The CSL style of each style family (cite-formats.ts names the family), as registered with citation-js. */
export const STYLES = {
  apa: 'apa',
  mla: 'mla-9',
  chicago: 'chicago-note-bibliography-17',
} as const satisfies Record<StyleFamily, string>;

export type Style = (typeof STYLES)[keyof typeof STYLES];

interface CslConfig {
  styles: { add(name: string, xml: string): void; has(name: string): boolean; get(name: string): string };
  locales: { add(lang: string, xml: string): void; has(lang: string): boolean; get(lang: string): string | undefined; list(): string[] };
}

/**
 * CSL locales of the languages the generator ships an interface catalogue for, beyond those
 * citation-js brings (en-US, de-DE, es-ES, fr-FR, nl-NL): the CSL project's own files, so
 * that a Russian or Persian site's citations say "Дата обращения" or "دسترسی" in its language.
 */
const LOCALES: Record<string, string> = { 'ru-RU': ruRU, 'fa-IR': faIR };

/** citation-js's registry of CSL styles and locales (APA and the locales ship with it). */
export const cslConfig = () => plugins.config.get('@csl') as CslConfig;

async function mlaStyle(): Promise<string> {
  const entry = require.resolve('rehype-citation');
  const module = (await import(/* @vite-ignore */ pathToFileURL(join(dirname(entry), 'styles/mla.js')).href)) as { default: string };
  return module.default;
}

function chicagoStyle(): string {
  const info = require('@citation/csl-style-chicago-note-bibliography/info.json') as { content: string };
  // citeproc-js's XML reader in Node rejects the whitespace between elements of this file.
  return info.content.replace(/>\s+</g, '><');
}

let registering: Promise<void> | undefined;

/** Registers the styles with citation-js once per process. */
export function registerStyles(): Promise<void> {
  registering ??= (async () => {
    const config = cslConfig();
    for (const [lang, xml] of Object.entries(LOCALES)) if (!config.locales.has(lang)) config.locales.add(lang, xml);
    if (!config.styles.has(STYLES.mla)) config.styles.add(STYLES.mla, await mlaStyle());
    if (!config.styles.has(STYLES.chicago)) config.styles.add(STYLES.chicago, chicagoStyle());
  })();
  return registering;
}

/**
 * The CSL locale citations are written in (the words citeproc adds: "Retrieved", month
 * names): the site's language if a locale for it is installed (the exact tag, else one of its
 * primary language: fr → fr-FR), else American English, the styles' own. citation-js ships
 * en-US, de-DE, es-ES, fr-FR and nl-NL, and LOCALES above adds ru-RU and fa-IR; nothing is
 * downloaded.
 */
export function cslLocale(language: string | undefined, available: readonly string[]): string {
  if (!language) return 'en-US';
  const lower = language.toLowerCase();
  const exact = available.find((tag) => tag.toLowerCase() === lower);
  if (exact) return exact;
  const primary = lower.split('-')[0]!;
  // English keeps en-US: it is the locale the styles are written for.
  if (primary === 'en') return 'en-US';
  return available.find((tag) => tag.toLowerCase().split('-')[0] === primary) ?? 'en-US';
}
