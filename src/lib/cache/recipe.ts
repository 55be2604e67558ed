/**
 * What a cached piece of work was made with besides its own inputs: the source of the modules
 * that make it and the versions of the packages they use. Every cache of the build (share
 * cards, rendered bodies, citations) puts its recipe into every key (key.ts), so changing or
 * upgrading any of them makes every entry of that cache again: a cache never serves work done
 * by other code.
 *
 * A recipe starts from the modules that do the work and follows their imports: a relative one
 * adds that file's bytes (and its own imports), a package adds its name and version and those of
 * the packages it depends on, as installed. Nothing outside what the modules reach counts, so a
 * change to a page template leaves the bodies' cache as it is.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every module specifier a source file names: static and dynamic imports, re-exports,
 * `require`, `import.meta.resolve`. An `import type` names nothing that runs.
 */
export function specifiers(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\b(?:import|export)\s+(?!type\s)[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire(?:\.resolve)?\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\.meta\.resolve\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.add(match[1]!);
  return [...found].sort();
}

/** The package a bare specifier names: `@scope/name` or `name`, without a deeper path. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

interface Manifest {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
}

/** The folder of package `name` as Node finds it from `dir`: the nearest node_modules/<name> upwards. */
function packageDir(name: string, dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(at) === at) return undefined;
  }
}

/** `name@version` of a package found from `dir` and of every package it depends on, as installed. */
function packageVersions(name: string, dir: string, into: Map<string, string>) {
  const found = packageDir(name, dir);
  const key = found ?? `${name} (not installed)`;
  if (into.has(key)) return;
  if (!found) return void into.set(key, `${name}@-`);
  const manifest = JSON.parse(readFileSync(join(found, 'package.json'), 'utf8')) as Manifest;
  into.set(key, `${name}@${manifest.version ?? ''}`);
  for (const dependency of Object.keys(manifest.dependencies ?? {}).sort()) packageVersions(dependency, found, into);
}

export interface RecipeParts {
  /** The modules that do the work (absolute paths or file URLs); their imports are followed. */
  modules: readonly (string | URL)[];
  /** Packages the modules reach in a way no specifier shows (a file read by path). */
  packages?: readonly string[];
  /** Anything else the work depends on, as bytes or text (font files, a template's version). */
  extra?: readonly (string | Uint8Array)[];
}

/** The digest of what the modules of `parts` are made of; the same source and installs give the same digest. */
export function recipe(parts: RecipeParts): string {
  const files = new Map<string, Buffer>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const bytes = readFileSync(file);
    files.set(file, bytes);
    for (const specifier of specifiers(bytes.toString('utf8'))) {
      if (specifier.startsWith('node:') || specifier.startsWith('#') || specifier.startsWith('virtual:') || specifier.startsWith('astro:')) continue;
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier);
        if (existsSync(target)) visit(target);
      } else packageVersions(packageName(specifier), dirname(file), packages);
    }
  };
  const paths = parts.modules.map((m) => (m instanceof URL ? fileURLToPath(m) : m));
  for (const path of paths) visit(path);
  for (const name of parts.packages ?? []) packageVersions(name, dirname(paths[0]!), packages);
  const base = commonRoot([...files.keys()]);
  const hash = createHash('sha256');
  // Files by their place relative to the modules, so that the same source in another checkout
  // (another helper's worktree, a site's node_modules) gives the same recipe.
  for (const [file, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(relativeTo(base, file)).update('\0').update(bytes).update('\0');
  for (const version of [...packages.values()].sort()) hash.update(version).update('\0');
  for (const part of parts.extra ?? []) hash.update(part).update('\0');
  return hash.digest('hex');
}

function commonRoot(paths: readonly string[]): string {
  let root = dirname(paths[0] ?? process.cwd());
  for (const path of paths) while (!path.startsWith(`${root}/`) && dirname(root) !== root) root = dirname(root);
  return root;
}

const relativeTo = (root: string, file: string) => (file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file);
