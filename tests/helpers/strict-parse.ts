/**
 * Strict readers of the formats the site writes, for tests that feed hostile text through
 * them: XML by saxes (XML 1.0 as written, which refuses the control characters lenient
 * parsers let through), HTML by cheerio on parse5, CSV by csv-parse.
 */
import { load, type CheerioAPI } from 'cheerio';
import { parse as parseCsvSync } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** The element's own text and CDATA, entities decoded. */
  text: string;
}

/** Every element of an XML document in document order; throws on the first well-formedness error. */
export function parseXml(xml: string): XmlElement[] {
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  const parser = new SaxesParser();
  let error: Error | undefined;
  parser.on('error', (e) => { error ??= e; });
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '' };
    elements.push(element);
    open.push(element);
  });
  parser.on('closetag', () => { open.pop(); });
  parser.on('text', (t) => { if (open.length) open.at(-1)!.text += t; });
  parser.on('cdata', (t) => { if (open.length) open.at(-1)!.text += t; });
  parser.write(xml).close();
  if (error) throw error;
  return elements;
}

/** An HTML document or fragment, parsed as a browser would. */
export function parseHtml(html: string): CheerioAPI {
  return load(html);
}

/** The records of a CSV file with a header row. */
export function parseCsv(csv: string): Record<string, string>[] {
  return parseCsvSync(csv, { columns: true, relax_column_count: false }) as Record<string, string>[];
}
