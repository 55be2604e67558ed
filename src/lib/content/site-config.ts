/**
 * The site's own settings and model, from the content folder (nothing site-specific lives
 * in src/): `site.yaml` gives the settings and the vocabularies, `interface.yaml` (optional)
 * the site's own interface messages; the catalogue of its language fills in the rest.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { contentDir } from './content-files.ts';
import { catalogueFor, siteMessages, type Catalogue, type Messages } from '../i18n/catalogue.ts';
import { createTranslator, type Translator } from '../i18n/translator.ts';
import { resolveVocabularies, type Vocabularies } from '../model/vocabularies.ts';
import { basePath, schemasFor, siteOrigin, siteSchema, type ContentSchemas, type SiteConfig } from './schema.ts';

/** Reads and validates `site.yaml`; `validate.ts` reports its problems in full before the build. */
export function loadSiteConfig(dir: string = contentDir()): SiteConfig {
  const path = join(dir, 'site.yaml');
  const result = siteSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    throw new Error(`${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return result.data;
}

/** The file of a content folder holding the site's own interface messages. */
export const INTERFACE_FILE = 'interface.yaml';

/** The site's interface messages (`interface.yaml`), or none; `validate.ts` reports a malformed file. */
export function loadInterfaceMessages(dir: string = contentDir()): Messages {
  const path = join(dir, INTERFACE_FILE);
  if (!existsSync(path)) return {};
  return siteMessages(parse(readFileSync(path, 'utf8')));
}

/** Everything a build knows about the site before it reads an entry. */
export interface SiteModel {
  config: SiteConfig;
  catalogue: Catalogue;
  vocabularies: Vocabularies;
  schemas: ContentSchemas;
  i18n: Translator;
}

/** The site model of settings already read: the same resolution for check, build and tests. */
export function siteModel(config: SiteConfig, messages: Messages = {}): SiteModel {
  const catalogue = catalogueFor(config.language, messages);
  const vocabularies = resolveVocabularies(config.vocabularies, catalogue);
  return { config, catalogue, vocabularies, schemas: schemasFor(vocabularies), i18n: createTranslator(catalogue, { countryNames: config.places.countryNames }) };
}

/** The model of a site that declares nothing: the generator's default vocabularies, in English. */
export const DEFAULT_MODEL = siteModel(siteSchema.parse({ title: '-', description: '-', language: 'en' }));

const models = new Map<string, SiteModel>();

/** The site model of a content folder, read once per process. */
export function loadSite(dir: string = contentDir()): SiteModel {
  let model = models.get(dir);
  if (!model) {
    model = siteModel(loadSiteConfig(dir), loadInterfaceMessages(dir));
    models.set(dir, model);
  }
  return model;
}

/**
 * The name of a content folder's cache folder (under node_modules/.astro/): one per content
 * folder and per content model, so that building another explainer (CONTENT_DIR) never sees
 * the entries or the work of the last one, and entries parsed with other schemas are parsed
 * again. The build, the bench and the tests that need a cold build derive it here.
 */
export function cacheFolderName(root: string, schemas: ContentSchemas): string {
  const shape = Object.values(schemas).map((schema) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
  return createHash('sha1').update(root).update(JSON.stringify(shape)).digest('hex').slice(0, 12);
}

/** A deployment setting from the environment that the site's own rules refuse. */
export class DeploymentError extends Error {
  override name = 'DeploymentError';
}

/**
 * The deployment settings: environment variables override site.yaml, as hosts expect. An
 * override is held to the rules of the setting it replaces (schema.ts): a host's BASE_PATH
 * is written into every script address just as site.yaml's `base` is.
 */
export function deployment(config: SiteConfig, env: Record<string, string | undefined> = process.env) {
  const problem = overrideProblems(env)[0];
  if (problem) throw new DeploymentError(`${problem.name} (environment variable): ${problem.message}`);
  const base = env.BASE_PATH || config.base;
  return {
    site: env.SITE_URL || config.url,
    base: base.endsWith('/') ? base : `${base}/`,
  };
}

/** The environment overrides of the settings that break their rules; an empty one is unset. */
export function overrideProblems(env: Record<string, string | undefined> = process.env): { name: 'SITE_URL' | 'BASE_PATH'; message: string }[] {
  const rules = [['SITE_URL', siteOrigin], ['BASE_PATH', basePath]] as const;
  return rules.flatMap(([name, schema]) => {
    const value = env[name];
    if (value === undefined || value === '') return [];
    const result = schema.safeParse(value);
    return result.success ? [] : [{ name, message: result.error.issues.map((i) => i.message).join('; ') }];
  });
}
