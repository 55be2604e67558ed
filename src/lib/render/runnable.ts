/**
 * The file Node runs for one of the package's own modules started as a thread of its own (the
 * citation and share-card workers). Node strips types everywhere but inside node_modules: in
 * this repository and in an install by path (a link that leads out of node_modules) that is
 * the TypeScript itself; in a copy of the package inside node_modules (installed from its
 * tarball), the JavaScript `npm pack` compiled beside it (scripts/pack.ts). JavaScript left
 * beside a source in the repository is never run.
 */
export function runnable(source: URL): URL {
  return source.pathname.includes('/node_modules/') ? new URL(source.href.replace(/\.ts$/, '.js')) : source;
}
