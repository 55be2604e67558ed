// edtf.js ships no type declarations; src/lib/content/dates.ts describes the shapes it reads.
declare module 'edtf' {
  const edtf: (input: string, constraints?: Record<string, unknown>) => unknown;
  export default edtf;
}
