import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../src/lib/i18n/catalogue.ts';
import { createTranslator } from '../../src/lib/i18n/translator.ts';
import { resolveVocabularies } from '../../src/lib/model/vocabularies.ts';
import { noteLabel, sentenceStart, sourceLabel } from '../../src/lib/render/source-label.ts';
import { fixtureGraph } from '../helpers/fixture-graph.ts';

const words = (language: string, settings = {}) => {
  const catalogue = catalogueFor(language);
  return { i18n: createTranslator(catalogue), vocabularies: resolveVocabularies(settings, catalogue) };
};

describe('a source named as a phrase', () => {
  const graph = fixtureGraph();
  // A source of kind `other`, whose label ("other") is no way to name it.
  graph.sources.set('fixture-other', { id: 'fixture-other', publisher: 'fixture-group', kind: 'other', date: '2020', via: 'fixture-report' });

  it('says what the source is, by whom, when, and through which source it is known', () => {
    expect(sourceLabel(graph, 'fixture-report', words('en'))).toBe('a news report by Fixture Outlet, May 2020');
    expect(sourceLabel(graph, 'fixture-statement', words('en'))).toBe('an official statement by Fixture Group, May 2, 2020, as reported by Fixture Outlet');
  });

  it('names a source of a kind without a noun by its publisher and date, never by the kind\'s bare label', () => {
    const label = sourceLabel(graph, 'fixture-other', words('en'));
    expect(label).toBe('Fixture Group, 2020, as reported by Fixture Outlet');
    expect(label).not.toMatch(/\bother\b/);
  });

  it('takes a site\'s own noun for a kind, and names it by its label when the site relabels it without one', () => {
    expect(sourceLabel(graph, 'fixture-report', words('en', { sourceKinds: { values: { 'news-report': { label: 'bulletin', noun: 'a bulletin' } } } }))).toBe('a bulletin by Fixture Outlet, May 2020');
    expect(sourceLabel(graph, 'fixture-report', words('en', { sourceKinds: { values: { 'news-report': { label: 'bulletin' } } } }))).toBe('Fixture Outlet, bulletin, May 2020');
  });

  it('is worded in the site\'s language', () => {
    expect(sourceLabel(graph, 'fixture-statement', words('ru'))).toBe('официальное заявление (Fixture Group), 2 мая 2020 г.; цит. по: Fixture Outlet');
    expect(noteLabel(graph, 'fixture-report', 3, words('en'))).toBe('Source 3: a news report by Fixture Outlet, May 2020');
  });

  it('starts a sentence with a capital where the language has them', () => {
    expect(sentenceStart('a news report', 'en')).toBe('A news report');
    expect(sentenceStart('официальное заявление', 'ru')).toBe('Официальное заявление');
    expect(sentenceStart('گزارشی خبری', 'fa')).toBe('گزارشی خبری');
  });
});
