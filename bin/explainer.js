#!/usr/bin/env node
/**
 * The generator's command for a site that installs it: `explainer new …` and `explainer
 * check …` are `npm run new` and `npm run check` of this repository, run in the site's folder
 * (its `content/`, or CONTENT_DIR). JavaScript, not TypeScript: in a copy of the package
 * inside node_modules Node strips no types, and this file is what npm links as the command.
 * There it runs the scripts `npm pack` compiled beside their sources (scripts/pack.ts); in
 * this repository and in an install by path (a link out of node_modules), the sources.
 */
const COMMANDS = { new: '../scripts/new', check: '../scripts/check' };

const command = process.argv[2];
const script = command === undefined ? undefined : COMMANDS[command];
if (!script) {
  console.error(`usage: explainer <${Object.keys(COMMANDS).join('|')}> [options]${command ? ` (no command "${command}")` : ''}`);
  process.exit(1);
}
const compiled = import.meta.url.includes('/node_modules/');
// The script reads its own options from argv, as it does when npm runs it.
process.argv.splice(2, 1);
await import(new URL(`${script}.${compiled ? 'js' : 'ts'}`, import.meta.url).href);
