/** The interface catalogue for Russian; its keys are those of the English catalogue (a test compares them). */
import vocabulary from './vocabulary.ts';

export default {
  ...vocabulary,
} as const satisfies Record<string, string>;
