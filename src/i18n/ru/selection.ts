/** Russian: the period of the selection, on every figure that offers it (src/components/Timeline.astro). */
export default {
  'selection.from': 'С',
  'selection.to': 'По',
  'selection.anyTime': 'Любое время',
} as const satisfies Record<string, string>;
