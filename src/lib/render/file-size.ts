/** A file's size as a reader reads it, in the site's language: "840 B", "12.4 kB", "1.1 MB" (decimal units, as browsers and operating systems show downloads). */
export function fileSize(bytes: number, language: string): string {
  const [unit, value] = bytes < 1000 ? ['byte', bytes] as const : bytes < 1e6 ? ['kilobyte', bytes / 1e3] as const : ['megabyte', bytes / 1e6] as const;
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0 }).format(value);
}

/** The bytes of a text as UTF-8, as it is written to a file. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
