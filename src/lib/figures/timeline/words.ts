/**
 * The timeline's words from catalogue messages: the same function makes them at build time
 * (from `Translator.t`) and in the island (from the messages the page hands it), so the
 * chart the island redraws reads exactly as the one the page was built with.
 */
import type { TimelineWords } from './types.ts';

type Format = (key: string, values?: Record<string, string | number>) => string;

/** The messages the SVG's words are made of. */
export const SVG_WORD_KEYS = [
  'timeline.markName', 'timeline.markTitle', 'timeline.bin', 'timeline.binZoom', 'timeline.weekOf',
  'timeline.legend.day', 'timeline.legend.span', 'timeline.legend.within', 'timeline.legend.fuzzy', 'timeline.legend.density',
  'timeline.lane.noKind', 'timeline.lane.noActor', 'timeline.lane.noPlace', 'timeline.lane.others',
] as const;

/** The messages the island writes itself, beyond the SVG's. */
export const ISLAND_KEYS = ['timeline.status', 'timeline.range', 'timeline.rangeByPeriod', 'timeline.listSeparator', 'timeline.filter.option', 'timeline.loading', 'timeline.loadFailed'] as const;

export function timelineWords(t: Format): TimelineWords {
  return {
    markName: (title, date) => t('timeline.markName', { title, date }),
    markTitle: (title, date) => t('timeline.markTitle', { title, date }),
    bin: (count, period) => t('timeline.bin', { count, period }),
    binZoom: (bin) => t('timeline.binZoom', { bin }),
    weekOf: (date) => t('timeline.weekOf', { date }),
    legendDay: t('timeline.legend.day'),
    legendSpan: t('timeline.legend.span'),
    legendWithin: t('timeline.legend.within'),
    legendFuzzy: t('timeline.legend.fuzzy'),
    legendDensity: t('timeline.legend.density'),
    noKind: t('timeline.lane.noKind'),
    noActor: t('timeline.lane.noActor'),
    noPlace: t('timeline.lane.noPlace'),
    others: (count) => t('timeline.lane.others', { count }),
  };
}
