#!/usr/bin/env node
/**
 * The generator's command for a site that installs it: `explainer new …` and `explainer
 * check …` are `npm run new` and `npm run check` of this repository, run in the site's folder
 * (its `content/`, or CONTENT_DIR).
 */
const COMMANDS: Record<string, string> = {
  new: '../scripts/new.ts',
  check: '../scripts/check.ts',
};

const command = process.argv[2];
const script = command === undefined ? undefined : COMMANDS[command];
if (!script) {
  console.error(`usage: explainer <${Object.keys(COMMANDS).join('|')}> [options]${command ? ` (no command "${command}")` : ''}`);
  process.exit(1);
}
// The script reads its own options from argv, as it does when npm runs it.
process.argv.splice(2, 1);
await import(script);

export {};
