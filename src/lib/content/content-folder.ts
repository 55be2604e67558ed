/**
 * The files of a content folder: which ones a build needs, and which ones it would pass over
 * without a word. Astro's loaders read only `actors/*.mdx`, `events/*.mdx`, `pages/*.mdx`,
 * `sources.yaml` and `site.yaml`; an editor who writes `events/raid.md`, `events/2022/x.mdx`
 * or `site.yml` would see the entry or setting silently missing from the site. `check` and
 * the build (which runs the same checks) report each such file with what to do instead.
 *
 * What the build needs was found by building folders without each file: without `site.yaml`
 * there are no settings to build with, without `pages/index.mdx` the home page fails to
 * render, and without `sources.yaml` Astro's file loader logs an error (and an explainer whose
 * events cite nothing is not one this generator makes: every event needs a source).
 */
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Problem, Severity } from './problems.ts';
import { closest } from './suggest.ts';

/** The folders of entries, one `.mdx` per entry directly inside. */
export const ENTRY_FOLDERS = ['actors', 'events', 'pages'] as const;

/** Files a build cannot do without, each with what it holds. */
export const REQUIRED_FILES: readonly { path: string; hint: string }[] = [
  { path: 'site.yaml', hint: "the site's settings (title, description, language, …)" },
  { path: 'sources.yaml', hint: 'the list of sources that actors and events cite, each starting with "- id: ..."' },
  { path: 'pages/index.mdx', hint: "the home page's introduction (frontmatter with title and summary, then prose)" },
];

/** Top-level files the generator reads when they are there; a new one must be added here, or check reports it. */
export const OPTIONAL_FILES = ['interface.yaml', 'published-urls.txt'] as const;

/** The folder of the site's JSON Schemas, which `npm run schema` writes for editors. */
export const SCHEMA_DIR = 'schemas';

/** Pages go through @astrojs/mdx, which serves images given next to the page; these are not ignored. */
const PAGE_ASSETS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg']);

/** What an editor most likely meant a file to be: text that reads as an entry. */
const ENTRY_LIKE = new Set(['.mdx', '.md', '.markdown']);

const START_HINT = '`npm run new -- site <folder>` writes a starter site with one of each to copy from';

/** Dot-files (.gitkeep, .DS_Store, .git) belong to tools, not to the site. */
const hidden = (name: string) => name.startsWith('.');

function entries(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true }).filter((d) => !hidden(d.name) && !d.isSymbolicLink()).sort((a, b) => a.name.localeCompare(b.name));
}

/*
 * A symbolic link in the content folder is refused wherever it is: it can point outside the
 * folder (at any file of the machine that builds the site), and the loaders would follow it
 * where this check reads nothing, so a linked entry would be published unchecked.
 */
function symlinksUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => !hidden(d.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => {
      const path = prefix ? `${prefix}/${d.name}` : d.name;
      if (d.isSymbolicLink()) return [path];
      return d.isDirectory() ? symlinksUnder(join(dir, d.name), path) : [];
    });
}

/** Every non-hidden file under `dir`, as paths relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return entries(dir).flatMap((d) => {
    const path = prefix ? `${prefix}/${d.name}` : d.name;
    return d.isDirectory() ? filesUnder(join(dir, d.name), path) : [path];
  });
}

/**
 * Problems with the set of files in `root`: required files missing, and files the build would
 * ignore. Paths are given relative to `cwd`, as every other problem is.
 */
export function fileSetProblems(root: string, cwd: string = process.cwd()): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, message: string, severity: Severity = 'error') =>
    problems.push({ file: relative(cwd, join(root, path)), line: 1, column: 1, field: '(file)', message, severity });

  if (!existsSync(root) || !statSync(root).isDirectory()) {
    report('', `the content folder '${relative(cwd, root) || '.'}' does not exist: set CONTENT_DIR to the folder holding site.yaml; ${START_HINT}`);
    return problems;
  }

  for (const path of symlinksUnder(root)) {
    report(path, `'${path}' is a symbolic link: content files must be real files inside the content folder, which the build checks before it reads them; put the file itself here (copy it) instead of a link`);
  }

  for (const { path, hint } of REQUIRED_FILES) {
    if (!existsSync(join(root, path))) report(path, `this file is missing: the build needs ${path}, ${hint}; ${START_HINT}`);
  }

  const known = new Set<string>([...ENTRY_FOLDERS, ...REQUIRED_FILES.map((f) => f.path).filter((p) => !p.includes('/')), ...OPTIONAL_FILES, SCHEMA_DIR]);
  for (const d of entries(root)) {
    const name = d.name;
    if ((ENTRY_FOLDERS as readonly string[]).includes(name)) {
      if (d.isDirectory()) entryFolderProblems(root, name, report);
      else report(name, `'${name}' must be a folder holding one .mdx file per entry`);
      continue;
    }
    if (name === SCHEMA_DIR) {
      if (!d.isDirectory()) report(name, `'${name}' must be the folder of JSON Schemas that \`npm run schema\` writes`);
      continue;
    }
    if (known.has(name)) {
      if (d.isDirectory()) report(name, `'${name}' must be a file, not a folder`);
      continue;
    }
    const near = closest(name, known);
    const meant = near ? ` (did you mean '${near}'?)` : '';
    // A misspelled name of the site's own (site.yml, event/) or a folder of entries was meant
    // to be read, and the site would lack it: an error. Anything else is only in the way.
    const meantAsContent = near !== undefined || (d.isDirectory() && filesUnder(join(root, name)).some((f) => ENTRY_LIKE.has(extname(f).toLowerCase())));
    report(
      name,
      `the build does not read '${name}'${meant}: a content folder holds ${[...known].join(', ')}; ${near ? `rename it to '${near}'` : 'move it out of the content folder'}`,
      meantAsContent ? 'error' : 'warning',
    );
  }
  return problems;
}

function entryFolderProblems(root: string, folder: string, report: (path: string, message: string, severity?: Severity) => void) {
  for (const d of entries(join(root, folder))) {
    const path = `${folder}/${d.name}`;
    if (d.isDirectory()) {
      for (const file of filesUnder(join(root, path))) {
        const ext = extname(file).toLowerCase();
        if (folder === 'pages' && PAGE_ASSETS.has(ext)) continue;
        const name = file.split('/').pop()!;
        report(
          `${path}/${file}`,
          `the build does not read files in subfolders of ${folder}/: every entry is one file directly in ${folder}/, its name the id; move it to ${folder}/${name}`,
          ENTRY_LIKE.has(ext) ? 'error' : 'warning',
        );
      }
      continue;
    }
    const ext = extname(d.name);
    if (ext === '.mdx') continue;
    const stem = d.name.slice(0, d.name.length - ext.length);
    if (ENTRY_LIKE.has(ext.toLowerCase())) {
      report(path, `the build reads only files ending in '.mdx' (lower case): rename it to ${folder}/${stem.toLowerCase()}.mdx`);
    } else if (!(folder === 'pages' && PAGE_ASSETS.has(ext.toLowerCase()))) {
      report(path, `the build does not read '${d.name}': ${folder}/ holds one .mdx file per entry; move it out of the content folder`, 'warning');
    }
  }
}
