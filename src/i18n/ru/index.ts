/** The interface catalogue for Russian; its keys are those of the English catalogue (a test compares them). */
import map from './map.ts';
import vocabulary from './vocabulary.ts';

export default {
  ...vocabulary,
  ...map,
} as const satisfies Record<string, string>;
