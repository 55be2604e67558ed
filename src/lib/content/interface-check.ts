/**
 * Checks a site's interface messages before anything is built: `interface.yaml` may only
 * hold catalogue keys (a misspelt key would silently change nothing), each a string that is
 * valid ICU MessageFormat; and a site written in a language the generator has no catalogue
 * for must give every message there, or its pages would have holes. `validate.ts` runs this,
 * so `npm run check` and the build report the same problems.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { LocatedData } from './content-files.ts';
import { builtInMessages, CATALOGUES, REFERENCE_KEYS } from '../i18n/catalogue.ts';
import type { Severity } from './problems.ts';
import { didYouMean } from './suggest.ts';

/** Where a problem is and what it says; validate.ts turns it into a Problem with line and column. */
export interface InterfaceFinding {
  where: LocatedData;
  path: string[];
  message: string;
  severity: Severity;
}

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

/** The names of the arguments a parsed message uses (`{count}`, `{count, plural, …}`), nested ones included. */
function argumentNames(elements: Element[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (intl-messageformat's AST types).
    if (element.type >= 1 && element.type <= 6 && element.value) into.add(element.value);
    for (const option of Object.values(element.options ?? {})) argumentNames(option.value, into);
  }
  return into;
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
    let used: Set<string>;
    try {
      used = argumentNames(new IntlMessageFormat(value, language, undefined, { ignoreTag: true }).getAst() as unknown as Element[]);
    } catch (error) {
      findings.push({ where: messages!, path: [key], message: `the message '${key}' is not valid ICU MessageFormat (${(error as Error).message}); write placeholders as {name} and plurals as {count, plural, one {…} other {…}}`, severity: 'error' });
      continue;
    }
    // The page gives a message exactly the values English's takes: any other placeholder
    // would fail the build as it formats; one left out is allowed but likely a slip.
    const given = argumentNames(new IntlMessageFormat(CATALOGUES.en![key]!, 'en', undefined, { ignoreTag: true }).getAst() as unknown as Element[]);
    const list = (names: Iterable<string>) => [...names].map((n) => `{${n}}`).join(', ');
    const unknown = [...used].filter((name) => !given.has(name));
    if (unknown.length > 0) {
      findings.push({ where: messages!, path: [key], message: `the message '${key}' uses ${list(unknown)}, which it is never given; it may use ${list(given) || 'no placeholder'}`, severity: 'error' });
    }
    const unused = [...given].filter((name) => !used.has(name));
    if (unused.length > 0) {
      findings.push({ where: messages!, path: [key], message: `the message '${key}' leaves out ${list(unused)}, which English shows; check that nothing the reader needs is lost`, severity: 'warning' });
    }
  }
  const builtIn = builtInMessages(language);
  if (builtIn !== undefined) {
    // The generator's own catalogue may lack a message English has (a key added without its
    // translation): the build would fail formatting it, so check says so first, naming it.
    for (const key of REFERENCE_KEYS.filter((k) => typeof builtIn[k] !== 'string' && typeof given[k] !== 'string')) {
      findings.push({ where: messages ?? site, path: messages ? [] : ['language'], message: `the generator's interface catalogue for '${language}' has no message '${key}': add it to src/i18n/${language.toLowerCase().split('-')[0]}/ (translate English's), or give it in interface.yaml`, severity: 'error' });
    }
  } else {
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
