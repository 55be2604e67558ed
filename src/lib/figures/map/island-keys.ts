/** The catalogue messages the map's island formats in the browser (its status line). */
export const MAP_ISLAND_KEYS = ['map.status.all', 'map.status.filtered', 'map.status.loading', 'map.status.loadFailed', 'map.cluster.name', 'map.cluster.more'] as const;
