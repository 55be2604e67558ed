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

const require = createRequire(import.meta.url);

/** Style names as registered with citation-js. */
export const STYLES = {
  apa: 'apa',
  mla: 'mla-9',
  chicago: 'chicago-note-bibliography-17',
} as const;

export type Style = (typeof STYLES)[keyof typeof STYLES];

interface CslConfig {
  styles: { add(name: string, xml: string): void; has(name: string): boolean; get(name: string): string };
  locales: { get(lang: string): string | undefined; list(): string[] };
}

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
    if (!config.styles.has(STYLES.mla)) config.styles.add(STYLES.mla, await mlaStyle());
    if (!config.styles.has(STYLES.chicago)) config.styles.add(STYLES.chicago, chicagoStyle());
  })();
  return registering;
}

/**
 * The CSL locale citations are written in (the words citeproc adds: "Retrieved", month
 * names): the site's language if a locale for it is installed (the exact tag, else one of its
 * primary language: fr → fr-FR), else American English, the styles' own. The installed
 * packages ship only en-US, de-DE, es-ES, fr-FR and nl-NL; nothing is downloaded.
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
