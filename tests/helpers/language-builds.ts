/**
 * The minimal fixture built in another language (`ru`, `fa`), with `language` set in its
 * site.yaml; one build per language, shared by the build tests and the browser tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureBuild, type FixtureBuild } from './fixture-builds.ts';
import { MINIMAL } from './fixtures.ts';

/** The languages the generator ships a catalogue for, besides English, built by these tests. */
export const BUILT_LANGUAGES = ['ru', 'fa'] as const;

export type LanguageBuild = FixtureBuild;

/** Builds (or reuses) the minimal fixture in `language`; throws with Astro's output if the build fails. */
export function languageBuild(language: string): LanguageBuild {
  return fixtureBuild(`language-${language}`, join(MINIMAL, 'content'), {
    edit: {
      key: language,
      apply: (content) => {
        const siteFile = join(content, 'site.yaml');
        writeFileSync(siteFile, readFileSync(siteFile, 'utf8').replace(/^language: .*$/m, `language: ${language}`));
      },
    },
  });
}
