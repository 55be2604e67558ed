/**
 * The islands word their status lines from messages parsed at build time (message-ast.ts):
 * what they write must be exactly what the page writes with the same message and values,
 * in every language the generator ships.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../src/lib/i18n/catalogue.ts';
import { clientMessages } from '../../src/lib/i18n/client-messages.ts';
import { formatAst } from '../../src/lib/i18n/message-ast.ts';

const KEYS = ['timeline.status', 'timeline.range', 'timeline.rangeByPeriod', 'timeline.bin', 'timeline.lane.others', 'timeline.markName', 'relations.statusAll', 'relations.statusYear'];
const VALUES = [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1234].map((n) => ({
  shown: n, total: n + 1, inView: n, count: n, from: '1 May 2020', to: '2 June 2020', period: 'May 2020', title: 'T', date: 'D', year: '2022',
}));

describe('messages formatted in the browser', () => {
  it.each(['en', 'ru', 'fa'])('read as the build writes them in %s', (language) => {
    const catalogue = catalogueFor(language);
    const parsed = clientMessages(catalogue, KEYS);
    for (const key of KEYS) {
      const server = new IntlMessageFormat(catalogue.message(key)!, language, undefined, { ignoreTag: true });
      for (const values of VALUES) expect(formatAst(parsed[key]!, values, language), `${key} ${values.count}`).toBe(String(server.format(values)));
    }
  });

  it('chooses the plural form by the language\'s rules', () => {
    const parsed = clientMessages(catalogueFor('ru'), ['timeline.status']);
    const status = (shown: number, total: number) => formatAst(parsed['timeline.status']!, { shown, total }, 'ru');
    expect(status(1, 1)).toBe('Показано 1 из 1 события.');
    expect(status(2, 3)).toBe('Показано 2 из 3 событий.');
    expect(status(2, 21)).toBe('Показано 2 из 21 события.');
  });

  it('handles exact matches, select and offset', () => {
    const ast = new IntlMessageFormat('{n, plural, =0 {none} one {# item} other {# items}} {g, select, a {A} other {O}}', 'en').getAst() as never;
    expect(formatAst(ast, { n: 0, g: 'a' }, 'en')).toBe('none A');
    expect(formatAst(ast, { n: 1, g: 'x' }, 'en')).toBe('1 item O');
    expect(formatAst(ast, { n: 1200, g: 'a' }, 'en')).toBe('1,200 items A');
  });
});
