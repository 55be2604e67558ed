/**
 * `npm run new`: writes a new content file with every required field, ready to fill in.
 *
 *   npm run new -- event "GDI raid in Kabul" --date 2022-07-20 [--kind raid] [--source id]… [--id slug]
 *   npm run new -- actor "Name" --kind person [--source id]… [--id id]
 *
 * Writes into the content folder (`CONTENT_DIR`, default `content/`) and never overwrites
 * a file: if the id is taken, it stops with a message and exit code 1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-files.ts';
import { ScaffoldError, scaffoldActor, scaffoldEvent, type ActorKind, type EventKind, type Scaffold } from '../src/lib/scaffold.ts';
import { DEFAULT_MODEL } from '../src/lib/site-config.ts';

const ACTOR_KINDS = DEFAULT_MODEL.vocabularies.actorKinds.codes;

const USAGE = `usage:
  npm run new -- event "GDI raid in Kabul" --date 2022-07-20 [--kind raid] [--source source-id] [--id slug]
  npm run new -- actor "Name" --kind person [--source source-id] [--id id]`;

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
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
const [type, title, ...rest] = positionals;
if (!type || !title || rest.length > 0) fail(`give a type and a quoted title or name\n${USAGE}`);
const sources = (values.source ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);

let scaffold: Scaffold;
try {
  if (type === 'event') {
    if (!values.date) fail('an event needs --date, an EDTF date as precise as the sources: 2022-07-20, 2022-06, 2022-05~');
    scaffold = scaffoldEvent({ title, date: values.date, kind: values.kind as EventKind | undefined, sources, slug: values.id });
  } else if (type === 'actor') {
    if (!values.kind) fail(`an actor needs --kind, one of: ${ACTOR_KINDS.join(', ')}`);
    scaffold = scaffoldActor({ name: title, kind: values.kind as ActorKind, sources, id: values.id });
  } else {
    fail(`unknown type '${type}': write 'event' or 'actor'\n${USAGE}`);
  }
} catch (error) {
  if (error instanceof ScaffoldError) fail(error.message);
  throw error;
}

const target = join(contentDir(), scaffold.path);
const shown = relative(process.cwd(), target);
mkdirSync(dirname(target), { recursive: true });
try {
  // 'wx' fails if the file exists: an existing page is never replaced, even in a race.
  writeFileSync(target, scaffold.text, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    fail(`${shown} already exists; nothing was written. Edit that file, or choose another id with --id`);
  }
  throw error;
}
console.log(`wrote ${shown}`);
console.log('next: replace every TODO with what the sources say, then run `npm run check`.');
if (type === 'event' && sources.length === 0) {
  console.log("note: the event cites no source yet; add at least one id from sources.yaml to 'sources' (or pass --source).");
}
