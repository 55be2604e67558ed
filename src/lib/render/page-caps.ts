/**
 * The caps that keep every page's weight fixed whatever the number of entries: past a cap, a
 * list goes on on a next page and a figure draws an aggregate, with the full detail one link
 * away. The one place these numbers are written; a page that shows many of something reads
 * its cap from here.
 */

/**
 * Entries on one list page (the events of a year, the actors of a letter, the sources of a
 * kind, the relations of a type) when site.yaml sets no `listPageSize`. At about 40 bytes
 * gzipped per entry, 100 entries keep a list page near 10 KB gzipped with its chrome, well
 * under the 60 KB every page must stay under.
 */
export const LIST_PAGE_SIZE = 100;

/** The fewest and most entries site.yaml's `listPageSize` may ask for. */
export const LIST_PAGE_SIZE_MIN = 5;
export const LIST_PAGE_SIZE_MAX = 500;

/**
 * Actors the network of /relations/ draws: the most connected ones, and the relations between
 * them. More than this and the labels overlap and the drawing outweighs its page; every
 * relation stays listed on the relations' list pages.
 */
export const NETWORK_NODES = 40;

/**
 * Pages a source's entry on a list names as citing it; past this the entry says how many more
 * (each of them names the source in its own notes), so one source cited by every event does
 * not make its list page grow with the site.
 */
export const CITED_BY_SHOWN = 12;

/**
 * Events a timeline draws one by one and carries in its page; beyond this it shows counts
 * per period and the island fetches the events from /timeline/data/ (lod.ts). The layout's
 * own switch to counts (`maxMarks`) defaults to it, so a chart the island redraws at the
 * whole range looks as the page drew it.
 */
export const TIMELINE_INLINE_CAP = 250;

/**
 * The narrowest period bar the page's own drawing of counts has, in SVG units: with at most
 * eight lanes across a 936-unit axis that is at most 8 × 58 bars, whatever the number of
 * events. The island, drawing for the reader's zoom, uses the layout's finer default.
 */
export const STATIC_MIN_BIN = 16;

/** Events the map draws one by one; beyond this it draws clusters (clusters.ts). */
export const MAP_MARK_CAP = 300;

/** The side of a cluster's grid cell, in the full map's SVG units (720 wide): at most 30 × 24 clusters. */
export const CLUSTER_CELL = 24;

/**
 * Places the map's list of counts (beyond `MAP_MARK_CAP` events) names one by one; beyond
 * this it counts areas and countries only.
 */
export const PLACE_SUMMARY_CAP = 300;
