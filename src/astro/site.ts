/**
 * The site as the integration read it (src/integration.ts), for routes, components and the
 * content config: the content folder and the site model (settings, vocabularies, interface),
 * resolved from the settings the integration already read and checked, without reading a
 * file again.
 */
import config from 'virtual:explainer/config';
import { siteMessages } from '../lib/i18n/catalogue.ts';
import { siteSchema } from '../lib/content/schema.ts';
import { siteModel, type SiteModel } from '../lib/content/site-config.ts';

/** Absolute path of the content folder. */
export const contentRoot: string = config.root;

/** The site model: settings, vocabularies and the interface in the site's language. */
export const siteSettings: SiteModel = siteModel(siteSchema.parse(config.site), siteMessages(config.messages));
