/** Persian: the period of the selection, on every figure that offers it (src/components/Timeline.astro). */
export default {
  'selection.from': 'از',
  'selection.to': 'تا',
  'selection.anyTime': 'هر زمان',
} as const satisfies Record<string, string>;
