/** English: the period of the selection, on every figure that offers it (src/components/Timeline.astro). */
export default {
  'selection.from': 'From',
  'selection.to': 'To',
  'selection.anyTime': 'Any time',
} as const satisfies Record<string, string>;
