/** Which relations held in a year; shared by the build and the relations page's island (no dependencies). */

/** Whether an edge held at some time in the given year; undated ends are open. */
export function holdsIn(edge: { start?: number; end?: number }, year: number): boolean {
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1) - 1;
  return (edge.start === undefined || edge.start <= to) && (edge.end === undefined || edge.end >= from);
}
