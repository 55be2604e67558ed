declare namespace App {
  interface Locals {
    /** The page's numbered sources, for `<Cite>` notes in its prose (see src/lib/render/cite-notes.ts). */
    citeNotes?: string[];
  }
}
