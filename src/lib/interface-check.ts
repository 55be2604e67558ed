/**
 * Checks a site's interface messages before anything is built: `interface.yaml` may only
 * hold catalogue keys (a misspelt key would silently change nothing), each a string that is
 * valid ICU MessageFormat; and a site written in a language the generator has no catalogue
 * for must give every message there, or its pages would have holes. `validate.ts` runs this,
 * so `npm run check` and the build report the same problems.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { LocatedData } from './content-files.ts';
import { builtInMessages, REFERENCE_KEYS } from './i18n/catalogue.ts';
import type { Severity } from './problems.ts';
import { didYouMean } from './suggest.ts';

/** Where a problem is and what it says; validate.ts turns it into a Problem with line and column. */
export interface InterfaceFinding {
  where: LocatedData;
  path: string[];
  message: string;
  severity: Severity;
}

const HINT = 'copy the English message from src/i18n/en/ (one file there per part of the interface) and translate it';

/**
 * The problems of a site's interface messages. `site` is site.yaml (for its `language`),
 * `messages` the parsed interface.yaml if the folder has one.
 */
export function checkInterface(language: string, site: LocatedData, messages: LocatedData | undefined): InterfaceFinding[] {
  const findings: InterfaceFinding[] = [];
  const known = new Set(REFERENCE_KEYS);
  const data = messages?.data;
  let given: Record<string, unknown> = {};
  if (messages && data !== null && data !== undefined) {
    if (typeof data !== 'object' || Array.isArray(data)) {
      findings.push({ where: messages, path: [], message: 'interface.yaml must map message keys to messages (key: "message"), as in src/i18n/en/', severity: 'error' });
    } else {
      given = data as Record<string, unknown>;
    }
  }
  for (const [key, value] of Object.entries(given)) {
    if (!known.has(key)) {
      findings.push({ where: messages!, path: [key], message: `'${key}' is not a message of the interface catalogue${didYouMean(key, REFERENCE_KEYS)}; the keys are those of src/i18n/en/`, severity: 'error' });
      continue;
    }
    if (typeof value !== 'string') {
      findings.push({ where: messages!, path: [key], message: `the message '${key}' must be text, not ${value === null ? 'empty' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `a ${typeof value}`}${typeof value === 'number' || typeof value === 'boolean' || value instanceof Date ? '; put it in quotes' : ''}`, severity: 'error' });
      continue;
    }
    try {
      new IntlMessageFormat(value, language, undefined, { ignoreTag: true });
    } catch (error) {
      findings.push({ where: messages!, path: [key], message: `the message '${key}' is not valid ICU MessageFormat (${(error as Error).message}); write placeholders as {name} and plurals as {count, plural, one {…} other {…}}`, severity: 'error' });
    }
  }
  if (builtInMessages(language) === undefined) {
    // No catalogue for this language: interface.yaml must give every message.
    const missing = REFERENCE_KEYS.filter((key) => typeof given[key] !== 'string');
    for (const key of missing) {
      findings.push(messages
        ? { where: messages, path: [], message: `the generator has no interface catalogue for '${language}', so interface.yaml must give the message '${key}': ${HINT}`, severity: 'error' }
        : { where: site, path: ['language'], message: `the generator has no interface catalogue for '${language}': add interface.yaml to the content folder with the message '${key}' (and every other): ${HINT}`, severity: 'error' });
    }
  }
  return findings;
}
