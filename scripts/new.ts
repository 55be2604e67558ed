/**
 * `npm run new`: starts a new explainer, or writes a new content file with every required
 * field, ready to fill in.
 *
 *   npm run new -- site path/to/folder [--title "Title"] [--language en]
 *   npm run new -- event "Title of the event" --date 2022-07-20 [--kind code] [--source id]… [--id slug]
 *   npm run new -- actor "Name" --kind code [--source id]… [--id id]
 *
 * `site` writes a starter content folder (and refuses a folder that is not empty). `event`
 * and `actor` write into the content folder (`CONTENT_DIR`, default `content/`), with the
 * codes of that site's vocabularies and examples taken from its own actors and sources; they
 * never overwrite a file: if the id is taken, they stop with a message and exit code 1.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, readContent } from '../src/lib/content/content-files.ts';
import { editedSite, ScaffoldError, scaffoldActor, scaffoldEvent, type EditedSite, type Scaffold } from './lib/scaffold.ts';
import { builtInMessages } from '../src/lib/i18n/catalogue.ts';
import { starterSite } from './lib/scaffold-site.ts';
import { loadSite } from '../src/lib/content/site-config.ts';

const USAGE = `usage:
  npm run new -- site path/to/folder [--title "Title of the explainer"] [--language en]
  npm run new -- event "Title of the event" --date 2022-07-20 [--kind code] [--source source-id] [--id slug]
  npm run new -- actor "Name" --kind code [--source source-id] [--id id]`;

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      kind: { type: 'string' },
      source: { type: 'string', multiple: true },
      id: { type: 'string' },
      title: { type: 'string' },
      language: { type: 'string' },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
const [type, title, ...rest] = positionals;
if (!type || !title || rest.length > 0) fail(`give a type and a folder, a quoted title or a name\n${USAGE}`);

/** Writes a file that must not exist yet; 'wx' fails if it does, even in a race. */
function writeNew(target: string, text: string): void {
  mkdirSync(dirname(target), { recursive: true });
  try {
    writeFileSync(target, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      fail(`${relative(process.cwd(), target)} already exists; nothing was written. Edit that file, or choose another id with --id`);
    }
    throw error;
  }
}

function scaffoldOrFail<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof ScaffoldError) fail(error.message);
    throw error;
  }
}

if (type === 'site') {
  const folder = resolve(title);
  const shown = relative(process.cwd(), folder) || '.';
  if (existsSync(folder) && (!statSync(folder).isDirectory() || readdirSync(folder).length > 0)) {
    fail(`${shown} is not an empty folder; nothing was written. Start a site in a new folder, so that no file of yours is replaced`);
  }
  const files = scaffoldOrFail(() => starterSite({ title: values.title, language: values.language }));
  for (const file of files) writeNew(join(folder, file.path), file.text);
  console.log(`wrote a starter site in ${shown}: ${files.map((f) => f.path).join(', ')}`);
  console.log('next: replace every TODO and example with your explainer\'s own, then');
  console.log(`  CONTENT_DIR=${shown} npm run check -- --no-types   # every problem, at once`);
  console.log(`  CONTENT_DIR=${shown} npm run dev                   # the site, live while you edit`);
  console.log(`  CONTENT_DIR=${shown} npm run build                 # the site, into dist/`);
  const language = values.language ?? 'en';
  if (builtInMessages(language) === undefined) {
    console.log(`note: the generator has no interface catalogue for '${language}': give every message in ${shown}/interface.yaml (copy the keys of src/i18n/en/ and translate them); \`npm run check\` names each one still missing`);
  }
  process.exit(0);
}

if (type !== 'event' && type !== 'actor') fail(`unknown type '${type}': write 'site', 'event' or 'actor'\n${USAGE}`);

const root = contentDir();
if (!existsSync(join(root, 'site.yaml'))) {
  fail(`${relative(process.cwd(), join(root, 'site.yaml'))} does not exist: set CONTENT_DIR to a site's content folder, or start one with \`npm run new -- site <folder>\``);
}
// The site being edited: its vocabularies, and its own actors and sources as examples.
let site: EditedSite;
try {
  site = editedSite(loadSite(root), readContent(root));
} catch (error) {
  fail(`the site's settings cannot be read (${(error as Error).message}); run \`npm run check\` to see what to fix`);
}
const sources = (values.source ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
const kindList = (codes: string[]) => codes.join(', ');

let scaffold: Scaffold;
if (type === 'event') {
  if (!values.date) fail('an event needs --date, an EDTF date as precise as the sources: 2022-07-20, 2022-06, 2022-05~');
  scaffold = scaffoldOrFail(() => scaffoldEvent({ title, date: values.date!, kind: values.kind, sources, slug: values.id }, site));
} else {
  if (!values.kind) fail(`an actor needs --kind, one of the site's actor kinds: ${kindList(site.vocabularies.actorKinds.codes)}`);
  scaffold = scaffoldOrFail(() => scaffoldActor({ name: title, kind: values.kind!, sources, id: values.id }, site));
}

const target = join(root, scaffold.path);
writeNew(target, scaffold.text);
console.log(`wrote ${relative(process.cwd(), target)}`);
console.log('next: replace every TODO with what the sources say, then run `npm run check`.');
if (type === 'event' && sources.length === 0) {
  console.log("note: the event cites no source yet; add at least one id from sources.yaml to 'sources' (or pass --source).");
}
